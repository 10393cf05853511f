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
export function aggregate(measure: string, dialect: SqlDialect): string {
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

interface Parts {
  metric: KpiMetric;
  cadence: Cadence;
  asOf: string;
  d: SqlDialect;
  /** The CTE of the rows kept (before `asOf`, passing `where`), each with its period. */
  rows: string;
  /** The last day of the period starting at `_kpi_period`, as a date. */
  periodEnd: string;
  value: (aggregate: string) => string;
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
  const where = metric.where ? `\n    AND (${metric.where})` : '';
  const rows = `_kpi_rows AS (
  SELECT *, ${d.truncate(time, cadence)} AS _kpi_row_period FROM ${from}
  WHERE ${time} < ${d.addDays(d.timestampLiteral(asOf), 1)}${where}
)`;
  const periodEnd = d.date(d.addDays(d.addPeriods('_kpi_period', 1, cadence), -1));
  const zeroFilled = isZeroFilled(metric.measure);
  const value = (measured: string) => (zeroFilled ? `coalesce(${measured}, 0)` : measured);
  const parts: Parts = {metric, cadence, asOf, d, rows, periodEnd, value};
  return metric.window === 1 && !metric.cumulative ? perPeriod(parts) : widened(parts);
}

/**
 * The CTEs `_kpi_bounds`, the first and last period of the rows of `source`
 * (with any other `bounds` columns), and `_kpi_periods`, every period from the
 * first to the last. Shared with the metrics computed together (metricGroups.ts).
 */
export function periodsCte(source: string, cadence: Cadence, d: SqlDialect, bounds: string[] = []): string {
  return `_kpi_bounds AS (
  SELECT ${['min(_kpi_row_period) AS _kpi_first', 'max(_kpi_row_period) AS _kpi_last', ...bounds].join(',\n    ')}
  FROM ${source}
),
_kpi_periods AS (
  SELECT _kpi_period, _kpi_first
  FROM _kpi_bounds CROSS JOIN ${d.periodSeries('_kpi_first', '_kpi_last', cadence, '_kpi_period')}
  WHERE _kpi_first IS NOT NULL
)`;
}

function pointsKept({d, periodEnd, asOf, metric}: Parts, extra: string[] = []): string {
  const kept = [`${periodEnd} <= ${d.dateLiteral(asOf)}`, ...extra, ...(isZeroFilled(metric.measure) ? [] : ['_kpi_matched > 0'])];
  return `SELECT ${d.isoDateText(periodEnd)} AS date, value FROM _kpi_points
WHERE ${kept.join(' AND ')}
ORDER BY date`;
}

/** Each period its own rows: grouped once, then laid on the series of periods (the rows read once). */
function perPeriod(parts: Parts): string {
  const measured = aggregate(parts.metric.measure, parts.d);
  return `WITH ${parts.rows},
_kpi_grouped AS (
  SELECT _kpi_row_period, ${measured} AS value, count(_kpi_rows._kpi_row_period) AS _kpi_matched
  FROM _kpi_rows GROUP BY _kpi_row_period
),
${periodsCte('_kpi_grouped', parts.cadence, parts.d)},
_kpi_points AS (
  SELECT _kpi_period, ${parts.value('_kpi_grouped.value')} AS value, coalesce(_kpi_grouped._kpi_matched, 0) AS _kpi_matched
  FROM _kpi_periods LEFT JOIN _kpi_grouped ON _kpi_grouped._kpi_row_period = _kpi_period
)
${pointsKept(parts)}`;
}

/** `window` or `cumulative`: each period aggregates the rows of the periods it spans. */
function widened(parts: Parts): string {
  const {metric, cadence, d} = parts;
  const joined = metric.cumulative
    ? '_kpi_rows._kpi_row_period <= _kpi_period'
    : `_kpi_rows._kpi_row_period <= _kpi_period AND _kpi_rows._kpi_row_period > ${d.addPeriods('_kpi_period', -metric.window, cadence)}`;
  const full = metric.cumulative ? [] : [`_kpi_period >= ${d.addPeriods('_kpi_first', metric.window - 1, cadence)}`];
  return `WITH ${parts.rows},
${periodsCte('_kpi_rows', cadence, d)},
_kpi_points AS (
  SELECT _kpi_period, _kpi_first, ${parts.value(aggregate(metric.measure, d))} AS value, count(_kpi_rows._kpi_row_period) AS _kpi_matched
  FROM _kpi_periods LEFT JOIN _kpi_rows ON ${joined}
  GROUP BY _kpi_period, _kpi_first
)
${pointsKept(parts, full)}`;
}
