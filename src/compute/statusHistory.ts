import type {KpiDefinition, KpiStatus, SeriesPoint} from '../types';
import {lastPeriodEnds} from './periods';
import {type ComputeOptions, computeKpiStatus} from './values';

/** How many period ends the status history of a KPI page goes back. */
export const STATUS_HISTORY_PERIODS = 12;

/** The status of a KPI as judged at the end of one period. */
export interface StatusAtDate {
  /** The period's last day, ISO. */
  date: string;
  status: KpiStatus;
}

/**
 * The status of `kpi` as the status rule judged it at the end of each of the
 * last `count` periods of its cadence up to `options.asOf`, oldest first:
 * what the card would have said on each of those days, with only the points
 * measured by then. A hand-set status stands for every day, as it does on the card. Pure.
 */
export function statusHistory(
  kpi: KpiDefinition,
  series: readonly SeriesPoint[] | undefined,
  options: ComputeOptions,
  count = STATUS_HISTORY_PERIODS,
): StatusAtDate[] {
  return lastPeriodEnds(options.asOf, kpi.cadence, count).map((date) => ({
    date,
    status: computeKpiStatus(kpi, series, {...options, asOf: date}),
  }));
}
