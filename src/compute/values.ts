import type {Change, KpiDefinition, KpiStatus, KpiValues, SeriesPoint, Target} from '../types';
import {addPeriods} from './dates';
import {countUpTo, firstNumericPoint, lastNumericPoints, projectTrend} from './trend';

export interface ComputeOptions {
  /** ISO date the KPI is judged at: later points are ignored, targets and staleness are relative to it. */
  asOf: string;
  /** Relative band (of the target's magnitude) for "at target" and "at risk". */
  tolerance: number;
  /** How many recent points the trend is fitted to. */
  trendWindow: number;
  /** Formats numbers in status reasons; plain `String` when not given. */
  formatValue?: (value: number) => string;
  /** Formats ISO dates in status reasons; as they are when not given. */
  formatDate?: (isoDate: string) => string;
}

/** How many cadence periods may pass after the latest point before a series is stale. */
export const STALE_AFTER_PERIODS = 2;

/** The target to judge against at `asOf`: the earliest not yet due, or the last one once all are due. */
export function targetInForce(targets: readonly Target[], asOf: string): Target | undefined {
  return targets.find((target) => target.by >= asOf) ?? targets.at(-1);
}

export function isStale(latest: SeriesPoint, kpi: Pick<KpiDefinition, 'cadence'>, asOf: string): boolean {
  return addPeriods(latest.date, kpi.cadence, STALE_AFTER_PERIODS) < asOf;
}

/**
 * How far `value` falls short of `target`, as a fraction of the target's
 * magnitude: zero or less means the target is met.
 */
export function shortfall(value: number, target: number, direction: KpiDefinition['direction'], tolerance: number): number {
  const scale = Math.abs(target) || 1;
  switch (direction) {
    case 'up':
      return (target - value) / scale;
    case 'down':
      return (value - target) / scale;
    case 'target':
      return Math.abs(value - target) / scale - tolerance;
  }
}

export function computeChange(latest: number, previous: number, direction: KpiDefinition['direction'], target: Target | undefined): Change {
  const absolute = latest - previous;
  const relative = previous === 0 ? null : absolute / Math.abs(previous);
  return {absolute, relative, sentiment: changeSentiment(latest, previous, direction, target)};
}

function changeSentiment(
  latest: number,
  previous: number,
  direction: KpiDefinition['direction'],
  target: Target | undefined,
): Change['sentiment'] {
  let improvement: number;
  if (direction === 'up') improvement = latest - previous;
  else if (direction === 'down') improvement = previous - latest;
  else if (target) improvement = Math.abs(previous - target.value) - Math.abs(latest - target.value);
  else improvement = 0;
  if (improvement === 0) return 'unchanged';
  return improvement > 0 ? 'better' : 'worse';
}

/** Share of the way from the first value of the series to the target, clamped to 0..1. */
export function computeProgress(
  baseline: number,
  latest: number,
  target: number,
  direction: KpiDefinition['direction'],
  tolerance: number,
): number {
  if (shortfall(latest, target, direction, tolerance) <= 0) return 1;
  const progress =
    direction === 'target'
      ? 1 - Math.abs(latest - target) / (Math.abs(baseline - target) || 1)
      : (latest - baseline) / (target - baseline || 1);
  return Math.min(1, Math.max(0, progress));
}

/** What the status rule reads of a KPI at `asOf`, from its points up to then. */
interface Judged extends Pick<KpiValues, 'latest' | 'target' | 'stale' | 'projected'> {
  points: readonly SeriesPoint[];
  /** The points up to asOf are the first `end`, read in place: this runs for every period of a status history. */
  end: number;
}

function judgedAt(kpi: KpiDefinition, series: readonly SeriesPoint[] | undefined, options: ComputeOptions): Judged {
  const points = series ?? [];
  const end = countUpTo(points, options.asOf);
  const latest = end > 0 ? points[end - 1] : undefined;
  const target = kpi.unit === 'text' ? undefined : targetInForce(kpi.targets, options.asOf);
  const stale = latest !== undefined && isStale(latest, kpi, options.asOf);
  const projected = target && typeof latest?.value === 'number' ? projectTrend(points, target.by, options.trendWindow, end) : undefined;
  return {points, end, latest, target, stale, projected};
}

/** Everything the card shows about one KPI, judged at `options.asOf`. Pure. */
export function computeKpiValues(kpi: KpiDefinition, series: readonly SeriesPoint[] | undefined, options: ComputeOptions): KpiValues {
  const judged = judgedAt(kpi, series, options);
  const {points, end, latest, target} = judged;
  const previous = end > 1 ? points[end - 2] : undefined;
  const values: KpiValues = {latest, previous, target, stale: judged.stale, status: statusOf(kpi, judged, options)};
  if (latest && previous && typeof latest.value === 'number' && typeof previous.value === 'number') {
    values.change = computeChange(latest.value, previous.value, kpi.direction, target);
  }
  if (target && typeof latest?.value === 'number') {
    values.progress = computeProgress(firstNumericPoint(points, end)!.value, latest.value, target.value, kpi.direction, options.tolerance);
    values.projected = judged.projected;
  }
  return values;
}

/** The status `computeKpiValues` gives, without the rest of the values: all a status history needs of each day. Pure. */
export function computeKpiStatus(kpi: KpiDefinition, series: readonly SeriesPoint[] | undefined, options: ComputeOptions): KpiStatus {
  return statusOf(kpi, judgedAt(kpi, series, options), options);
}

function statusOf(kpi: KpiDefinition, judged: Judged, options: ComputeOptions): KpiStatus {
  if (kpi.status) return {level: kpi.status.level, reasons: kpi.status.reasons, origin: 'manual'};
  return computeStatus(kpi, judged, options, {value: options.formatValue ?? String, date: options.formatDate ?? ((date) => date)});
}

/**
 * The status rule, in order: no points → no data; latest point older than two
 * cadence periods → stale; no target in force → no target; latest value meets
 * the target → achieved; due date passed → off track; the recent trend,
 * projected to the due date, meets the target → on track, misses it by at most
 * `tolerance` → at risk, else off track.
 */
interface ReasonFormat {
  value: (value: number) => string;
  date: (isoDate: string) => string;
}

function computeStatus(kpi: KpiDefinition, values: Judged, options: ComputeOptions, format: ReasonFormat): KpiStatus {
  const status = (level: KpiStatus['level'], ...reasons: string[]): KpiStatus => ({level, reasons, origin: 'computed'});
  const {latest, target, projected} = values;
  if (!latest) return status('no-data', 'No measurements yet.');
  if (values.stale) {
    return status(
      'stale',
      `Latest measurement is from ${format.date(latest.date)}, more than ${STALE_AFTER_PERIODS} ${kpi.cadence} periods before ${format.date(options.asOf)}.`,
    );
  }
  if (typeof latest.value !== 'number') return status('no-target', 'Qualitative KPIs need a hand-set status.');
  if (!target) return status('no-target', 'No target is set.');
  const goal = `the target of ${format.value(target.value)} due ${format.date(target.by)}`;
  if (shortfall(latest.value, target.value, kpi.direction, options.tolerance) <= 0) {
    return status('achieved', `Latest value ${format.value(latest.value)} meets ${goal}.`);
  }
  if (target.by < options.asOf) return status('off-track', `${goal[0]!.toUpperCase()}${goal.slice(1)} has passed unmet.`);
  const trendPoints = lastNumericPoints(values.points, options.trendWindow, values.end).length;
  const trend =
    trendPoints > 1
      ? `The trend of the last ${trendPoints} points projects ${format.value(projected!)} by ${format.date(target.by)}`
      : `With a single point there is no trend yet: ${format.value(projected!)} on ${format.date(target.by)}`;
  const gap = shortfall(projected!, target.value, kpi.direction, options.tolerance);
  if (gap <= 0) return status('on-track', `${trend}, which meets ${goal}.`);
  if (gap <= options.tolerance) return status('at-risk', `${trend}, just short of ${goal}.`);
  return status('off-track', `${trend}, well short of ${goal}.`);
}
