import {execFile} from 'node:child_process';
import {mkdtemp, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {describe, expect, it} from 'vitest';
import {loadRegistry} from '../../../src/data/loadRegistry';
import {SourceCache} from '../../../src/data/sources/sourceCache';
import {KpiUserError, type Problem} from '../../../src/shared/errors';
import type {Registry} from '../../../src/types';
import {AREAS_YML, lines, writeSite} from '../tempSite';

const LOGINS = lines(
  'logged_in_at,hub_id,status',
  '2026-01-05T10:00:00,a,ok',
  '2026-01-20T23:59:59,b,ok',
  '2026-02-03T08:00:00,a,failed',
  '2026-03-02T00:00:00,c,ok',
);

/** A KPI of 9 lines whose metric reads the logins. */
function kpi(id: string, cadence: string, measure: string, where = "status = 'ok'"): string[] {
  return [
    `  - id: ${id}`,
    `    title: ${id}`,
    '    unit: count',
    `    cadence: ${cadence}`,
    '    metric:',
    '      from: raw/logins.csv',
    '      time: logged_in_at',
    `      measure: ${measure}`,
    `      where: ${where}`,
  ];
}

async function site(kpis: string[][]) {
  return writeSite({
    'kpis/areas.yml': AREAS_YML,
    'kpis/operations.yml': lines('area: operations', 'kpis:', ...kpis.flat()),
    'kpis/raw/logins.csv': LOGINS,
  });
}

async function load(siteDir: string, cache?: SourceCache): Promise<Registry> {
  const computed = {asOf: '2026-04-10', maxRawFileBytes: 1e6, queryTimeout: 10_000, engineMemoryLimit: '256MB', ...(cache && {cache})};
  return loadRegistry({siteDir, path: 'kpis', maxDataFileBytes: 1e6, computed});
}

async function problems(siteDir: string): Promise<Problem[]> {
  try {
    await load(siteDir);
  } catch (error) {
    if (error instanceof KpiUserError) return error.problems;
    throw error;
  }
  throw new Error('expected problems');
}

// Line of the metric (its first field) of the KPI at `index` in the file `site` writes.
const metricLine = (index: number) => 3 + 9 * index + 5;

describe('metrics that share a statement', () => {
  it('give the series each gives alone', async () => {
    const registry = await load(
      await site([
        kpi('ok-logins', 'monthly', 'count(*)'),
        kpi('hubs', 'monthly', 'count_distinct(hub_id)', "hub_id <> ''"),
        kpi('weekly', 'weekly', 'count(*)'),
      ]),
    );
    expect(registry.series['ok-logins']!.map((point) => point.value)).toEqual([2, 0, 1]);
    expect(registry.series.hubs!.map((point) => point.value)).toEqual([2, 1, 1]);
    expect(registry.series.weekly!.length).toBeGreaterThan(4);
  });

  it.each([
    ['an unknown column in a where', kpi('bad', 'monthly', 'count(*)', "state = 'ok'"), /Referenced column "state" not found/],
    ['an unknown column in a measure', kpi('bad', 'monthly', 'sum(duration)'), /Referenced column "duration" not found/],
    ['a measure that is no aggregate', kpi('bad', 'weekly', 'hub_id || 1'), /must appear in the GROUP BY clause|aggregate/],
  ])('put %s at its own KPI, and none at the others', async (_name, bad, message) => {
    const siteDir = await site([kpi('first', 'monthly', 'count(*)'), bad, kpi('third', 'weekly', 'count_distinct(hub_id)')]);
    const found = await problems(siteDir);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({file: 'kpis/operations.yml', line: metricLine(1)});
    expect(found[0]!.message).toMatch(message);
    expect(found[0]!.hint).toBe('columns in kpis/raw/logins.csv: logged_in_at, hub_id, status');
  });

  it('are each cached on their own: a change to one metric computes that one only', async () => {
    const cache = new SourceCache(await mkdtemp(path.join(os.tmpdir(), 'kpi-cache-')));
    // Each with SQL of its own: KPIs with the same SQL share a cache entry, and so its time.
    const kpis = [kpi('one', 'monthly', 'count(*)'), kpi('two', 'monthly', 'count_distinct(status)'), kpi('three', 'weekly', 'count(*)')];
    const siteDir = await site(kpis);
    const first = await load(siteDir, cache);
    const changed = [kpis[0]!, kpi('two', 'monthly', 'count_distinct(hub_id)', "hub_id <> ''"), kpis[2]!];
    await writeFile(path.join(siteDir, 'kpis/operations.yml'), lines('area: operations', 'kpis:', ...changed.flat()));
    const again = await load(siteDir, cache);
    const at = (registry: Registry, id: string) => registry.computations![id]!.computedAt;
    expect([at(again, 'one'), at(again, 'three')]).toEqual([at(first, 'one'), at(first, 'three')]);
    expect(at(again, 'two') > at(first, 'two')).toBe(true);
    expect(again.series.two!.map((point) => point.value)).toEqual([2, 1, 1]);
  });
});

describe('a rebuild with every result cached', () => {
  it('runs no query and never loads the engine', async () => {
    const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'kpi-cache-'));
    const siteDir = await site([kpi('one', 'monthly', 'count(*)'), kpi('two', 'weekly', 'count_distinct(hub_id)')]);
    await load(siteDir, new SourceCache(cacheDir));
    // In a fresh process (this one has the engine loaded already), from the built package.
    const script = `
      const {loadRegistry} = require(${JSON.stringify(path.resolve(__dirname, '../../../lib/data/loadRegistry.js'))});
      const {SourceCache} = require(${JSON.stringify(path.resolve(__dirname, '../../../lib/data/sources/sourceCache.js'))});
      const timings = {};
      const computed = {asOf: '2026-04-10', maxRawFileBytes: 1e6, queryTimeout: 10000, engineMemoryLimit: '256MB', cache: new SourceCache(${JSON.stringify(cacheDir)}), timings};
      loadRegistry({siteDir: ${JSON.stringify(siteDir)}, path: 'kpis', maxDataFileBytes: 1e6, computed}).then((registry) => {
        const engineLoaded = Object.keys(require.cache).some((file) => /@duckdb[\\\\/]node-(api|bindings)/.test(file) && !file.endsWith('package.json'));
        console.log(JSON.stringify({timings, engineLoaded, points: registry.series.one.length}));
      });`;
    const {stdout} = await promisify(execFile)(process.execPath, ['-e', script]);
    expect(JSON.parse(stdout)).toEqual({timings: {}, engineLoaded: false, points: 3});
  });
});
