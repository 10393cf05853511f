import {METRIC_MEASURES, ZERO_FILLED_MEASURES, type Cadence, type MetricMeasure, isOneOf} from '../../shared/vocabulary';
import type {KpiMetric} from '../../types';
import {type SqlDialect, duckdbDialect} from './sqlDialect';

/** How a metric reads its rows: the table expression of a raw file, or of a source's table. */
export interface MetricInput {
  /** An SQL table expression, like `read_csv('/site/kpis/raw/logins.csv')`. */
  from: string;
  cadence: Cadence;
  /** ISO date: rows after it are ignored, and the period holding it is left out unless it is its last day. */
  asOf: string;
  /** The SQL the metric is written in; the embedded engine's when absent. */
  dialect?: SqlDialect;
}

/** `count_distinct(hub_id)` → {name: 'count_distinct', argument: 'hub_id'}; undefined for any other SQL expression. */
export function namedMeasure(measure: string): {name: MetricMeasure; argument: string} | undefined {
  const match = /^\s*([a-z_]+)\s*\(\s*([\s\S]*?)\s*\)\s*$/i.exec(measure);
  const name = match?.[1]!.toLowerCase();
  if (!match || !isOneOf(METRIC_MEASURES, name) || match[2] === '') return undefined;
  return {name, argument: match[2]!};
}

/** The named measure the dialect cannot translate (`median` without `dialect.median`), if any. */
export function unsupportedMeasure(measure: string, dialect: SqlDialect): MetricMeasure | undefined {
  const named = namedMeasure(measure);
  return named?.name === 'median' && typeof dialect.median !== 'function' ? 'median' : undefined;
}

/** The aggregate over the joined rows; `count(*)` counts matched rows only, so an empty period counts 0. */
function aggregate(measure: string, dialect: SqlDialect): string {
  const named = namedMeasure(measure);
  if (!named) return measure;
  if (named.name === 'count') return named.argument === '*' ? 'count(_kpi_rows._kpi_row_period)' : `count(${named.argument})`;
  if (named.name === 'count_distinct') return dialect.countDistinct(named.argument);
  if (named.name === 'median' && dialect.median) return dialect.median(named.argument);
  return `${named.name}(${named.argument})`;
}

export function isZeroFilled(measure: string): boolean {
  const named = namedMeasure(measure);
  return named !== undefined && ZERO_FILLED_MEASURES.includes(named.name);
}

/**
 * The SQL of a metric, in the dialect of the source that runs it: rows
 * grouped into periods of the KPI's cadence (weeks from Monday, calendar
 * quarters and years, in UTC), each point dated the last day of its period.
 * Between the first and the last period with rows, every period is there: 0
 * for count and sum measures, no point for the others. `window` and
 * `cumulative` widen the rows each period aggregates. Pure.
 */
export function compileMetric(metric: KpiMetric, {from, cadence, asOf, dialect = duckdbDialect}: MetricInput): string {
  const d = dialect;
  const time = d.timestamp(d.quoteIdentifier(metric.time));
  const periodEnd = d.date(d.addDays(d.addPeriods('_kpi_period', 1, cadence), -1));
  const joined = metric.cumulative
    ? '_kpi_rows._kpi_row_period <= _kpi_period'
    : `_kpi_rows._kpi_row_period <= _kpi_period AND _kpi_rows._kpi_row_period > ${d.addPeriods('_kpi_period', -metric.window, cadence)}`;
  const kept = [
    `${periodEnd} <= ${d.dateLiteral(asOf)}`,
    ...(metric.window > 1 && !metric.cumulative ? [`_kpi_period >= ${d.addPeriods('_kpi_first', metric.window - 1, cadence)}`] : []),
    ...(isZeroFilled(metric.measure) ? [] : ['_kpi_matched > 0']),
  ];
  const measured = aggregate(metric.measure, d);
  const value = isZeroFilled(metric.measure) ? `coalesce(${measured}, 0)` : measured;
  return `WITH _kpi_rows AS (
  SELECT *, ${d.truncate(time, cadence)} AS _kpi_row_period FROM ${from}
  WHERE ${time} < ${d.addDays(d.timestampLiteral(asOf), 1)}${metric.where ? `\n    AND (${metric.where})` : ''}
),
_kpi_bounds AS (SELECT min(_kpi_row_period) AS _kpi_first, max(_kpi_row_period) AS _kpi_last FROM _kpi_rows),
_kpi_periods AS (
  SELECT _kpi_period, _kpi_first
  FROM _kpi_bounds CROSS JOIN ${d.periodSeries('_kpi_first', '_kpi_last', cadence, '_kpi_period')}
  WHERE _kpi_first IS NOT NULL
),
_kpi_points AS (
  SELECT _kpi_period, _kpi_first, ${value} AS value, count(_kpi_rows._kpi_row_period) AS _kpi_matched
  FROM _kpi_periods LEFT JOIN _kpi_rows ON ${joined}
  GROUP BY _kpi_period, _kpi_first
)
SELECT ${d.isoDateText(periodEnd)} AS date, value FROM _kpi_points
WHERE ${kept.join(' AND ')}
ORDER BY date`;
}
