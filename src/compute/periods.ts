import type {Cadence} from '../types';
import {parseIsoDate, toIsoDate} from './dates';

/**
 * Period ends of a cadence, in UTC, on ISO `YYYY-MM-DD` strings: weeks end on
 * Sunday (they start on Monday), months, calendar quarters and years on their
 * last day, as the points of computed series are dated.
 */

const DAY_MS = 86_400_000;

/** The latest end of a `cadence` period on or before `date`: `date` itself when it ends one. */
export function periodEndOnOrBefore(date: string, cadence: Cadence): string {
  const time = parseIsoDate(date);
  const day = new Date(time);
  switch (cadence) {
    case 'daily':
      return date;
    case 'weekly':
      // getUTCDay: 0 is Sunday.
      return toIsoDate(time - day.getUTCDay() * DAY_MS);
    case 'monthly':
      return endOnOrBefore(time, day.getUTCFullYear(), day.getUTCMonth(), 1);
    case 'quarterly':
      return endOnOrBefore(time, day.getUTCFullYear(), day.getUTCMonth() - (day.getUTCMonth() % 3) + 2, 3);
    case 'yearly':
      return endOnOrBefore(time, day.getUTCFullYear(), 11, 12);
  }
}

/** The end of the period that ends in `month` (0-based) of `year` if `time` is on or after it, else of the one `months` before. */
function endOnOrBefore(time: number, year: number, month: number, months: number): string {
  const end = Date.UTC(year, month + 1, 0);
  return toIsoDate(end <= time ? end : Date.UTC(year, month + 1 - months, 0));
}

/** The end of the period before the one ending on `end`. */
export function previousPeriodEnd(end: string, cadence: Cadence): string {
  return periodEndOnOrBefore(toIsoDate(parseIsoDate(end) - DAY_MS), cadence);
}

/** The ends of the last `count` periods on or before `asOf`, oldest first. */
export function lastPeriodEnds(asOf: string, cadence: Cadence, count: number): string[] {
  const ends: string[] = [];
  let end = periodEndOnOrBefore(asOf, cadence);
  for (let i = 0; i < count; i++) {
    ends.push(end);
    end = previousPeriodEnd(end, cadence);
  }
  return ends.reverse();
}
