import {METRIC_MEASURES, ZERO_FILLED_MEASURES, type Cadence, type MetricMeasure, isOneOf} from '../../shared/vocabulary';
import type {KpiMetric} from '../../types';

/** How a metric reads its rows: the table expression of a raw file, or of a source's table. */
export interface MetricInput {
  /** An SQL table expression, like `read_csv('/site/kpis/raw/logins.csv')`. */
  from: string;
  cadence: Cadence;
  /** ISO date: rows after it are ignored, and the period holding it is left out unless it is its last day. */
  asOf: string;
}

const INTERVAL_UNITS: Readonly<Record<Cadence, string>> = {
  daily: 'DAY',
  weekly: 'WEEK',
  monthly: 'MONTH',
  quarterly: 'QUARTER',
  yearly: 'YEAR',
};
const TRUNC_UNITS: Readonly<Record<Cadence, string>> = {
  daily: 'day',
  weekly: 'week',
  monthly: 'month',
  quarterly: 'quarter',
  yearly: 'year',
};

/** `count_distinct(hub_id)` → {name: 'count_distinct', argument: 'hub_id'}; undefined for any other SQL expression. */
export function namedMeasure(measure: string): {name: MetricMeasure; argument: string} | undefined {
  const match = /^\s*([a-z_]+)\s*\(\s*([\s\S]*?)\s*\)\s*$/i.exec(measure);
  const name = match?.[1]!.toLowerCase();
  if (!match || !isOneOf(METRIC_MEASURES, name) || match[2] === '') return undefined;
  return {name, argument: match[2]!};
}

/** The aggregate over the joined rows; `count(*)` counts matched rows only, so an empty period counts 0. */
function aggregate(measure: string): string {
  const named = namedMeasure(measure);
  if (!named) return measure;
  if (named.name === 'count') return named.argument === '*' ? 'count(_kpi_rows._kpi_row_period)' : `count(${named.argument})`;
  if (named.name === 'count_distinct') return `count(DISTINCT ${named.argument})`;
  return `${named.name}(${named.argument})`;
}

export function isZeroFilled(measure: string): boolean {
  const named = namedMeasure(measure);
  return named !== undefined && ZERO_FILLED_MEASURES.includes(named.name);
}

const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * The SQL of a metric: rows grouped into periods of the KPI's cadence (weeks
 * from Monday, calendar quarters and years, in UTC), each point dated the last
 * day of its period. Between the first and the last period with rows, every
 * period is there: 0 for count and sum measures, no point for the others.
 * `window` and `cumulative` widen the rows each period aggregates. Pure.
 */
export function compileMetric(metric: KpiMetric, {from, cadence, asOf}: MetricInput): string {
  const unit = INTERVAL_UNITS[cadence];
  const rowPeriod = `date_trunc('${TRUNC_UNITS[cadence]}', CAST(${quoteIdentifier(metric.time)} AS TIMESTAMP))`;
  const periodEnd = `CAST(_kpi_period + INTERVAL 1 ${unit} - INTERVAL 1 DAY AS DATE)`;
  const widened = metric.window > 1 || metric.cumulative;
  const kept = [
    `${periodEnd} <= DATE '${asOf}'`,
    ...(metric.window > 1 && !metric.cumulative ? [`_kpi_period >= _kpi_first + INTERVAL ${metric.window - 1} ${unit}`] : []),
    ...(isZeroFilled(metric.measure) ? [] : ['_kpi_matched > 0']),
  ];
  return `WITH _kpi_rows AS (
  SELECT *, ${rowPeriod} AS _kpi_row_period FROM ${from}
  WHERE CAST(${quoteIdentifier(metric.time)} AS TIMESTAMP) < TIMESTAMP '${asOf}' + INTERVAL 1 DAY${metric.where ? `\n    AND (${metric.where})` : ''}
),
${widened ? widenedPoints(metric, unit) : periodPoints(metric, unit)}
SELECT strftime(${periodEnd}, '%Y-%m-%d') AS date, value FROM _kpi_points
WHERE ${kept.join(' AND ')}
ORDER BY date`;
}

/** Every period between the first and the last of `periodsOf`, with the first, for the window's start. */
const allPeriods = (
  periodsOf: string,
  unit: string,
) => `_kpi_bounds AS (SELECT min(_kpi_row_period) AS _kpi_first, max(_kpi_row_period) AS _kpi_last FROM ${periodsOf}),
_kpi_periods AS (
  SELECT unnest(generate_series(_kpi_first, _kpi_last, INTERVAL 1 ${unit})) AS _kpi_period, _kpi_first FROM _kpi_bounds
  WHERE _kpi_first IS NOT NULL
)`;

/** Each period aggregates its own rows: grouped first, so the periods join the groups, not every row. */
function periodPoints(metric: KpiMetric, unit: string): string {
  const value = isZeroFilled(metric.measure) ? 'coalesce(_kpi_groups.value, 0)' : '_kpi_groups.value';
  return `_kpi_groups AS (
  SELECT _kpi_row_period, ${aggregate(metric.measure)} AS value, count(*) AS _kpi_matched FROM _kpi_rows GROUP BY _kpi_row_period
),
${allPeriods('_kpi_groups', unit)},
_kpi_points AS (
  SELECT _kpi_period, _kpi_first, ${value} AS value, coalesce(_kpi_groups._kpi_matched, 0) AS _kpi_matched
  FROM _kpi_periods LEFT JOIN _kpi_groups ON _kpi_groups._kpi_row_period = _kpi_period
)`;
}

/** Each period aggregates the rows of its window, or of every period up to it. */
function widenedPoints(metric: KpiMetric, unit: string): string {
  const joined = metric.cumulative
    ? '_kpi_rows._kpi_row_period <= _kpi_period'
    : `_kpi_rows._kpi_row_period <= _kpi_period AND _kpi_rows._kpi_row_period > _kpi_period - INTERVAL ${metric.window} ${unit}`;
  const value = isZeroFilled(metric.measure) ? `coalesce(${aggregate(metric.measure)}, 0)` : aggregate(metric.measure);
  return `${allPeriods('_kpi_rows', unit)},
_kpi_points AS (
  SELECT _kpi_period, _kpi_first, ${value} AS value, count(_kpi_rows._kpi_row_period) AS _kpi_matched
  FROM _kpi_periods LEFT JOIN _kpi_rows ON ${joined}
  GROUP BY _kpi_period, _kpi_first
)`;
}
