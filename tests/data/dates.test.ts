import {describe, expect, it} from 'vitest';
import {normalizeDate} from '../../src/data/dates';

describe('normalizeDate', () => {
  it('accepts days and months, months as their first day', () => {
    expect(normalizeDate('2026-01-31')).toEqual({date: '2026-01-31'});
    expect(normalizeDate('2026-01')).toEqual({date: '2026-01-01'});
    expect(normalizeDate('2024-02-29')).toEqual({date: '2024-02-29'});
    expect(normalizeDate('2000-02-29')).toEqual({date: '2000-02-29'});
  });

  it('refuses days the calendar does not have', () => {
    for (const date of ['2026-02-29', '1900-02-29', '2026-04-31', '2026-13', '2026-00-10', '2026-01-00']) {
      expect(normalizeDate(date)).toEqual({problem: `"${date}" is not a day of the calendar`});
    }
  });

  it('refuses other shapes and types', () => {
    expect(normalizeDate('2026-1-5')).toEqual({problem: '"2026-1-5" is not a date'});
    expect(normalizeDate('2026-01-31T10:00')).toEqual({problem: '"2026-01-31T10:00" is not a date'});
    expect(normalizeDate(2026)).toEqual({problem: '2026 is not a date'});
    expect(normalizeDate(null)).toEqual({problem: 'an empty value is not a date'});
  });
});
