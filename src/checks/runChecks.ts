import logger from '@docusaurus/logger';
import {KpiUserError, type Problem, formatProblem} from '../shared/errors';
import type {LintRule, ReportingSeverity} from '../shared/vocabulary';
import type {ComputedKpi} from '../compute/registry';
import type {Registry} from '../types';
import type {LintLevels} from '../options';
import {lintProblem, reportLints, runLints} from './lints';
import {findBrokenReferences} from './references';
import type {ScanResult} from './scan';

/** What kind of problem a check found: a lint rule, or one of the checks a build always makes. */
export type CheckRule = LintRule | 'registry' | 'directive' | 'brokenReference';

export interface CheckResult {
  severity: 'warn' | 'error';
  rule: CheckRule;
  problem: Problem;
}

export interface CheckInput {
  /** The loaded registry and its values; undefined when the KPI files have errors. */
  loaded?: {registry: Registry; computed: readonly ComputedKpi[]};
  /** The problems that kept the registry from loading. */
  registryProblems?: readonly Problem[];
  /** The KPI directives of the site's pages. */
  scan: ScanResult;
  onBrokenKpiReferences: ReportingSeverity;
  lints: LintLevels;
  maxKpisPerArea: number;
  asOf: string;
}

/**
 * Every check, in the order a build makes them: KPI files, directives in
 * pages, references to unknown KPIs or areas, then lints. The build and
 * `kpi:check` both call this. Pure.
 */
export function runChecks(input: CheckInput): CheckResult[] {
  const error =
    (rule: CheckRule) =>
    (problem: Problem): CheckResult => ({severity: 'error', rule, problem});
  const results: CheckResult[] = [...(input.registryProblems ?? []).map(error('registry')), ...input.scan.problems.map(error('directive'))];
  if (!input.loaded) return results;
  const {registry, computed} = input.loaded;
  if (input.onBrokenKpiReferences !== 'ignore') {
    const severity = input.onBrokenKpiReferences === 'throw' ? 'error' : 'warn';
    results.push(
      ...findBrokenReferences(input.scan.uses, registry).map((problem): CheckResult => ({severity, rule: 'brokenReference', problem})),
    );
  }
  const lints = runLints(registry, computed, input.scan.uses, input);
  return [...results, ...lints];
}

/**
 * What a build does with the results: malformed directives and broken
 * references set to throw stop it, broken references set to warn and lint
 * warnings are printed, and lint errors stop it after the warnings.
 */
export function reportChecksToBuild(results: readonly CheckResult[]): void {
  const problemsOf = (rule: CheckRule, severity: CheckResult['severity']) =>
    results.filter((result) => result.rule === rule && result.severity === severity).map((result) => result.problem);
  const malformed = problemsOf('directive', 'error');
  if (malformed.length > 0) throw new KpiUserError(malformed, 'Malformed KPI directives');
  const broken = problemsOf('brokenReference', 'error');
  if (broken.length > 0) {
    throw new KpiUserError(broken, 'Broken KPI references (set `onBrokenKpiReferences` to "warn" to build anyway)');
  }
  const brokenWarnings = problemsOf('brokenReference', 'warn');
  if (brokenWarnings.length > 0) logger.warn(`Broken KPI references:\n\n${brokenWarnings.map(formatProblem).join('\n\n')}`);
  reportLints(results.filter(isLintResult));
}

export function isLintResult(result: CheckResult): result is CheckResult & {rule: LintRule} {
  return result.rule !== 'registry' && result.rule !== 'directive' && result.rule !== 'brokenReference';
}

/** A result as printed: lint messages name their rule. */
export function printedProblem(result: CheckResult): Problem {
  return isLintResult(result) ? lintProblem(result) : result.problem;
}
