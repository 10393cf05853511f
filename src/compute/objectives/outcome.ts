import type {
  ImpactOutcome,
  KpiDefinition,
  ObjectiveDefinition,
  ObjectiveImpact,
  ObjectiveOutcome,
  ObjectivePeriod,
  ObjectivePhase,
  ObjectiveStatus,
  ObjectiveStatusLevel,
  Registry,
  SeriesPoint,
} from '../../types';
import {OBJECTIVE_STATUS_LEVELS} from '../../shared/vocabulary';
import {parseIsoDate, toIsoDate} from '../dates';
import {createValueFormatter} from '../format';
import {computeKpiValues, computeProgress} from '../values';

/**
 * The outcome of objectives at `asOf`, as SPEC section 7 says: each impact
 * has a baseline, an expected value, a current value, a progress and a status
 * by the KPI status rule with the period's last day as the due date. Pure: the
 * same registry and `asOf` give the same outcome, so a quarterly report can ask
 * for the outcome as it was on the quarter's last day.
 */

export interface ObjectiveComputeOptions {
  /** ISO date the objectives are judged at. */
  asOf: string;
  /** As for KPIs: the band for "at target" and "at risk". */
  tolerance: number;
  /** As for KPIs: how many recent points the trend is fitted to. */
  trendWindow: number;
  /** Formats values and dates in the reasons; plain when absent. */
  locale?: string;
}

type Numeric = {date: string; value: number};

/** Where `asOf` falls against the period: before it, inside it (both ends included), or after it. */
export function objectivePhase(period: ObjectivePeriod, asOf: string): ObjectivePhase {
  if (asOf < period.from) return 'upcoming';
  return asOf > period.to ? 'past' : 'current';
}

/** Every objective of the registry, in file order. */
export function computeObjectiveOutcomes(
  registry: Pick<Registry, 'kpis' | 'series' | 'objectives'>,
  options: ObjectiveComputeOptions,
): ObjectiveOutcome[] {
  return (registry.objectives ?? []).map((objective) => computeObjectiveOutcome(objective, registry, options));
}

export function computeObjectiveOutcome(
  objective: ObjectiveDefinition,
  registry: Pick<Registry, 'kpis' | 'series'>,
  options: ObjectiveComputeOptions,
): ObjectiveOutcome {
  const kpis = new Map(registry.kpis.map((kpi) => [kpi.id, kpi]));
  // One outcome per impact, in order (a loaded registry names no unknown KPI).
  const impacts = objective.impact.flatMap((impact) => {
    const kpi = kpis.get(impact.kpi);
    return kpi ? [computeImpactOutcome(objective.period, impact, kpi, registry.series[kpi.id], options)] : [];
  });
  const phase = objectivePhase(objective.period, options.asOf);
  return {id: objective.id, phase, status: objectiveStatus(phase, impacts, kpis, objective.period, options), impacts};
}

/** One impact judged at `asOf`, or at the period's last day once the period is over. */
export function computeImpactOutcome(
  period: ObjectivePeriod,
  impact: ObjectiveImpact,
  kpi: KpiDefinition,
  series: readonly SeriesPoint[] | undefined,
  options: ObjectiveComputeOptions,
): ImpactOutcome {
  const format = reasonFormat(kpi.unit, options.locale);
  const judgedAt = options.asOf < period.to ? options.asOf : period.to;
  const points = (series ?? []).filter((point): point is Numeric => typeof point.value === 'number' && point.date <= judgedAt);
  const before = points.filter((point) => point.date <= period.from).at(-1);
  const baseline = before ?? points.find((point) => point.date >= period.from);
  const expected = impact.to ?? (baseline && impact.by !== undefined ? baseline.value + impact.by : undefined);
  const current = options.asOf < period.from ? undefined : points.at(-1);
  const outcome: ImpactOutcome = {
    kpi: kpi.id,
    ...(baseline && {baseline: {date: baseline.date, value: baseline.value}}),
    baselineInPeriod: before === undefined && baseline !== undefined,
    ...(expected !== undefined && {expected}),
    ...(current && {current: {date: current.date, value: current.value}}),
    status: {level: 'no-data', reasons: []},
  };
  if (baseline && current && expected !== undefined) {
    outcome.progress = computeProgress(baseline.value, current.value, expected, kpi.direction, options.tolerance);
  }
  if (options.asOf < period.from) {
    outcome.status = {level: 'not-started', reasons: [`The period starts on ${format.date(period.from)}.`]};
  } else if (expected === undefined) {
    outcome.status = {
      level: 'no-data',
      reasons: [`No measurement on or before ${format.date(period.from)}, nor since, to set the baseline from.`],
    };
  } else {
    outcome.status = kpiRuleStatus(kpi, points, expected, period, options);
  }
  return outcome;
}

/**
 * The KPI status rule with the expected value as the one target, due on the
 * period's last day. Once the period is over it is judged the day after, on
 * the points up to the last day, so a missed objective reads "passed unmet".
 * A hand-set status of the KPI does not apply: it is about the KPI, not the objective.
 */
function kpiRuleStatus(
  kpi: KpiDefinition,
  points: readonly SeriesPoint[],
  expected: number,
  period: ObjectivePeriod,
  options: ObjectiveComputeOptions,
): ObjectiveStatus {
  const format = reasonFormat(kpi.unit, options.locale);
  const over = options.asOf > period.to;
  const judgedOn = over ? toIsoDate(parseIsoDate(period.to) + 86_400_000) : options.asOf;
  const {status: _manual, ...rest} = kpi;
  const values = computeKpiValues({...rest, targets: [{value: expected, by: period.to}]}, points, {
    asOf: judgedOn,
    tolerance: options.tolerance,
    trendWindow: options.trendWindow,
    formatValue: format.value,
    formatDate: format.date,
  });
  return {level: values.status.level, reasons: values.status.reasons};
}

/** Not started before the period; achieved when every impact is; otherwise the worst impact's status. */
function objectiveStatus(
  phase: ObjectivePhase,
  impacts: readonly ImpactOutcome[],
  kpis: ReadonlyMap<string, KpiDefinition>,
  period: ObjectivePeriod,
  options: ObjectiveComputeOptions,
): ObjectiveStatus {
  if (phase === 'upcoming') {
    return {level: 'not-started', reasons: [`The period starts on ${reasonFormat('count', options.locale).date(period.from)}.`]};
  }
  if (impacts.length > 0 && impacts.every((impact) => impact.status.level === 'achieved')) {
    return {level: 'achieved', reasons: [`Every expected impact is achieved (${impacts.length}).`]};
  }
  const level = worstStatus(impacts.map((impact) => impact.status.level));
  const reasons = impacts
    .filter((impact) => impact.status.level === level)
    .flatMap((impact) => impact.status.reasons.map((reason) => `${kpis.get(impact.kpi)?.title ?? impact.kpi}: ${reason}`));
  return {level, reasons};
}

/** The worst of `levels`, in the order of `OBJECTIVE_STATUS_LEVELS`; no data when there is none. */
export function worstStatus(levels: readonly ObjectiveStatusLevel[]): ObjectiveStatusLevel {
  if (levels.length === 0) return 'no-data';
  return levels.reduce((worst, level) => (OBJECTIVE_STATUS_LEVELS.indexOf(level) > OBJECTIVE_STATUS_LEVELS.indexOf(worst) ? level : worst));
}

function reasonFormat(unit: string, locale: string | undefined): {value: (value: number) => string; date: (date: string) => string} {
  if (locale === undefined) return {value: String, date: (date) => date};
  const formatter = createValueFormatter(unit, locale);
  return {value: formatter.value, date: formatter.date};
}
