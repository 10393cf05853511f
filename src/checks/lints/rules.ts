import type {Problem} from '../../shared/errors';
import {CADENCE_PERIODS, type LintRule} from '../../shared/vocabulary';
import type {ComputedKpi} from '../../compute/registry';
import type {Area, KpiDefinition, Registry, SourcePosition} from '../../types';

/** What every rule may look at. */
export interface LintContext {
  registry: Registry;
  /** KPI ids that some page cites; undefined when pages were not scanned. */
  cited: ReadonlySet<string> | undefined;
  maxKpisPerArea: number;
  /** ISO date targets are judged at. */
  asOf: string;
}

/** A rule judges one area or one KPI and returns its problem, if any. */
export type LintRuleCheck =
  | {scope: 'area'; check: (area: Area, context: LintContext) => Problem | undefined}
  | {scope: 'kpi'; check: (entry: ComputedKpi, context: LintContext) => Problem | undefined};

function at(source: SourcePosition): Pick<Problem, 'file' | 'line' | 'column'> {
  return {file: source.file, line: source.line, column: source.column};
}

function maxKpisPerArea(area: Area, {registry, maxKpisPerArea: max}: LintContext): Problem | undefined {
  const kpis = registry.kpis.filter((kpi) => kpi.area === area.id);
  if (kpis.length <= max) return undefined;
  return {
    ...at(area.source),
    message: `area "${area.id}" has ${kpis.length} KPIs, more than ${max}`,
    expected: `at most ${max} KPIs per area (option \`maxKpisPerArea\`)`,
    hint: `three or four at most keep attention on what matters; merge, drop or demote some of: ${kpis.map((kpi) => kpi.id).join(', ')}`,
  };
}

function missingTarget({kpi}: ComputedKpi): Problem | undefined {
  if (kpi.unit === 'text' || kpi.targets.length > 0) return undefined;
  return {
    ...at(kpi.source),
    message: `KPI "${kpi.id}" has no target`,
    expected: 'a quantitative KPI with at least one target: `targets: [{value: …, by: YYYY-MM-DD}]`',
    hint: 'without a target its status cannot be judged; add the value you aim for and when',
  };
}

function targetPastDue({kpi}: ComputedKpi, {asOf}: LintContext): Problem | undefined {
  const lastDue = kpi.targets.at(-1)?.by;
  if (lastDue === undefined || lastDue >= asOf) return undefined;
  return {
    ...at(kpi.source),
    message: `every target of KPI "${kpi.id}" is past due (the last was due ${lastDue})`,
    expected: `a target due on or after ${asOf}`,
    hint: 'add the next target with a later `by` date, or retire the KPI',
  };
}

function missingOwner({kpi}: ComputedKpi, {registry}: LintContext): Problem | undefined {
  if (kpi.owner) return undefined;
  const owner = registry.areas.find((area) => area.id === kpi.area)?.owner;
  return {
    ...at(kpi.source),
    message: `KPI "${kpi.id}" has no owner`,
    expected: 'an `owner`: the person or role who answers for this KPI',
    ...(owner && {hint: `the area is owned by ${owner}; name them with \`owner: ${owner}\` if they own this KPI too`}),
  };
}

function missingDataSource({kpi}: ComputedKpi): Problem | undefined {
  if (kpi.data || kpi.metric || kpi.query) return undefined;
  return {
    ...at(kpi.source),
    message: `KPI "${kpi.id}" has no data source`,
    expected: '`data:` naming a series file (CSV, JSON or YAML) in the KPI folder',
    hint: 'record its measurements in a file such as `data/' + kpi.id + '.csv` with `date,value` columns',
  };
}

function staleSeries({kpi, values}: ComputedKpi, {asOf}: LintContext): Problem | undefined {
  if (!values.stale) return undefined;
  return {
    ...at(kpi.source),
    message: `the data of KPI "${kpi.id}" is stale: the latest ${kpi.cadence} point is from ${values.latest!.date}`,
    expected: `a point no older than two ${cadencePeriod(kpi)}s before ${asOf}`,
    hint: `add recent measurements to ${kpi.data ?? 'its series file'}, or change \`cadence\` if it is measured less often`,
  };
}

function uncitedKpi({kpi}: ComputedKpi, {cited}: LintContext): Problem | undefined {
  if (!cited || cited.has(kpi.id)) return undefined;
  return {
    ...at(kpi.source),
    message: `no page cites KPI "${kpi.id}"`,
    expected: 'a card (`::kpi{#' + kpi.id + '}`) or a reference (`:kpi[' + kpi.id + ']`) in a docs, blog or pages file',
    hint: 'put its card on the handbook page it belongs to, or retire the KPI',
  };
}

function cadencePeriod(kpi: KpiDefinition): string {
  return CADENCE_PERIODS[kpi.cadence];
}

/** Every rule, keyed by its name in the `lints` option. A new rule is one function and one entry here. */
export const LINT_RULE_CHECKS: Readonly<Record<LintRule, LintRuleCheck>> = {
  maxKpisPerArea: {scope: 'area', check: maxKpisPerArea},
  missingTarget: {scope: 'kpi', check: missingTarget},
  targetPastDue: {scope: 'kpi', check: targetPastDue},
  missingOwner: {scope: 'kpi', check: missingOwner},
  missingDataSource: {scope: 'kpi', check: missingDataSource},
  staleSeries: {scope: 'kpi', check: staleSeries},
  uncitedKpi: {scope: 'kpi', check: uncitedKpi},
};
