import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {loadRegistry} from '../../../src/data/loadRegistry';
import {NamedSources} from '../../../src/data/sources/namedSources';
import {SourceCache} from '../../../src/data/sources/sourceCache';
import {DEFAULT_SOURCE_LIMITS} from '../../../src/options';
import {CADENCES, METRIC_MEASURES} from '../../../src/shared/vocabulary';
import type {Registry} from '../../../src/types';
import {type TestPostgres, postgresTestsSkipped, startPostgres} from '../../support/postgres';
import {contractRows, eventRows, seedHandbookTables, toCsv} from '../../support/seedRows';
import {AREAS_YML, lines, writeSite} from '../tempSite';

/** One metric, asked of the rows in a file (embedded engine) and of the same rows in a table (PostgreSQL). */
interface Case {
  id: string;
  table: 'events' | 'contracts';
  measure: string;
  cadence: string;
  extra?: string[];
}

// Every measure SPEC section 6 names, over a column of the events.
const MEASURE_OF: Record<(typeof METRIC_MEASURES)[number], string> = {
  count: 'count(*)',
  count_distinct: 'count_distinct(hub_id)',
  sum: 'sum(duration_ms)',
  avg: 'avg(duration_ms)',
  min: 'min(duration_ms)',
  max: 'max(duration_ms)',
  median: 'median(duration_ms)',
};

const CASES: Case[] = [
  ...CADENCES.flatMap((cadence) =>
    METRIC_MEASURES.map((measure) => ({
      id: `${measure.replace('_', '-')}-${cadence}`,
      table: 'events' as const,
      measure: MEASURE_OF[measure],
      cadence,
    })),
  ),
  {id: 'count-col-weekly', table: 'events', measure: 'count(user_id)', cadence: 'weekly'},
  ...CADENCES.map((cadence) => ({
    id: `window-${cadence}`,
    table: 'events' as const,
    measure: 'count(*)',
    cadence,
    extra: [`window: ${cadence === 'yearly' ? 2 : 3}`],
  })),
  {id: 'window-distinct', table: 'events', measure: 'count_distinct(user_id)', cadence: 'monthly', extra: ['window: 2']},
  {id: 'window-avg', table: 'events', measure: 'avg(duration_ms)', cadence: 'weekly', extra: ['window: 4']},
  ...CADENCES.map((cadence) => ({
    id: `cumulative-${cadence}`,
    table: 'events' as const,
    measure: 'sum(duration_ms)',
    cadence,
    extra: ['cumulative: true'],
  })),
  {id: 'cumulative-distinct', table: 'events', measure: 'count_distinct(user_id)', cadence: 'monthly', extra: ['cumulative: true']},
  {id: 'where-weekly', table: 'events', measure: 'count_distinct(hub_id)', cadence: 'weekly', extra: ["where: status = 'ok'"]},
  {
    id: 'where-max',
    table: 'events',
    measure: 'max(duration_ms)',
    cadence: 'quarterly',
    extra: ["where: status = 'failed' and duration_ms > 2500"],
  },
  {
    id: 'where-window',
    table: 'events',
    measure: 'sum(duration_ms)',
    cadence: 'monthly',
    extra: ["where: hub_id in ('hub-01', 'hub-02')", 'window: 3'],
  },
  // A date column and a decimal one: contracts signed, and their value.
  {id: 'contracts-sum', table: 'contracts', measure: 'sum(value)', cadence: 'monthly'},
  {id: 'contracts-renewed', table: 'contracts', measure: 'count(*)', cadence: 'weekly', extra: ['where: renewed']},
  {id: 'contracts-median', table: 'contracts', measure: 'median(value)', cadence: 'quarterly', extra: ['cumulative: true']},
];

const TIME = {events: 'logged_in_at', contracts: 'signed_on'};

function kpi(one: Case, engine: 'file' | 'pg'): string[] {
  return [
    `  - id: ${one.id}-${engine}`,
    `    title: ${one.id} (${engine})`,
    '    unit: score',
    `    cadence: ${one.cadence}`,
    '    metric:',
    ...(engine === 'pg' ? ['      source: warehouse', `      from: ${one.table}`] : [`      from: raw/${one.table}.csv`]),
    `      time: ${TIME[one.table]}`,
    `      measure: ${one.measure}`,
    ...(one.extra ?? []).map((line) => `      ${line}`),
  ];
}

describe.skipIf(postgresTestsSkipped)('the same metric through PostgreSQL and through the embedded engine', () => {
  let db: TestPostgres;
  const events = eventRows();
  const contracts = contractRows();
  beforeAll(async () => {
    db = await startPostgres({seed: (cluster) => seedHandbookTables(cluster, events, contracts)});
  });
  afterAll(() => db?.stop());

  async function loadAt(asOf: string): Promise<Registry> {
    const siteDir = await writeSite({
      'kpis/areas.yml': AREAS_YML,
      'kpis/operations.yml': lines('area: operations', 'kpis:', ...CASES.flatMap((one) => [...kpi(one, 'file'), ...kpi(one, 'pg')])),
      'kpis/raw/events.csv': toCsv(events),
      'kpis/raw/contracts.csv': toCsv(contracts),
    });
    const cache = new SourceCache(path.join(siteDir, '.cache'));
    const warehouse = {type: 'postgres' as const, connectionString: db.reader.url, connectTimeout: 5000, ...DEFAULT_SOURCE_LIMITS};
    const sources = new NamedSources({sources: {warehouse}, siteDir, cache, refresh: 'always', onSourceError: 'fail'});
    try {
      const computed = {asOf, maxRawFileBytes: 1e7, queryTimeout: 30_000, engineMemoryLimit: '512MB', cache, sources};
      return await loadRegistry({siteDir, path: 'kpis', maxDataFileBytes: 1e6, computed});
    } finally {
      await sources.close();
    }
  }

  function expectSameSeries(registry: Registry, one: Case) {
    const fromFile = registry.series[`${one.id}-file`]!;
    const fromTable = registry.series[`${one.id}-pg`]!;
    expect(fromFile.length, `${one.id}: points`).toBeGreaterThan(0);
    expect(
      fromTable.map((point) => point.date),
      `${one.id}: dates`,
    ).toEqual(fromFile.map((point) => point.date));
    fromFile.forEach((point, index) => {
      const other = fromTable[index]!.value as number;
      expect(Math.abs(other - (point.value as number)), `${one.id} on ${point.date}`).toBeLessThanOrEqual(
        1e-9 * Math.max(1, Math.abs(other)),
      );
    });
    expect(registry.computations![`${one.id}-pg`]).toMatchObject({kind: 'metric', source: 'warehouse'});
  }

  // asOf in the middle of a week, a month, a quarter and a year: the periods holding it are left out.
  it(`gives the same series for all ${CASES.length} metrics at an asOf inside a period`, async () => {
    const registry = await loadAt('2025-05-14');
    for (const one of CASES) expectSameSeries(registry, one);
    const last = (id: string) => registry.series[`${id}-pg`]!.at(-1)!.date;
    expect([last('count-daily'), last('count-weekly'), last('count-monthly'), last('count-quarterly'), last('count-yearly')]).toEqual([
      '2025-05-14', // a day always ends on asOf
      '2025-05-11',
      '2025-04-30',
      '2025-03-31',
      '2024-12-31',
    ]);
    // The zero fill: August 2024 has no rows; the measures that are not zero-filled have no point for it.
    const on = (id: string, date: string) => registry.series[`${id}-pg`]!.find((point) => point.date === date)?.value;
    expect(on('count-monthly', '2024-08-31')).toBe(0);
    expect(on('count-distinct-monthly', '2024-08-31')).toBe(0);
    expect(on('sum-monthly', '2024-08-31')).toBe(0);
    expect(on('avg-monthly', '2024-08-31')).toBeUndefined();
    expect(on('median-weekly', '2024-11-17')).toBeUndefined();
    expect(on('count-weekly', '2024-11-17')).toBe(0);
  }, 120_000);

  // asOf the last day of a month, a quarter and a year (a Tuesday): those periods are kept, its week is not.
  it('gives the same series at an asOf that ends a year, keeping the periods it ends', async () => {
    const registry = await loadAt('2024-12-31');
    for (const one of CASES) expectSameSeries(registry, one);
    const last = (id: string) => registry.series[`${id}-pg`]!.at(-1)!.date;
    expect([last('count-daily'), last('count-weekly'), last('count-monthly'), last('count-quarterly'), last('count-yearly')]).toEqual([
      '2024-12-31',
      '2024-12-29',
      '2024-12-31',
      '2024-12-31',
      '2024-12-31',
    ]);
  }, 120_000);
});
