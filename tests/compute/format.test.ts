import {describe, expect, it} from 'vitest';
import {createValueFormatter} from '../../src/compute/format';

describe('createValueFormatter', () => {
  it('formats durations with Intl units', () => {
    const days = createValueFormatter('days', 'en-US');
    expect(days.value(9)).toBe('9 days');
    expect(days.value(1)).toBe('1 day');
    expect(days.change(-2)).toBe('-2 days');
    expect(days.change(0)).toBe('0 days');
    expect(createValueFormatter('hours', 'en-US').value(3.25)).toBe('3.3 hours');
  });

  it('formats percent values written as numbers, and changes in points', () => {
    const percent = createValueFormatter('percent', 'en-US');
    expect(percent.value(62.5)).toBe('62.5%');
    expect(percent.change(3.2)).toBe('+3.2 pp');
  });

  it('formats currencies', () => {
    expect(createValueFormatter('currency:USD', 'en-US').value(125000)).toBe('$125,000');
    expect(createValueFormatter('currency:USD', 'en-US').value(3.125)).toBe('$3.13');
    expect(createValueFormatter('currency:EUR', 'fr-FR').value(1500)).toBe('1\u202f500\u00a0€');
  });

  it('follows the locale', () => {
    expect(createValueFormatter('count', 'de-DE').value(1234.5)).toBe('1.234,5');
    expect(createValueFormatter('days', 'fr-FR').value(9)).toBe('9\u00a0jours');
    expect(createValueFormatter('count', 'fr-FR').date('2026-10-31')).toBe('31 oct. 2026');
  });

  it('keeps ratios at two decimals and scores as given', () => {
    expect(createValueFormatter('ratio', 'en-US').value(1.5)).toBe('1.50');
    expect(createValueFormatter('score', 'en-US').value(4.25)).toBe('4.25');
  });

  it('passes text through and appends unknown units', () => {
    expect(createValueFormatter('text', 'en-US').value('Mostly yes')).toBe('Mostly yes');
    expect(createValueFormatter('communities', 'en-US').value(42)).toBe('42 communities');
  });

  it('formats relative changes and shares', () => {
    const count = createValueFormatter('count', 'en-US');
    expect(count.relative(-0.1825)).toBe('-18.3%');
    expect(count.share(0.75)).toBe('75%');
  });

  it('formats dates in UTC whatever the machine zone', () => {
    const count = createValueFormatter('count', 'en-US');
    expect(count.date('2026-01-01')).toBe('Jan 1, 2026');
    expect(count.month('2026-10-01')).toBe('Oct 2026');
  });

  it('writes the same strings when it writes them again, zero with its sign, past what it remembers', () => {
    const count = createValueFormatter('count', 'en-US');
    const values = Array.from({length: 25_000}, (_, i) => (i % 2 ? -i : i) / 7);
    const first = values.map((value) => count.value(value));
    expect(values.map((value) => count.value(value))).toEqual(first);
    expect(first[3]).toBe(new Intl.NumberFormat('en-US', {maximumFractionDigits: 2}).format(values[3]!));
    expect([count.value(0), count.value(-0), count.value(0)]).toEqual(['0', '-0', '0']);
    expect([count.date('2026-01-01'), count.date('2026-01-01'), count.month('2026-01-01')]).toEqual([
      'Jan 1, 2026',
      'Jan 1, 2026',
      'Jan 2026',
    ]);
  });
});
