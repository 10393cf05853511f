import logger from '@docusaurus/logger';
import type {Registry} from '../types';
import {formatProblem} from '../shared/errors';
import {type CheckResult, type CheckRule, printedProblem} from '../checks/runChecks';
import type {KpiDirectiveUse, SourcePage} from '../checks/scan';

/** What `kpi:check` found, and what it looked at. */
export interface CheckReport {
  results: CheckResult[];
  /** Undefined when the KPI files have errors. */
  registry?: Registry;
  pages: SourcePage[];
  uses: KpiDirectiveUse[];
}

/** The JSON form of one result, every key present. */
export function toJsonProblem({severity, rule, problem}: CheckResult) {
  return {
    severity,
    rule,
    file: problem.file,
    line: problem.line ?? null,
    column: problem.column ?? null,
    message: problem.message,
    expected: problem.expected ?? null,
    hint: problem.hint ?? null,
  };
}

const RULE_TITLES: Record<string, string> = {
  registry: 'KPI files',
  directive: 'malformed KPI directives',
  brokenReference: 'broken KPI references',
};

/** The human report: errors then warnings, grouped by rule, with counts. */
export function formatCheckGroups(results: readonly CheckResult[], severity: CheckResult['severity']): string | undefined {
  const chosen = results.filter((result) => result.severity === severity);
  if (chosen.length === 0) return undefined;
  const groups = new Map<CheckRule, CheckResult[]>();
  for (const result of chosen) groups.set(result.rule, [...(groups.get(result.rule) ?? []), result]);
  const blocks = [...groups].map(([rule, group]) => {
    const title = RULE_TITLES[rule] ?? `lint ${rule}`;
    const problems = group.map((result) => formatProblem(printedProblem(result)));
    return `${logger.name(`${title} (${group.length})`)}\n${problems.join('\n')}`;
  });
  return `${chosen.length} ${severity === 'error' ? plural(chosen.length, 'error') : plural(chosen.length, 'warning')}:\n\n${blocks.join('\n\n')}\n`;
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}

export function printCheckReport(report: CheckReport, elapsedMs: number): void {
  const errors = report.results.filter((result) => result.severity === 'error').length;
  const warnings = report.results.length - errors;
  const errorText = formatCheckGroups(report.results, 'error');
  const warningText = formatCheckGroups(report.results, 'warn');
  if (errorText) logger.error(errorText);
  if (warningText) logger.warn(warningText);
  const scope = report.registry
    ? `${report.registry.kpis.length} KPIs in ${report.registry.areas.length} areas, ${report.uses.length} directives in ${report.pages.length} pages`
    : `${report.uses.length} directives in ${report.pages.length} pages`;
  const summary = `${errors} ${plural(errors, 'error')}, ${warnings} ${plural(warnings, 'warning')} (checked ${scope} in ${(elapsedMs / 1000).toFixed(2)}s)`;
  if (errors > 0) logger.error(`KPI check failed: ${summary}`);
  else logger.success(`KPI check passed: ${summary}`);
}
