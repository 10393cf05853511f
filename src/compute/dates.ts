import {digits} from '../shared/digits';
import type {Cadence} from '../types';

/** Calendar arithmetic on ISO `YYYY-MM-DD` strings, in UTC so results never depend on the machine's zone. */

const DAY_MS = 86_400_000;

export function parseIsoDate(date: string): number {
  // Arithmetic on the digits rather than a Date: this runs for every point. It gives what
  // Date.parse gives for every year from 0000 to 9999 (Date.UTC would read years below 100 as 19xx).
  return daysFromCivil(digits(date, 0, 4), digits(date, 5, 7), digits(date, 8, 10)) * DAY_MS;
}

export function toIsoDate(time: number): string {
  const [year, month, day] = civilFromDays(Math.floor(time / DAY_MS));
  // toISOString writes years outside 0000–9999 with a sign and six digits (and throws for NaN): leave those to it.
  if (!(year >= 0 && year <= 9999)) return new Date(time).toISOString().slice(0, 10);
  return `${String(year).padStart(4, '0')}-${twoDigits(month)}-${twoDigits(day)}`;
}

/**
 * Days from 1970-01-01 to a day of the proleptic Gregorian calendar, the
 * calendar of Date (H. Hinnant's days_from_civil; years start in March there,
 * so the leap day ends them).
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const marchYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(marchYear / 400);
  const yearOfEra = marchYear - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The year, month and day `days` after 1970-01-01: the inverse of `daysFromCivil` (civil_from_days). */
function civilFromDays(days: number): [number, number, number] {
  const shifted = days + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return [era * 400 + yearOfEra + (month <= 2 ? 1 : 0), month, day];
}

function twoDigits(number: number): string {
  return number < 10 ? `0${number}` : String(number);
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
