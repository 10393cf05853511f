/**
 * Dates in data files: `YYYY-MM-DD`, or `YYYY-MM` for a whole month (stored as
 * its first day). Anything else, including days a calendar does not have
 * (2026-02-30), is refused rather than silently shifted by `Date`.
 */

import {digits} from '../shared/digits';

export const DATE_EXPECTED = 'a date like 2026-01-31, or a month like 2026-01';

const DATE = /^\d{4}-\d{2}(?:-\d{2})?$/;

export type DateCheck = {date: string} | {problem: string};

export function normalizeDate(input: unknown): DateCheck {
  if (typeof input !== 'string') {
    return {problem: `${describeValue(input)} is not a date`};
  }
  const written = input.trim();
  if (!DATE.test(written)) return {problem: `"${input}" is not a date`};
  const day = written.length === 10 ? digits(written, 8, 10) : 1;
  if (!isCalendarDay(digits(written, 0, 4), digits(written, 5, 7), day)) {
    return {problem: `"${input}" is not a day of the calendar`};
  }
  return {date: written.length === 10 ? written : `${written}-01`};
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}

/** A value as a non-engineer would recognise it in a message. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'an empty value';
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return `"${value.toISOString()}"`;
  return 'a mapping';
}
