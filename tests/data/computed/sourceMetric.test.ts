import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {compileMetric} from '../../../src/data/computed/metricSql';
import {postgresDialect} from '../../../src/data/computed/sqlDialect';
import {loadRegistry} from '../../../src/data/loadRegistry';
import {NamedSources} from '../../../src/data/sources/namedSources';
import {SourceCache} from '../../../src/data/sources/sourceCache';
import {DEFAULT_SOURCE_LIMITS, type SourceOptions} from '../../../src/options';
import {KpiUserError, type Problem} from '../../../src/shared/errors';
import {type TestPostgres, postgresTestsSkipped, startPostgres} from '../../support/postgres';
import {seedHandbookTables} from '../../support/seedRows';
import {AREAS_YML, lines, writeSite} from '../tempSite';

const MODULE = path.resolve(__dirname, '../../fixtures/sources/duckdb-table-source.mjs');
// January: three rows, two hubs; February: none; March: two rows; April 15: after asOf.
const ROWS = [
  {logged_in_at: '2026-01-05 10:00:00', hub_id: 'a', status: 'ok'},
  {logged_in_at: '2026-01-20 23:59:59', hub_id: 'b', status: 'ok'},
  {logged_in_at: '2026-01-31 08:00:00', hub_id: 'a', status: 'failed'},
  {logged_in_at: '2026-03-02 00:00:00', hub_id: 'a', status: 'ok'},
  {logged_in_at: '2026-03-31 12:00:00', hub_id: 'c', status: 'ok'},
  {logged_in_at: '2026-04-15 00:00:00', hub_id: 'd', status: 'ok'},
];

function kpiFile(source: string, measure: string, from = 'logins', time = 'logged_in_at'): string {
  return lines(
    'area: operations',
    'kpis:',
    '  - id: active-hubs',
    '    title: Active hubs',
    '    unit: count',
    '    cadence: monthly',
    '    metric:',
    `      source: ${source}`,
    `      from: ${from}`,
    `      time: ${time}`,
    `      measure: ${measure}`,
  );
}

async function load(sources: Record<string, SourceOptions>, file: string) {
  const siteDir = await writeSite({'kpis/areas.yml': AREAS_YML, 'kpis/operations.yml': file});
  const cache = new SourceCache(path.join(siteDir, '.cache'));
  const named = new NamedSources({sources, siteDir, cache, refresh: 'always', onSourceError: 'fail'});
  try {
    return await loadRegistry({
      siteDir,
      path: 'kpis',
      maxDataFileBytes: 1e6,
      computed: {asOf: '2026-04-10', maxRawFileBytes: 1e6, queryTimeout: 10_000, engineMemoryLimit: '256MB', cache, sources: named},
    });
  } finally {
    await named.close();
  }
}

const moduleSource = (dialect: string, calls: string[] = []): SourceOptions => ({
  type: 'module',
  module: MODULE,
  options: {rows: ROWS, dialect, calls},
  ...DEFAULT_SOURCE_LIMITS,
});

async function problems(run: Promise<unknown>): Promise<Problem[]> {
  const error = await run.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(KpiUserError);
  return (error as KpiUserError).problems;
}

describe('a metric on a source module, in the dialect the module gives', () => {
  it('compiles to that dialect and gives the series, a gap month 0, the month of asOf left out', async () => {
    const calls: string[] = [];
    const registry = await load({lake: moduleSource('full', calls)}, kpiFile('lake', 'count_distinct(hub_id)'));
    expect(registry.series['active-hubs']!.map((point) => [point.date, point.value])).toEqual([
      ['2026-01-31', 2],
      ['2026-02-28', 0],
      ['2026-03-31', 2],
    ]);
    // The module's own pieces, not the embedded engine's.
    expect(calls[0]).toContain("range(_kpi_first, _kpi_last + INTERVAL '1 day', INTERVAL '1 month')");
    expect(registry.computations!['active-hubs']).toMatchObject({kind: 'metric', source: 'lake', files: []});
  });

  it('writes median through the dialect', async () => {
    const registry = await load({lake: moduleSource('full')}, kpiFile('lake', 'median(extract(day from logged_in_at))'));
    expect(registry.series['active-hubs']!.map((point) => [point.date, point.value])).toEqual([
      ['2026-01-31', 20],
      ['2026-03-31', 16.5],
    ]);
  });

  it('refuses a metric on a source without a dialect, naming the source, at the metric', async () => {
    const [problem] = await problems(load({lake: moduleSource('none')}, kpiFile('lake', 'count(*)')));
    expect(problem).toMatchObject({
      file: 'kpis/operations.yml',
      line: 8,
      message: 'the metric of KPI "active-hubs" names source lake, which has no SQL dialect for metrics',
    });
    expect(problem!.expected).toContain('a `query` written in the SQL of source lake');
  });

  it('refuses median when the dialect has none, and a dialect missing a function when the source opens', async () => {
    const [median] = await problems(load({lake: moduleSource('no-median')}, kpiFile('lake', 'median(hub_id)')));
    expect(median!.message).toBe('the metric of KPI "active-hubs" measures median(), which the dialect of source lake does not write');
    const [broken] = await problems(load({lake: moduleSource('broken')}, kpiFile('lake', 'count(*)')));
    expect(broken!.message).toContain('has no periodSeries() function');
    expect(broken!.line).toBe(8);
  });

  it('names an unknown source with a did-you-mean', async () => {
    const [problem] = await problems(load({lake: moduleSource('full')}, kpiFile('lak', 'count(*)')));
    expect(problem).toMatchObject({message: 'there is no source named lak', hint: 'did you mean "lake"?'});
  });
});

describe('the PostgreSQL dialect', () => {
  it('truncates with date_trunc and fills periods with generate_series, quarters as three months', () => {
    const sql = compileMetric(
      {from: 'events', time: 'logged_in_at', measure: 'median(duration_ms)', window: 2, cumulative: false},
      {from: 'events', cadence: 'quarterly', asOf: '2026-04-10', dialect: postgresDialect},
    );
    expect(sql).toContain(`date_trunc('quarter', CAST("logged_in_at" AS TIMESTAMP))`);
    expect(sql).toContain(`CROSS JOIN generate_series(_kpi_first, _kpi_last, INTERVAL '3 month') AS _kpi_series("_kpi_period")`);
    expect(sql).toContain('percentile_cont(0.5) WITHIN GROUP (ORDER BY duration_ms)');
    expect(sql).toContain(`to_char(CAST(_kpi_period + INTERVAL '3 month' - INTERVAL '1 day' AS DATE), 'YYYY-MM-DD')`);
    expect(sql).not.toMatch(/unnest|strftime|INTERVAL \d/);
  });
});

describe.skipIf(postgresTestsSkipped)('a metric on a real PostgreSQL server', () => {
  let db: TestPostgres;
  beforeAll(async () => {
    db = await startPostgres({seed: seedHandbookTables});
  });
  afterAll(() => db?.stop());

  const warehouse = (): SourceOptions => ({
    type: 'postgres',
    connectionString: db.reader.url,
    connectTimeout: 5000,
    ...DEFAULT_SOURCE_LIMITS,
  });

  it('runs the compiled metric on the table and positions its errors at the metric', async () => {
    const registry = await load({warehouse: warehouse()}, kpiFile('warehouse', 'count(*)', 'events'));
    const series = registry.series['active-hubs']!;
    expect(series.length).toBeGreaterThan(12);
    expect(series.find((point) => point.date === '2024-08-31')?.value).toBe(0);
    const [problem] = await problems(load({warehouse: warehouse()}, kpiFile('warehouse', 'count(*)', 'events', 'loged_in_at')));
    expect(problem).toMatchObject({file: 'kpis/operations.yml', line: 8});
    expect(problem!.message).toContain('loged_in_at');
  });
});
