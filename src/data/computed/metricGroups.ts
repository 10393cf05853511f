import type {Cadence} from '../../shared/vocabulary';
import type {KpiMetric} from '../../types';
import {type MetricInput, aggregate, isZeroFilled, namedMeasure, periodsCte} from './metricSql';
import {type SqlDialect, duckdbDialect} from './sqlDialect';

/**
 * What metrics must have in common to share one statement over the same rows
 * (besides `from` and the source, which the caller groups by): the time
 * column, the cadence, and how widely each point aggregates. Undefined for a
 * metric that cannot share: an SQL aggregate expression with a `where`, which
 * cannot take a `FILTER` clause as a whole.
 */
export function groupKey(metric: KpiMetric, cadence: string): string | undefined {
  if (metric.where && !namedMeasure(metric.measure)) return undefined;
  const widening = metric.cumulative ? 'cumulative' : `window ${metric.window}`;
  return JSON.stringify([metric.time, cadence, widening]);
}

/** Where each metric's points are in the rows of its group's statement. */
export interface MemberColumns {
  /** The struct column holding the two below, in a statement of several groups (`compileFileGroups`). */
  group?: string;
  /** The column of the metric's value. */
  value: string;
  /** The boolean column that says the metric has a point at the row's date. */
  present: string;
}

export interface CompiledGroup {
  sql: string;
  /** In the order of the metrics given. */
  columns: MemberColumns[];
}

/** One `count`/`where` pair and one aggregate per distinct text, shared by the metrics that write the same. */
interface Shared {
  /** Each distinct `where` ('' for none): its column of the rows, its bounds and its flag of periods with rows are named after its index. */
  wheres: string[];
  /** Distinct aggregates: SQL (with its FILTER) and whether an empty period is 0. */
  values: {sql: string; zeroFilled: boolean}[];
  members: {where: number; value: number; zeroFilled: boolean}[];
}

/**
 * An aggregate over the rows that pass `where` (SQL, '' for every row): the
 * argument is NULL on the others, which every named measure ignores. (The
 * engine computes a CASE argument in time linear in the aggregates of a
 * statement, and a FILTER clause in more, except for distinct counts.)
 */
function filtered(measure: string, where: string, d: SqlDialect): string {
  const named = namedMeasure(measure);
  if (!where || !named) return aggregate(measure, d);
  const argument = named.argument === '*' ? '_kpi_rows._kpi_row_period' : named.argument;
  if (named.name === 'count_distinct') return `${d.countDistinct(argument)} FILTER (WHERE ${where})`;
  return aggregate(`${named.name}(CASE WHEN ${where} THEN ${argument} END)`, d);
}

function share(metrics: KpiMetric[], input: MetricInput): Shared {
  const d = input.dialect ?? duckdbDialect;
  const shared: Shared = {wheres: [], values: [], members: []};
  const indexOf = <T>(list: T[], item: T, same: (a: T) => boolean) => {
    const found = list.findIndex(same);
    return found >= 0 ? found : list.push(item) - 1;
  };
  for (const metric of metrics) {
    const where = metric.where ? `(${metric.where})` : '';
    const whereIndex = indexOf(shared.wheres, where, (w) => w === where);
    const zeroFilled = isZeroFilled(metric.measure);
    const sql = filtered(metric.measure, where && whereColumn(whereIndex), d);
    shared.members.push({where: whereIndex, value: indexOf(shared.values, {sql, zeroFilled}, (v) => v.sql === sql), zeroFilled});
  }
  return shared;
}

const whereColumn = (index: number) => `_kpi_where_${index}`;
const anyRows = (index: number) => `_kpi_any_${index}`;
const first = (index: number) => `_kpi_first_${index}`;
const last = (index: number) => `_kpi_last_${index}`;
const value = (index: number) => `_kpi_value_${index}`;
const present = (index: number) => `_kpi_has_${index}`;

/**
 * One statement computing several metrics over the same rows, each exactly as
 * `compileMetric` computes it alone: the rows are read once, every metric's
 * `where` filters the rows its aggregates see, and each metric keeps its own
 * first and last period (the periods between are its zero fill). The result
 * has one row per period (dated as a metric's points are) with every
 * metric's value and whether it has a point there; `splitGroupRows` gives
 * each metric its own rows. The metrics must have the same `groupKey`. Pure.
 */
export function compileMetricGroup(metrics: KpiMetric[], input: MetricInput): CompiledGroup {
  const {from, cadence, asOf} = input;
  const d = input.dialect ?? duckdbDialect;
  const model = metrics[0]!;
  const shared = share(metrics, input);
  const time = d.timestamp(d.quoteIdentifier(model.time));
  // Each condition evaluated once per row, into a column its metrics' aggregates read.
  const conditions = shared.wheres.flatMap((where, index) => (where ? [`, ${where} AS ${whereColumn(index)}`] : []));
  const rows = `_kpi_rows AS (
  SELECT *, ${d.truncate(time, cadence)} AS _kpi_row_period${conditions.join('')} FROM ${from}
  WHERE ${time} < ${d.addDays(d.timestampLiteral(asOf), 1)}
)`;
  const widened = model.window !== 1 || model.cumulative;
  const body = widened ? widenedGroup(shared, model, input) : perPeriodGroup(shared, input);
  const periodEnd = d.date(d.addDays(d.addPeriods('_kpi_period', 1, cadence), -1));
  const values = shared.values.map((v, index) => `${v.zeroFilled ? `coalesce(${value(index)}, 0)` : value(index)} AS ${value(index)}`);
  const flags = shared.members.map((member, index) => `(${pointCondition(member, model, input)}) AS ${present(index)}`);
  const sql = `WITH ${rows},
${body}
SELECT ${d.isoDateText(periodEnd)} AS date,
  ${[...values, ...flags].join(',\n  ')}
FROM _kpi_points CROSS JOIN _kpi_bounds
WHERE ${periodEnd} <= ${d.dateLiteral(asOf)}
ORDER BY date`;
  const columns = shared.members.map((member, index) => ({value: value(member.value), present: present(index)}));
  return {sql, columns};
}

/** Whether the member has a point in the row's period: inside its own first and last period, with rows unless zero-filled. */
function pointCondition(member: Shared['members'][number], model: KpiMetric, {cadence, dialect = duckdbDialect}: MetricInput): string {
  const from =
    model.cumulative || model.window === 1 ? first(member.where) : dialect.addPeriods(first(member.where), model.window - 1, cadence);
  const conditions = [`_kpi_period >= ${from}`, `_kpi_period <= ${last(member.where)}`];
  if (!member.zeroFilled) conditions.push(anyRows(member.where));
  return conditions.join(' AND ');
}

/** Whether a period has rows that pass the `where` at `index`: a flag, cheaper for the engine than a count. */
function anyRowsOf(shared: Shared, index: number): string {
  const passes = shared.wheres[index] ? whereColumn(index) : '_kpi_rows._kpi_row_period IS NOT NULL';
  return `bool_or(${passes}) AS ${anyRows(index)}`;
}

/** Each period its own rows: grouped once, every metric's bounds from the periods where its `where` matched. */
function perPeriodGroup(shared: Shared, input: MetricInput): string {
  const counts = shared.wheres.map((_, index) => anyRowsOf(shared, index));
  const bounds = shared.wheres.flatMap((_, index) => [
    `min(_kpi_row_period) FILTER (WHERE ${anyRows(index)}) AS ${first(index)}`,
    `max(_kpi_row_period) FILTER (WHERE ${anyRows(index)}) AS ${last(index)}`,
  ]);
  return `_kpi_grouped AS (
  SELECT _kpi_row_period,
    ${[...shared.values.map((v, index) => `${v.sql} AS ${value(index)}`), ...counts].join(',\n    ')}
  FROM _kpi_rows GROUP BY _kpi_row_period
),
${periodsCte('_kpi_grouped', input.cadence, input.dialect ?? duckdbDialect, bounds)},
_kpi_points AS (
  SELECT _kpi_period,
    ${[
      ...shared.values.map((_, index) => `_kpi_grouped.${value(index)} AS ${value(index)}`),
      ...shared.wheres.map((_, index) => `coalesce(_kpi_grouped.${anyRows(index)}, false) AS ${anyRows(index)}`),
    ].join(',\n    ')}
  FROM _kpi_periods LEFT JOIN _kpi_grouped ON _kpi_grouped._kpi_row_period = _kpi_period
)`;
}

/** `window` or `cumulative` (the same for every metric of the group): each period aggregates the rows of the periods it spans. */
function widenedGroup(shared: Shared, model: KpiMetric, input: MetricInput): string {
  const d = input.dialect ?? duckdbDialect;
  const joined = model.cumulative
    ? '_kpi_rows._kpi_row_period <= _kpi_period'
    : `_kpi_rows._kpi_row_period <= _kpi_period AND _kpi_rows._kpi_row_period > ${d.addPeriods('_kpi_period', -model.window, input.cadence)}`;
  const bounds = shared.wheres.flatMap((where, index) => [
    `${filtered('min(_kpi_row_period)', where && whereColumn(index), d)} AS ${first(index)}`,
    `${filtered('max(_kpi_row_period)', where && whereColumn(index), d)} AS ${last(index)}`,
  ]);
  const counts = shared.wheres.map((_, index) => anyRowsOf(shared, index));
  return `${periodsCte('_kpi_rows', input.cadence, d, bounds)},
_kpi_points AS (
  SELECT _kpi_period,
    ${[...shared.values.map((v, index) => `${v.sql} AS ${value(index)}`), ...counts].join(',\n    ')}
  FROM _kpi_periods LEFT JOIN _kpi_rows ON ${joined}
  GROUP BY _kpi_period
)`;
}

/**
 * Groups of metrics over the same raw file in one statement of the embedded
 * engine, so that the file is parsed once: each group's statement reads a
 * materialized copy of the file's rows, and their results are stacked, each
 * group's columns in a struct of its own (NULL in the rows of the other
 * groups), which costs less to read than many columns mostly NULL. DuckDB's
 * SQL. Pure.
 */
export function compileFileGroups(
  groups: {metrics: KpiMetric[]; cadence: Cadence}[],
  {from, asOf}: Pick<MetricInput, 'from' | 'asOf'>,
): {sql: string; columns: MemberColumns[][]} {
  const compiled = groups.map((group) => compileMetricGroup(group.metrics, {from: '_kpi_file', cadence: group.cadence, asOf}));
  const branches = compiled.map((group, index) => {
    const names = [...new Set(group.columns.flatMap((column) => [column.value, column.present]))];
    const struct = `struct_pack(${names.map((name) => `${name} := ${name}`).join(', ')})`;
    return `SELECT date, ${struct} AS _kpi_group_${index} FROM (\n${group.sql}\n)`;
  });
  const sql = `WITH _kpi_file AS MATERIALIZED (SELECT * FROM ${from})
${branches.join('\nUNION ALL BY NAME\n')}
ORDER BY date`;
  const columns = compiled.map((group, index) => group.columns.map((column) => ({...column, group: `_kpi_group_${index}`})));
  return {sql, columns};
}

/** The rows of a group's statement as each metric's own rows (`date`, `value`), in the order of `columns`. Pure. */
export function splitGroupRows(rows: Record<string, unknown>[], columns: MemberColumns[]): {date: unknown; value: unknown}[][] {
  return columns.map((column) => {
    const points: {date: unknown; value: unknown}[] = [];
    for (const row of rows) {
      const holder = (column.group ? row[column.group] : row) as Record<string, unknown> | null;
      if (holder?.[column.present] === true) points.push({date: row.date, value: holder[column.value]});
    }
    return points;
  });
}
