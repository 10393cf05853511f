import {describe, expect, it} from 'vitest';
import {csvField, seriesToCsv} from '../../src/output/csv';
import {csvSource} from '../../src/data/series/csv';
import type {SeriesPoint} from '../../src/types';

const read = (text: string, valueKind: 'number' | 'text' = 'number') => csvSource.parse({text, file: 'kpis/data/a.csv', valueKind});

describe('seriesToCsv', () => {
  it('writes date and value with a header line and CRLF line ends', () => {
    expect(
      seriesToCsv([
        {date: '2025-01-31', value: 18},
        {date: '2025-02-28', value: 16.5},
      ]),
    ).toBe('date,value\r\n2025-01-31,18\r\n2025-02-28,16.5\r\n');
  });

  it('adds the note column when some point has a note', () => {
    expect(
      seriesToCsv([
        {date: '2025-01-31', value: 18},
        {date: '2025-02-28', value: 16, note: 'New supplier'},
      ]),
    ).toBe('date,value,note\r\n2025-01-31,18,\r\n2025-02-28,16,New supplier\r\n');
  });

  it('quotes notes with commas, quotes, line breaks or outer spaces, doubling quotes', () => {
    const csv = seriesToCsv([
      {date: '2025-01-31', value: 1, note: 'late, then early'},
      {date: '2025-02-28', value: 2, note: 'the "big" release'},
      {date: '2025-03-31', value: 3, note: 'two\nlines'},
      {date: '2025-04-30', value: 4, note: ' padded '},
    ]);
    expect(csv).toBe(
      'date,value,note\r\n' +
        '2025-01-31,1,"late, then early"\r\n' +
        '2025-02-28,2,"the ""big"" release"\r\n' +
        '2025-03-31,3,"two\nlines"\r\n' +
        '2025-04-30,4," padded "\r\n',
    );
  });

  it('writes numbers as stored, without locale formatting or unit', () => {
    expect(
      seriesToCsv([
        {date: '2025-01-31', value: 1234567.891},
        {date: '2025-02-28', value: -0.5},
      ]),
    ).toBe('date,value\r\n2025-01-31,1234567.891\r\n2025-02-28,-0.5\r\n');
  });

  it('writes the text of qualitative values, quoted when needed', () => {
    expect(seriesToCsv([{date: '2025-01-31', value: 'Good, improving'}])).toBe('date,value\r\n2025-01-31,"Good, improving"\r\n');
  });

  it('is just the header for an empty series', () => {
    expect(seriesToCsv([])).toBe('date,value\r\n');
  });

  it('reads back to the same series with the plugin’s own CSV reader', () => {
    const points: SeriesPoint[] = [
      {date: '2025-01-31', value: 18, note: 'a, "b"'},
      {date: '2025-02-28', value: 16.25},
      {date: '2025-03-31', value: 1e21, note: 'line one\nline two'},
      {date: '2025-04-30', value: 0.000001, note: ' padded '},
    ];
    const result = read(seriesToCsv(points));
    expect(result.problems).toEqual([]);
    expect(result.points).toEqual(points);
    const text: SeriesPoint[] = [{date: '2025-01-31', value: 'Good, "mostly"'}];
    expect(read(seriesToCsv(text), 'text').points).toEqual(text);
  });
});

describe('csvField', () => {
  it('leaves plain fields alone', () => {
    expect(csvField('2025-01-31')).toBe('2025-01-31');
    expect(csvField('New supplier')).toBe('New supplier');
    expect(csvField('')).toBe('');
  });
});

describe('the series download guards against spreadsheet formulas', () => {
  it.each(['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tlead'])('quotes and prefixes a note starting %j', (note) => {
    const line = seriesToCsv([{date: '2025-01-31', value: 1, note}]).split('\r\n')[1]!;
    expect(line).toBe(`2025-01-31,1,"'${note}"`);
  });

  it('leaves negative numbers as numbers', () => {
    expect(seriesToCsv([{date: '2025-01-31', value: -3}])).toBe('date,value\r\n2025-01-31,-3\r\n');
  });
});
