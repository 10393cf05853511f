import {digits} from '../shared/digits';
import type {Cadence} from '../types';

/** Calendar arithmetic on ISO `YYYY-MM-DD` strings, in UTC so results never depend on the machine's zone. */

const DAY_MS = 86_400_000;

export function parseIsoDate(date: string): number {
  // Date.UTC on the digits is several times faster than parsing the string, and this runs for every
  // point; it reads years below 100 as 19xx, which Date.parse does not.
  const year = digits(date, 0, 4);
  if (year < 100) return Date.parse(`${date}T00:00:00Z`);
  return Date.UTC(year, digits(date, 5, 7) - 1, digits(date, 8, 10));
}

export function toIsoDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** `date` moved forward by `count` cadence periods (months clamp to the month's end, as a calendar does). */
export function addPeriods(date: string, cadence: Cadence, count: number): string {
  const time = parseIsoDate(date);
  switch (cadence) {
    case 'daily':
      return toIsoDate(time + count * DAY_MS);
    case 'weekly':
      return toIsoDate(time + count * 7 * DAY_MS);
    case 'monthly':
      return addMonths(date, count);
    case 'quarterly':
      return addMonths(date, 3 * count);
    case 'yearly':
      return addMonths(date, 12 * count);
  }
}

function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const monthIndex = month - 1 + months;
  const targetYear = year + Math.floor(monthIndex / 12);
  const targetMonth = ((monthIndex % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  return toIsoDate(Date.UTC(targetYear, targetMonth, Math.min(day, lastDay)));
}

/** Today in UTC, as the default `asOf`. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
