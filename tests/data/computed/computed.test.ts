import {describe, expect, it} from 'vitest';
import {loadRegistry} from '../../../src/data/loadRegistry';
import {SourceCache} from '../../../src/data/sources/sourceCache';
import {KpiUserError, type Problem} from '../../../src/shared/errors';
import {AREAS_YML, lines, writeSite} from '../tempSite';

// Logins: January has three rows (two hubs), February none, March two rows; one row after asOf.
const LOGINS = lines(
  'logged_in_at,hub_id,status',
  '2026-01-05T10:00:00,a,ok',
  '2026-01-20T23:59:59,b,ok',
  '2026-01-31T08:00:00,a,failed',
  '2026-03-02T00:00:00,a,ok',
  '2026-03-31T12:00:00,c,ok',
  '2026-04-15T00:00:00,d,ok',
);

function areaFile(kpiLines: string[]): string {
  return lines('area: operations', 'kpis:', '  - id: active-hubs', '    title: Active hubs', '    unit: count', ...kpiLines);
}

async function load(kpiLines: string[], asOf = '2026-04-10', extra: Record<string, string> = {}, cacheDir?: string) {
  const siteDir = await writeSite({
    'kpis/areas.yml': AREAS_YML,
    'kpis/operations.yml': areaFile(kpiLines),
    'kpis/raw/logins.csv': LOGINS,
    ...extra,
  });
  const registry = await loadRegistry({
    siteDir,
    path: 'kpis',
    maxDataFileBytes: 1e6,
    computed: {
      asOf,
      maxRawFileBytes: 1e6,
      queryTimeout: 10_000,
      engineMemoryLimit: '256MB',
      ...(cacheDir && {cache: new SourceCache(cacheDir)}),
    },
  });
  return {registry, siteDir};
}

const metric = (fields: string[], cadence = 'monthly') => [
  `    cadence: ${cadence}`,
  '    metric:',
  '      from: raw/logins.csv',
  '      time: logged_in_at',
  ...fields.map((f) => `      ${f}`),
];

async function seriesOf(fields: string[], cadence?: string, asOf?: string) {
  const {registry} = await load(metric(fields, cadence), asOf);
  return registry.series['active-hubs']!.map((point) => [point.date, point.value]);
}

async function problemsOf(kpiLines: string[], extra: Record<string, string> = {}): Promise<Problem[]> {
  try {
    await load(kpiLines, '2026-04-10', extra);
  } catch (error) {
    if (error instanceof KpiUserError) return error.problems;
    throw error;
  }
  throw new Error('expected problems');
}

describe('metric: periods, measures and the period rules, on the real engine', () => {
  it('counts distinct values per month, dated the last day, a gap month 0, the month of asOf left out', async () => {
    expect(await seriesOf(['measure: count_distinct(hub_id)'])).toEqual([
      ['2026-01-31', 2],
      ['2026-02-28', 0],
      ['2026-03-31', 2],
    ]);
  });

  it('describes the computation with the files named from the site folder', async () => {
    const {registry, siteDir} = await load(metric(['measure: count(*)']));
    const computation = registry.computations!['active-hubs']!;
    expect(computation).toMatchObject({kind: 'metric', files: ['kpis/raw/logins.csv'], source: 'embedded'});
    expect(computation.sql).toContain("read_csv('kpis/raw/logins.csv')");
    expect(computation.sql).not.toContain(siteDir);
  });

  it('keeps the period of asOf when asOf is its last day, and ignores rows after asOf', async () => {
    expect(await seriesOf(['measure: count(*)'], 'monthly', '2026-03-31')).toEqual([
      ['2026-01-31', 3],
      ['2026-02-28', 0],
      ['2026-03-31', 2],
    ]);
    expect(await seriesOf(['measure: count(*)'], 'monthly', '2026-03-30')).toEqual([
      ['2026-01-31', 3],
      ['2026-02-28', 0],
    ]);
  });

  it('applies where, and leaves periods without rows out for measures other than count and sum', async () => {
    expect(await seriesOf(['measure: count(*)', "where: status = 'ok'"])).toEqual([
      ['2026-01-31', 2],
      ['2026-02-28', 0],
      ['2026-03-31', 2],
    ]);
    expect(await seriesOf(['measure: max(length(hub_id))'])).toEqual([
      ['2026-01-31', 1],
      ['2026-03-31', 1],
    ]);
  });

  it('aggregates a window of periods and a running total', async () => {
    expect(await seriesOf(['measure: count_distinct(hub_id)', 'window: 2'])).toEqual([
      ['2026-02-28', 2],
      ['2026-03-31', 2],
    ]);
    expect(await seriesOf(['measure: count_distinct(hub_id)', 'cumulative: true'])).toEqual([
      ['2026-01-31', 2],
      ['2026-02-28', 2],
      ['2026-03-31', 3],
    ]);
  });

  it('groups by ISO weeks from Monday, quarters and years', async () => {
    expect((await seriesOf(['measure: count(*)'], 'weekly')).slice(0, 3)).toEqual([
      ['2026-01-11', 1],
      ['2026-01-18', 0],
      ['2026-01-25', 1],
    ]);
    expect(await seriesOf(['measure: count(*)'], 'quarterly', '2026-06-30')).toEqual([
      ['2026-03-31', 5],
      ['2026-06-30', 1],
    ]);
    expect(await seriesOf(['measure: count(*)'], 'yearly', '2026-12-31')).toEqual([['2026-12-31', 6]]);
  });
});

describe('query: rows as points', () => {
  it('reads files relative to the KPI folder and checks the result like any series', async () => {
    const {registry} = await load([
      '    query:',
      '      sql: |',
      "        select strftime(date_trunc('month', logged_in_at::TIMESTAMP), '%Y-%m-01') as date, count(*) as value",
      "        from 'raw/logins.csv' group by 1 order by 1",
    ]);
    expect(registry.series['active-hubs']!.map((point) => point.value)).toEqual([3, 2, 1]);
    expect(registry.computations!['active-hubs']).toMatchObject({kind: 'query', files: [expect.stringMatching(/kpis\/raw\/logins\.csv$/)]});
  });

  it('lists each file the SQL reads once, however often it names it', async () => {
    const {registry} = await load([
      '    query:',
      '      sql: |',
      "        select strftime(max(logged_in_at::TIMESTAMP), '%Y-%m-%d') as date, count(*) as value from 'raw/logins.csv'",
      "        where hub_id in (select hub_id from 'raw/logins.csv' where status = 'ok')",
    ]);
    expect(registry.computations!['active-hubs']!.files).toEqual(['kpis/raw/logins.csv']);
  });

  it('reuses the cached result when nothing changed, and recomputes when the raw file did', async () => {
    const {mkdtemp, writeFile} = await import('node:fs/promises');
    const cacheDir = await mkdtemp('/tmp/kpi-cache-');
    const fields = ['measure: count(*)'];
    const first = await load(metric(fields), '2026-04-10', {}, cacheDir);
    const again = await load(metric(fields), '2026-04-10', {}, cacheDir);
    expect(again.registry.computations!['active-hubs']!.computedAt).not.toBe(first.registry.computations!['active-hubs']!.computedAt);
    // Same site, same file: a cache hit keeps the time of the query.
    const hit = await loadRegistry({
      siteDir: first.siteDir,
      path: 'kpis',
      maxDataFileBytes: 1e6,
      computed: {
        asOf: '2026-04-10',
        maxRawFileBytes: 1e6,
        queryTimeout: 10_000,
        engineMemoryLimit: '256MB',
        cache: new SourceCache(cacheDir),
      },
    });
    expect(hit.computations!['active-hubs']!.computedAt).toBe(first.registry.computations!['active-hubs']!.computedAt);
    await writeFile(`${first.siteDir}/kpis/raw/logins.csv`, `${LOGINS}2026-03-03T00:00:00,z,ok\n`);
    const miss = await loadRegistry({
      siteDir: first.siteDir,
      path: 'kpis',
      maxDataFileBytes: 1e6,
      computed: {
        asOf: '2026-04-10',
        maxRawFileBytes: 1e6,
        queryTimeout: 10_000,
        engineMemoryLimit: '256MB',
        cache: new SourceCache(cacheDir),
      },
    });
    expect(miss.series['active-hubs']!.at(-1)!.value).toBe(3);
  });
});

describe('the sandbox and errors in the YAML', () => {
  const querying = (sql: string) => ['    query:', `      sql: "${sql}"`];

  it.each([
    ['/etc/passwd', "select * from read_csv('/etc/passwd')", /outside the site folder/],
    ['a ../../ path', "select * from '../../../etc/passwd.csv'", /outside the site folder/],
  ])('refuses %s with a clear error at the query', async (_name, sql, message) => {
    const [problem] = await problemsOf(querying(sql));
    expect(problem).toMatchObject({file: 'kpis/operations.yml', line: 7});
    expect(problem!.message).toMatch(message);
  });

  it('refuses a symlink that points outside the site', async () => {
    const {symlink} = await import('node:fs/promises');
    const linked = await writeSite({
      'kpis/areas.yml': AREAS_YML,
      'kpis/operations.yml': areaFile(querying("select * from 'raw/outside.csv'")),
    });
    await (await import('node:fs/promises')).mkdir(`${linked}/kpis/raw`, {recursive: true});
    await symlink('/etc/hostname', `${linked}/kpis/raw/outside.csv`);
    await expect(loadRegistry({siteDir: linked, path: 'kpis', maxDataFileBytes: 1e6})).rejects.toThrow(
      /link to a file outside the site folder/,
    );
  });

  it('refuses to install an extension', async () => {
    const [problem] = await problemsOf(querying('install httpfs'));
    expect(problem!.message).toMatch(/the query failed/);
    expect(problem!.hint).toMatch(/extensions cannot be installed/);
  });

  it('names an unknown column with the columns of the file, at the YAML line inside the block scalar', async () => {
    const [problem] = await problemsOf([
      '    query:',
      '      sql: |',
      '        select logged_in_at as date,',
      '          hub as value',
      "        from 'raw/logins.csv'",
    ]);
    expect(problem).toMatchObject({file: 'kpis/operations.yml', line: 9});
    expect(problem!.message).toMatch(/Referenced column "hub" not found/);
    expect(problem!.hint).toBe('columns in kpis/raw/logins.csv: logged_in_at, hub_id, status');
  });

  it('points a syntax error, an unknown file and result columns without date or value at the metric or query', async () => {
    expect((await problemsOf(querying('selec 1')))[0]!.message).toMatch(/syntax error/i);
    const unknown = await problemsOf(metric(['measure: count(*)']).map((line) => line.replace('raw/logins.csv', 'raw/login.csv')));
    expect(unknown[0]).toMatchObject({line: 8, message: 'raw file kpis/raw/login.csv not found', hint: 'did you mean "logins.csv"?'});
    const columns = await problemsOf(querying("select 1 as x from 'raw/logins.csv'"));
    expect(columns[0]!.message).toMatch(/has the columns x/);
  });

  it('reports a value of the wrong type and duplicate dates from a query', async () => {
    expect((await problemsOf(querying("select '2026-01-31' as date, 'many' as value")))[0]!.message).toMatch(/not a number/);
    const duplicate = await problemsOf(querying("select '2026-01-31' as date, 1 as value union all select '2026-01-31', 2"));
    expect(duplicate[0]!.message).toMatch(/appears twice/);
  });

  it('refuses data together with a metric', async () => {
    const problems = await problemsOf(['    data: data/x.csv', ...metric(['measure: count(*)']).slice(1)]);
    expect(problems[0]!.message).toMatch(/data|metric/);
  });
});
