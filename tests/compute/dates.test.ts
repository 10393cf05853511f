import {describe, expect, it} from 'vitest';
import {addPeriods, parseIsoDate, toIsoDate} from '../../src/compute/dates';

const DAY_MS = 86_400_000;

/** Every day from the first of January of `from` to the last of December of `to`, as Date writes it. */
function everyDay(from: number, to: number): string[] {
  const days: string[] = [];
  const end = Date.parse(`${String(to).padStart(4, '0')}-12-31T00:00:00Z`);
  for (let time = Date.parse(`${String(from).padStart(4, '0')}-01-01T00:00:00Z`); time <= end; time += DAY_MS) {
    days.push(new Date(time).toISOString().slice(0, 10));
  }
  return days;
}

// Years below 100, the leap rules of 1900, 2000 and 2100, and the last years ISO dates can write.
const RANGES: [number, number][] = [
  [0, 130],
  [1895, 2105],
  [9870, 9999],
];

describe('parseIsoDate and toIsoDate', () => {
  it.each(RANGES)('read and write every day of %i to %i as Date does', (from, to) => {
    const days = everyDay(from, to);
    const misread = days.filter((date) => parseIsoDate(date) !== Date.parse(`${date}T00:00:00Z`));
    const miswritten = days.filter((date) => toIsoDate(Date.parse(`${date}T00:00:00Z`)) !== date);
    expect({misread, miswritten}).toEqual({misread: [], miswritten: []});
    expect(days.length).toBeGreaterThan(365 * (to - from));
  });

  it('writes the day of a time within it, before 1970 too', () => {
    for (const time of [-1, 1, DAY_MS - 1, -DAY_MS - 1, Date.parse('1969-12-31T23:59:59.999Z'), Date.parse('2024-02-29T12:00:00Z')]) {
      expect(toIsoDate(time)).toBe(new Date(time).toISOString().slice(0, 10));
    }
  });

  it('writes years outside 0000–9999 as toISOString does, and refuses what it refuses', () => {
    for (const date of ['9999-12-31', '0000-01-01']) {
      for (const days of [-400, -1, 0, 1, 400]) {
        const time = parseIsoDate(date) + days * DAY_MS;
        expect(toIsoDate(time)).toBe(new Date(time).toISOString().slice(0, 10));
      }
    }
    expect(toIsoDate(Date.parse('+010000-01-01T00:00:00Z'))).toBe('+010000-01');
    expect(() => toIsoDate(Number.NaN)).toThrow(RangeError);
  });

  it('moves dates by periods across year ends and leap days', () => {
    expect(addPeriods('2023-12-31', 'daily', 1)).toBe('2024-01-01');
    expect(addPeriods('2024-02-28', 'daily', 2)).toBe('2024-03-01');
    expect(addPeriods('2024-02-26', 'weekly', 1)).toBe('2024-03-04');
    expect(addPeriods('0099-12-31', 'daily', 1)).toBe('0100-01-01');
    expect(addPeriods('2024-01-31', 'monthly', 1)).toBe('2024-02-29');
  });
});
