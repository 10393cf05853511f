import logger from '@docusaurus/logger';
import {KpiUserError, type Problem, formatProblem} from '../../shared/errors';
import {LINT_RULES, type LintRule} from '../../shared/vocabulary';
import {DEFAULT_LINT_LEVELS, DEFAULT_MAX_KPIS_PER_AREA, type LintLevels} from '../../options';
import type {ComputedKpi} from '../../compute/registry';
import type {KpiDirectiveUse} from '../scan';
import type {Registry} from '../../types';
import {LINT_RULE_CHECKS, type LintContext} from './rules';

/**
 * Advice on the shape of a KPI registry: nothing here stops a site from
 * building unless the user makes a rule an error. Rule names are the keys of
 * the `lints` option; each rule is one function in `./rules`.
 */

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

/**
 * Every lint finding for the registry, in registry order (areas, then KPIs,
 * each in rule order). `uses` are the directives found in the site's pages;
 * leave it undefined when pages were not scanned, and `uncitedKpi` is skipped. Pure.
 */
export function runLints(
  registry: Registry,
  computed: readonly ComputedKpi[],
  uses: readonly KpiDirectiveUse[] | undefined,
  config: LintConfig,
): LintResult[] {
  const levels: LintLevels = {...DEFAULT_LINT_LEVELS, ...config.lints};
  const context: LintContext = {
    registry,
    cited:
      uses &&
      new Set(
        uses.filter((use) => (use.kind === 'card' || use.kind === 'reference') && use.target !== undefined).map((use) => use.target!),
      ),
    maxKpisPerArea: config.maxKpisPerArea ?? DEFAULT_MAX_KPIS_PER_AREA,
    asOf: config.asOf,
  };
  const active = LINT_RULES.filter((rule) => levels[rule] !== 'off');
  const results: LintResult[] = [];
  const add = (rule: LintRule, problem: Problem | undefined) => {
    if (problem) results.push({severity: levels[rule] as LintResult['severity'], rule, problem});
  };
  for (const area of registry.areas) {
    for (const rule of active) {
      const entry = LINT_RULE_CHECKS[rule];
      if (entry.scope === 'area') add(rule, entry.check(area, context));
    }
  }
  for (const kpi of computed) {
    for (const rule of active) {
      const entry = LINT_RULE_CHECKS[rule];
      if (entry.scope === 'kpi') add(rule, entry.check(kpi, context));
    }
  }
  return results;
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
