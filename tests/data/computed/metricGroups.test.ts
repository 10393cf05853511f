import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {type MemberColumns, compileFileGroups, compileMetricGroup, groupKey, splitGroupRows} from '../../../src/data/computed/metricGroups';
import {compileMetric} from '../../../src/data/computed/metricSql';
import {EmbeddedEngine} from '../../../src/data/sources/embedded';
import {plainRow} from '../../../src/data/sources/sourceCache';
import {CADENCES, type Cadence} from '../../../src/shared/vocabulary';
import type {KpiMetric} from '../../../src/types';
import {eventRows, toCsv} from '../../support/seedRows';
import {writeSite} from '../tempSite';

const MEASURES = [
  'count(*)',
  'count(user_id)',
  'count_distinct(hub_id)',
  'sum(duration_ms)',
  'avg(duration_ms)',
  'min(duration_ms)',
  'max(duration_ms)',
  'median(duration_ms)',
  // An aggregate expression: shares a statement only without `where`.
  "100.0 * count(*) filter (where status = 'ok') / count(*)",
];
const WHERES = [undefined, "status = 'failed'", "hub_id in ('hub-01', 'hub-02') and duration_ms > 2500", "hub_id = 'hub-99'"];
const WIDENINGS: Pick<KpiMetric, 'window' | 'cumulative'>[] = [
  {window: 1, cumulative: false},
  {window: 3, cumulative: false},
  {window: 1, cumulative: true},
];

/** Every measure with every `where` and widening: the metrics of one cadence. */
function metrics(): KpiMetric[] {
  return MEASURES.flatMap((measure) =>
    WHERES.flatMap((where) =>
      WIDENINGS.map((widening) => ({from: 'raw/events.csv', time: 'logged_in_at', measure, ...(where && {where}), ...widening})),
    ),
  );
}

let engine: EmbeddedEngine;
let from: string;
beforeAll(async () => {
  const siteDir = await writeSite({'kpis/raw/events.csv': toCsv(eventRows())});
  engine = new EmbeddedEngine({siteDir, registryDir: path.join(siteDir, 'kpis'), memoryLimit: '256MB'});
  from = `read_csv('${path.join(siteDir, 'kpis/raw/events.csv')}')`;
});
afterAll(() => engine.close());

const run = async (sql: string) => (await engine.query(sql, {timeoutMs: 30_000})).map(plainRow);
/** Each metric's rows, as the build reads them: split, then made plain. */
const splitRows = (rows: Record<string, unknown>[], columns: MemberColumns[]) =>
  splitGroupRows(rows, columns).map((memberRows) => memberRows.map(plainRow));

/** The metrics grouped as the build groups them, each group in one statement, against each metric alone. */
async function expectGroupsMatchAlone(cadence: Cadence, asOf: string) {
  const groups = new Map<string, KpiMetric[]>();
  for (const metric of metrics()) {
    const key = groupKey(metric, cadence);
    if (key) groups.set(key, [...(groups.get(key) ?? []), metric]);
  }
  expect(groups.size).toBe(WIDENINGS.length);
  for (const members of groups.values()) {
    const group = compileMetricGroup(members, {from, cadence, asOf});
    const split = splitRows(await engine.query(group.sql, {timeoutMs: 30_000}), group.columns);
    for (const [index, metric] of members.entries()) {
      const alone = await run(compileMetric(metric, {from, cadence, asOf}));
      expect(split[index], `${cadence} ${JSON.stringify(metric)}`).toEqual(alone);
    }
  }
}

describe('metrics computed together in one statement', () => {
  it.each(CADENCES.map((cadence) => [cadence]))(
    'give each metric exactly its own series, %s, asOf inside a period and on the last day of one',
    async (cadence) => {
      await expectGroupsMatchAlone(cadence, '2025-05-14');
      await expectGroupsMatchAlone(cadence, '2024-12-31');
    },
    60_000,
  );

  it('share a statement only with the same time column, cadence and widening', () => {
    const metric: KpiMetric = {from: 'raw/events.csv', time: 'logged_in_at', measure: 'count(*)', window: 1, cumulative: false};
    const key = groupKey(metric, 'monthly');
    expect(groupKey({...metric, where: "status = 'ok'", measure: 'sum(duration_ms)'}, 'monthly')).toBe(key);
    expect(groupKey({...metric, time: 'signed_on'}, 'monthly')).not.toBe(key);
    expect(groupKey(metric, 'weekly')).not.toBe(key);
    expect(groupKey({...metric, window: 2}, 'monthly')).not.toBe(key);
    expect(groupKey({...metric, cumulative: true}, 'monthly')).not.toBe(groupKey({...metric, window: 2}, 'monthly'));
    expect(groupKey({...metric, measure: 'count(*) / 2', where: "status = 'ok'"}, 'monthly')).toBeUndefined();
  });

  it('computes an aggregate written by several metrics once', () => {
    const metric: KpiMetric = {from: 'raw/events.csv', time: 'logged_in_at', measure: 'count(*)', window: 1, cumulative: false};
    const group = compileMetricGroup([metric, {...metric}, {...metric, where: "status = 'ok'"}], {
      from,
      cadence: 'monthly',
      asOf: '2025-05-14',
    });
    expect(group.columns.map((column) => column.value)).toEqual(['_kpi_value_0', '_kpi_value_0', '_kpi_value_1']);
  });
});

describe('groups over one file in one statement', () => {
  it('give each metric of every cadence exactly its own series', async () => {
    const asOf = '2025-05-14';
    const groups = CADENCES.flatMap((cadence) =>
      WIDENINGS.map((widening) => ({
        cadence,
        metrics: metrics().filter(
          (metric) => metric.window === widening.window && metric.cumulative === widening.cumulative && groupKey(metric, cadence),
        ),
      })),
    );
    const statement = compileFileGroups(groups, {from, asOf});
    expect(statement.sql.match(/read_csv/g)).toHaveLength(1);
    const rows = await engine.query(statement.sql, {timeoutMs: 30_000});
    for (const [index, group] of groups.entries()) {
      const split = splitRows(rows, statement.columns[index]!);
      for (const [member, metric] of group.metrics.entries()) {
        expect(split[member], `${group.cadence} ${JSON.stringify(metric)}`).toEqual(
          await run(compileMetric(metric, {from, cadence: group.cadence, asOf})),
        );
      }
    }
  }, 120_000);
});
