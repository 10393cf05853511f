import {execFile} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {copyFixtureSite} from './support/buildSite';
import {type TestPostgres, postgresTestsSkipped, startPostgres} from './support/postgres';
import {eventRows, seedHandbookTables, toCsv} from './support/seedRows';

/**
 * The real `docusaurus kpi:refresh` in a child process, on a copy of
 * `tests/fixtures/cli-site` given a postgres source on a throwaway cluster.
 * It loads the compiled plugin (`lib`): `npm run build` must have run first.
 */

const repoRoot = resolve(__dirname, '..');
const docusaurusBin = join(repoRoot, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');

interface Run {
  code: number;
  output: string;
}

function docusaurus(siteDir: string, env: Record<string, string>, ...args: string[]): Promise<Run> {
  const fullEnv: NodeJS.ProcessEnv = {...process.env, NO_UPDATE_NOTIFIER: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env};
  delete fullEnv.KPI_AS_OF;
  return new Promise((done) => {
    execFile(process.execPath, [docusaurusBin, ...args], {cwd: siteDir, env: fullEnv}, (error, stdout, stderr) => {
      done({code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: `${stdout}\n${stderr}`});
    });
  });
}

const KPIS = `
  - id: logins-per-month
    title: Logins per month
    unit: count
    cadence: monthly
    owner: Product lead
    metric:
      source: warehouse
      from: events
      time: logged_in_at
      measure: count(*)
  - id: failed-logins
    title: Failed logins per quarter
    unit: count
    cadence: quarterly
    owner: Product lead
    query:
      source: warehouse
      sql: |
        select to_char(date_trunc('quarter', logged_in_at) + interval '3 month' - interval '1 day', 'YYYY-MM-DD') as date,
               count(*) as value
        from events where status = 'failed' group by 1 order by 1
  - id: hubs-per-month
    title: Active hubs per month
    unit: count
    cadence: monthly
    owner: Product lead
    metric:
      from: raw/events.csv
      time: logged_in_at
      measure: count_distinct(hub_id)
`;

interface CacheEntry {
  source: string;
  sql: string;
  queriedAt: string;
  rows: {date: string; value: number}[];
}

describe.skipIf(postgresTestsSkipped)('docusaurus kpi:refresh', () => {
  let db: TestPostgres;
  let siteDir: string;
  const env = () => ({KPI_WAREHOUSE_URL: db.reader.url});
  const cacheDir = () => join(siteDir, '.docusaurus/docusaurus-plugin-kpi/default/sources');
  const readCache = (): CacheEntry[] =>
    readdirSync(cacheDir())
      .filter((name) => name.endsWith('.json'))
      .map((name) => JSON.parse(readFileSync(join(cacheDir(), name), 'utf8')) as CacheEntry);

  beforeAll(async () => {
    if (!existsSync(join(repoRoot, 'lib/cli/index.js'))) throw new Error('lib/cli/index.js is missing: run `npm run build` first');
    db = await startPostgres({seed: seedHandbookTables});
    siteDir = copyFixtureSite('cli-site', (dir) => {
      // This checkout's plugin, whichever folder holds the dependencies.
      mkdirSync(join(dir, 'node_modules'), {recursive: true});
      symlinkSync(repoRoot, join(dir, 'node_modules/docusaurus-plugin-kpi'), 'dir');
      writeFileSync(join(dir, 'kpis/product.yml'), readFileSync(join(dir, 'kpis/product.yml'), 'utf8') + KPIS);
      mkdirSync(join(dir, 'kpis/raw'));
      writeFileSync(join(dir, 'kpis/raw/events.csv'), toCsv(eventRows()));
      const config = join(dir, 'docusaurus.config.js');
      const sources = "sources: {warehouse: {type: 'postgres', connectionString: process.env.KPI_WAREHOUSE_URL}}";
      writeFileSync(config, readFileSync(config, 'utf8').replace("{asOf: '2026-11-20'}", `{asOf: '2026-11-20', ${sources}}`));
    });
  }, 60_000);
  afterAll(() => {
    db?.stop();
    if (siteDir) rmSync(siteDir, {recursive: true, force: true});
  });

  it('reruns every metric and query on its source, says how many per source and how long, and rewrites the cache', async () => {
    const first = await docusaurus(siteDir, env(), 'kpi:refresh');
    expect(first.code, first.output).toBe(0);
    expect(first.output).toMatch(/source warehouse: 2 queries in \d+\.\d\d s/);
    expect(first.output).toMatch(/embedded engine: 1 query in \d+\.\d\d s/);
    expect(first.output).toMatch(/Refreshed 3 cached results in \d+\.\d\d s/);
    expect(first.output).not.toContain(db.reader.password);
    const before = readCache();
    expect(before.map((entry) => entry.source).sort()).toEqual([expect.stringMatching(/^embedded /), 'warehouse', 'warehouse']);
    const logins = (entries: CacheEntry[]) => entries.find((entry) => entry.sql.includes('FROM events'))!;
    const march = (entry: CacheEntry) => entry.rows.find((row) => row.date === '2025-03-31')!.value;

    // New rows in the table: a build reusing the cache would not see them; a refresh must.
    await db.sql(
      `insert into events select 100000 + n, 'hub-01', 1, 'ok', timestamp '2025-03-10 12:00:00', 100 from generate_series(1, 25) as n`,
    );
    const second = await docusaurus(siteDir, env(), 'kpi:refresh');
    expect(second.code, second.output).toBe(0);
    const after = readCache();
    expect(after).toHaveLength(3);
    for (const entry of after) {
      const old = before.find((one) => one.source === entry.source && one.sql === entry.sql)!;
      expect(Date.parse(entry.queriedAt), `${entry.source} rewritten`).toBeGreaterThan(Date.parse(old.queriedAt));
    }
    expect(march(logins(after))).toBe(march(logins(before)) + 25);
  }, 120_000);

  it('fails, naming the source, when it is unreachable, and keeps the cached results', async () => {
    const down = {KPI_WAREHOUSE_URL: db.reader.url.replace(`:${db.port}/`, ':1/')};
    const before = readCache();
    const run = await docusaurus(siteDir, down, 'kpi:refresh');
    expect(run.code).toBe(1);
    expect(run.output).toContain('could not connect to source warehouse at 127.0.0.1:1');
    expect(run.output).not.toContain(db.reader.password);
    expect(readCache().filter((entry) => entry.source === 'warehouse')).toEqual(before.filter((entry) => entry.source === 'warehouse'));
  }, 60_000);
});
