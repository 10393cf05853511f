import {closest, distance} from 'fastest-levenshtein';

/** One thing wrong in a user's files, with enough context to fix it. */
export interface Problem {
  /** Path relative to the site directory. */
  file: string;
  line?: number;
  column?: number;
  /** What is wrong, e.g. `unknown direction "upp"`. */
  message: string;
  /** What would have been right, e.g. `one of up, down, target`. */
  expected?: string;
  /** How to fix it, e.g. `did you mean "up"?`. */
  hint?: string;
}

export function formatProblem(problem: Problem): string {
  const where = [problem.file, problem.line, problem.column].filter((part) => part !== undefined).join(':');
  let text = `${where}: ${problem.message}`;
  if (problem.expected) text += `\n  expected: ${problem.expected}`;
  if (problem.hint) text += `\n  hint: ${problem.hint}`;
  return text;
}

/**
 * An error caused by the user's content, not by the plugin. Its stack is only
 * its message, so Docusaurus prints the problems and no stack trace.
 */
export class KpiUserError extends Error {
  declare readonly problems: Problem[];

  constructor(problems: Problem[], intro = 'docusaurus-plugin-kpi found problems in your KPI content') {
    const list = problems.map(formatProblem).join('\n\n');
    super(`${intro} (${problems.length}):\n\n${list}\n`);
    // Not enumerable, so that Node's error printing shows the message only.
    Object.defineProperty(this, 'problems', {value: problems, enumerable: false});
    this.stack = this.message;
  }
}
KpiUserError.prototype.name = 'KpiUserError';

/** Throws one `KpiUserError` for all problems, if there are any. */
export function throwIfProblems(problems: Problem[], intro?: string): void {
  if (problems.length > 0) throw new KpiUserError(problems, intro);
}

/** `did you mean "x"?` for a near miss among `candidates`, or undefined. */
export function didYouMean(input: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(input, candidates as string[]);
  const threshold = Math.max(2, Math.floor(input.length / 3));
  return distance(input, best) <= threshold ? `did you mean "${best}"?` : undefined;
}

/** Plugin options that fail validation: the messages only, no stack trace and no options object. */
export class KpiOptionsError extends Error {
  constructor(details: string) {
    super(`docusaurus-plugin-kpi: invalid options: ${details}`);
    this.stack = this.message;
  }
}
KpiOptionsError.prototype.name = 'KpiOptionsError';
