import type {ObjectivePeriod} from '../types';
import {describeValue, normalizeDate} from './dates';

/**
 * The period of an objective as written: a quarter `2026-Q4`, a year `2026`,
 * or `{from: 2026-10-01, to: 2026-12-31}`. Anything else is refused with what
 * would have been right.
 */

export const PERIOD_EXPECTED = 'a quarter like 2026-Q4, a year like 2026, or {from: 2026-10-01, to: 2026-12-31}';

export type PeriodCheck = {period: ObjectivePeriod} | {problem: string; hint?: string};

const QUARTER = /^(\d{4})-Q([1-4])$/;
const YEAR = /^\d{4}$/;

export function parsePeriod(input: unknown): PeriodCheck {
  if (typeof input === 'number' && Number.isInteger(input)) return parsePeriod(String(input));
  if (typeof input === 'string') return parseWrittenPeriod(input.trim());
  if (typeof input === 'object' && input !== null && !Array.isArray(input)) return parseRange(input as Record<string, unknown>);
  return {problem: `${describeValue(input)} is not a period`};
}

function parseWrittenPeriod(written: string): PeriodCheck {
  const quarter = QUARTER.exec(written);
  if (quarter) {
    const year = Number(quarter[1]);
    const first = (Number(quarter[2]) - 1) * 3 + 1;
    return {period: {label: written, from: isoDay(year, first, 1), to: isoDay(year, first + 3, 0)}};
  }
  if (YEAR.test(written)) return {period: {label: written, from: `${written}-01-01`, to: `${written}-12-31`}};
  const near = /^(\d{4})[- ]?[qQ]([0-9]+)$/.exec(written);
  if (near) {
    const hint = Number(near[2]) >= 1 && Number(near[2]) <= 4 ? `did you mean "${near[1]}-Q${near[2]}"?` : 'quarters are Q1 to Q4';
    return {problem: `"${written}" is not a period`, hint};
  }
  if ('date' in normalizeDate(written)) {
    return {problem: `"${written}" is a date, not a period`, hint: `write {from: ${written}, to: …} for a period starting that day`};
  }
  return {problem: `"${written}" is not a period`};
}

function parseRange(range: Record<string, unknown>): PeriodCheck {
  const unknown = Object.keys(range).find((key) => key !== 'from' && key !== 'to');
  if (unknown !== undefined)
    return {problem: `unknown field \`${unknown}\` in the period`, hint: 'a period range has only `from` and `to`'};
  if (range.from === undefined || range.to === undefined) {
    return {problem: `the period has no \`${range.from === undefined ? 'from' : 'to'}\``, hint: 'give both its first and its last day'};
  }
  const from = normalizeDate(range.from);
  const to = normalizeDate(range.to);
  if ('problem' in from) return {problem: `the period's \`from\`: ${from.problem}`};
  if ('problem' in to) return {problem: `the period's \`to\`: ${to.problem}`};
  if (from.date > to.date) return {problem: `the period ends (${to.date}) before it begins (${from.date})`, hint: 'swap `from` and `to`'};
  return {period: {label: `${from.date}/${to.date}`, from: from.date, to: to.date}};
}

/** `day` 0 is the last day of the month before `month`. */
function isoDay(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}
