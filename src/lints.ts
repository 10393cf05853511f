import logger from '@docusaurus/logger';
import type {ComputedKpi} from './content';
import {KpiUserError, type Problem, formatProblem} from './errors';
import type {KpiDirectiveUse} from './scan';
import type {KpiDefinition, Registry, SourcePosition} from './types';

/**
 * Advice on the shape of a KPI registry: nothing here stops a site from
 * building unless the user makes a rule an error. Rule names are the keys of
 * the `lints` option.
 */
export const LINT_RULES = [
  'maxKpisPerArea',
  'missingTarget',
  'targetPastDue',
  'missingOwner',
  'missingDataSource',
  'staleSeries',
  'uncitedKpi',
] as const;

export type LintRule = (typeof LINT_RULES)[number];
export type LintLevel = 'off' | 'warn' | 'error';
export type LintLevels = Record<LintRule, LintLevel>;

export const DEFAULT_LINT_LEVELS: LintLevels = Object.fromEntries(LINT_RULES.map((rule) => [rule, 'warn'])) as LintLevels;

export const DEFAULT_MAX_KPIS_PER_AREA = 4;

export interface LintConfig {
  /** Level of each rule; rules left out are warnings. */
  lints?: Partial<LintLevels>;
  /** Most KPIs an area should have (default 4). */
  maxKpisPerArea?: number;
  /** ISO date targets are judged at; should be the date `computed` was computed at. */
  asOf: string;
}

export interface LintResult {
  severity: 'warn' | 'error';
  rule: LintRule;
  problem: Problem;
}

type Finding = [rule: LintRule, problem: Problem];

/**
 * Every lint finding for the registry, in registry order (areas, then KPIs).
 * `uses` are the directives found in the site's pages; leave it undefined when
 * pages were not scanned, and `uncitedKpi` is skipped. Pure.
 */
export function runLints(
  registry: Registry,
  computed: readonly ComputedKpi[],
  uses: readonly KpiDirectiveUse[] | undefined,
  config: LintConfig,
): LintResult[] {
  const levels: LintLevels = {...DEFAULT_LINT_LEVELS, ...config.lints};
  const max = config.maxKpisPerArea ?? DEFAULT_MAX_KPIS_PER_AREA;
  const cited = uses && new Set(uses.filter((use) => use.kind !== 'index' && use.target !== undefined).map((use) => use.target!));
  const areaOwner = new Map(registry.areas.map((area) => [area.id, area.owner]));

  const findings: Finding[] = [];
  for (const area of registry.areas) {
    const kpis = registry.kpis.filter((kpi) => kpi.area === area.id);
    if (kpis.length > max) {
      findings.push([
        'maxKpisPerArea',
        {
          ...at(area.source),
          message: `area "${area.id}" has ${kpis.length} KPIs, more than ${max}`,
          expected: `at most ${max} KPIs per area (option \`maxKpisPerArea\`)`,
          hint: `three or four at most keep attention on what matters; merge, drop or demote some of: ${kpis.map((kpi) => kpi.id).join(', ')}`,
        },
      ]);
    }
  }
  for (const {kpi, values} of computed) {
    const where = at(kpi.source);
    if (kpi.unit !== 'text' && kpi.targets.length === 0) {
      findings.push([
        'missingTarget',
        {
          ...where,
          message: `KPI "${kpi.id}" has no target`,
          expected: 'a quantitative KPI with at least one target: `targets: [{value: …, by: YYYY-MM-DD}]`',
          hint: 'without a target its status cannot be judged; add the value you aim for and when',
        },
      ]);
    }
    const lastDue = kpi.targets.at(-1)?.by;
    if (lastDue !== undefined && lastDue < config.asOf) {
      findings.push([
        'targetPastDue',
        {
          ...where,
          message: `every target of KPI "${kpi.id}" is past due (the last was due ${lastDue})`,
          expected: `a target due on or after ${config.asOf}`,
          hint: 'add the next target with a later `by` date, or retire the KPI',
        },
      ]);
    }
    if (!kpi.owner) {
      const owner = areaOwner.get(kpi.area);
      findings.push([
        'missingOwner',
        {
          ...where,
          message: `KPI "${kpi.id}" has no owner`,
          expected: 'an `owner`: the person or role who answers for this KPI',
          ...(owner && {hint: `the area is owned by ${owner}; name them with \`owner: ${owner}\` if they own this KPI too`}),
        },
      ]);
    }
    if (!kpi.data) {
      findings.push([
        'missingDataSource',
        {
          ...where,
          message: `KPI "${kpi.id}" has no data source`,
          expected: '`data:` naming a series file (CSV, JSON or YAML) in the KPI folder',
          hint: 'record its measurements in a file such as `data/' + kpi.id + '.csv` with `date,value` columns',
        },
      ]);
    }
    if (values.stale) {
      findings.push([
        'staleSeries',
        {
          ...where,
          message: `the data of KPI "${kpi.id}" is stale: the latest ${kpi.cadence} point is from ${values.latest!.date}`,
          expected: `a point no older than two ${cadencePeriod(kpi.cadence)}s before ${config.asOf}`,
          hint: `add recent measurements to ${kpi.data ?? 'its series file'}, or change \`cadence\` if it is measured less often`,
        },
      ]);
    }
    if (cited && !cited.has(kpi.id)) {
      findings.push([
        'uncitedKpi',
        {
          ...where,
          message: `no page cites KPI "${kpi.id}"`,
          expected: 'a card (`::kpi{#' + kpi.id + '}`) or a reference (`:kpi[' + kpi.id + ']`) in a docs, blog or pages file',
          hint: 'put its card on the handbook page it belongs to, or retire the KPI',
        },
      ]);
    }
  }

  return findings.flatMap(([rule, problem]) => {
    const level = levels[rule];
    return level === 'off' ? [] : [{severity: level, rule, problem}];
  });
}

function at(source: SourcePosition): Pick<Problem, 'file' | 'line' | 'column'> {
  return {file: source.file, line: source.line, column: source.column};
}

function cadencePeriod(cadence: KpiDefinition['cadence']): string {
  return {daily: 'day', weekly: 'week', monthly: 'month', quarterly: 'quarter', yearly: 'year'}[cadence];
}

/** A finding as a problem whose message names its rule, for printed reports. */
export function lintProblem(result: LintResult): Problem {
  return {...result.problem, message: `${result.problem.message} [${result.rule}]`};
}

/**
 * Prints warnings as one block with the Docusaurus logger, then throws a
 * `KpiUserError` listing the errors, if any.
 */
export function reportLints(results: readonly LintResult[]): void {
  const warnings = results.filter((result) => result.severity === 'warn').map(lintProblem);
  const errors = results.filter((result) => result.severity === 'error').map(lintProblem);
  if (warnings.length > 0) {
    logger.warn(
      `KPI lint warnings (${warnings.length}); turn rules off or into errors with the \`lints\` option:\n\n${warnings.map(formatProblem).join('\n\n')}\n`,
    );
  }
  if (errors.length > 0) throw new KpiUserError(errors, 'KPI lint errors (rules set to "error" in the `lints` option)');
}
