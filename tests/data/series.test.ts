import {describe, expect, it} from 'vitest';
import {SERIES_EXTENSIONS, seriesSourceFor} from '../../src/data/series';
import {csvSource} from '../../src/data/series/csv';
import {jsonSource} from '../../src/data/series/json';
import {yamlSource} from '../../src/data/series/yaml';
import type {ValueKind} from '../../src/data/series/types';
import {lines} from './tempSite';

const file = 'kpis/data/a.csv';
const csv = (text: string, valueKind: ValueKind = 'number') => csvSource.parse({text, file, valueKind});
const json = (text: string, valueKind: ValueKind = 'number') => jsonSource.parse({text, file: 'kpis/data/a.json', valueKind});
const yaml = (text: string, valueKind: ValueKind = 'number') => yamlSource.parse({text, file: 'kpis/data/a.yml', valueKind});

describe('choosing a source', () => {
  it('goes by extension, in any case', () => {
    expect(seriesSourceFor('data/a.CSV')?.name).toBe('CSV');
    expect(seriesSourceFor('data/a.json')?.name).toBe('JSON');
    expect(seriesSourceFor('data/a.yaml')?.name).toBe('YAML');
    expect(seriesSourceFor('data/a.xlsx')).toBeUndefined();
    expect(SERIES_EXTENSIONS).toEqual(['.csv', '.json', '.yml', '.yaml']);
  });
});

describe('CSV series', () => {
  it('reads columns in any order and a note', () => {
    expect(csv(lines('value,date,note', '12,2026-01,ok', '13,2026-02,'))).toEqual({
      points: [
        {date: '2026-01-01', value: 12, note: 'ok'},
        {date: '2026-02-01', value: 13},
      ],
      problems: [],
    });
  });

  it('counts lines after a byte order mark and CRLF line ends', () => {
    const {problems} = csv('\uFEFFdate,value\r\n2026-01,1\r\n\r\n2026-02,two\r\n');
    expect(problems).toMatchObject([{line: 4, column: 2, message: '"two" is not a number'}]);
  });

  it.each([
    ['after empty lines', lines('', '  ', 'date,value', '2026-01,1', '2026-02,x'), 5],
    ['quoted', lines('"date","value"', '2026-01,1', '2026-02,x'), 3],
    ['padded', lines(' date , value ', '2026-01,1', '2026-02,x'), 3],
  ])('reads a header written %s', (_name, text, badLine) => {
    const {points, problems} = csv(text);
    expect(points[0]).toEqual({date: '2026-01-01', value: 1});
    expect(problems).toMatchObject([{line: badLine, message: '"x" is not a number'}]);
  });

  it('counts lines of a note that spans several', () => {
    const {problems} = csv(lines('date,value,note', '2026-01,1,"two', 'lines"', '2026-02,x,'));
    expect(problems).toMatchObject([{line: 4, column: 2, message: '"x" is not a number'}]);
  });

  it('reports an empty file', () => {
    expect(csv('').problems).toEqual([
      {
        file,
        line: 1,
        column: 1,
        message: 'the file is empty',
        expected: 'a first line "date,value" or "date,value,note", then one line per period',
      },
    ]);
  });

  it('reports an unknown column with did-you-mean, and the missing one', () => {
    expect(csv(lines('date,vale', '2026-01,1')).problems).toMatchObject([
      {file, line: 1, column: 2, message: 'unknown column "vale"', hint: 'did you mean "value"?'},
      {file, line: 1, column: 1, message: 'the header has no "value" column'},
    ]);
  });

  it('reports a column named twice', () => {
    expect(csv(lines('date,value,date')).problems).toMatchObject([{line: 1, column: 3, message: 'column "date" appears twice'}]);
  });

  it('reports a percent sign with a hint', () => {
    const [problem] = csv(lines('date,value', '2026-01,45%')).problems;
    expect(problem).toMatchObject({file, line: 2, column: 2, message: '"45%" is not a number', expected: 'a number, like 12 or 3.5'});
    expect(problem!.hint).toContain('`unit: percent`');
  });

  it('reports thousands separators with a hint', () => {
    const [problem] = csv(lines('date,value', '2026-01,"1,234"')).problems;
    expect(problem).toMatchObject({line: 2, column: 2, message: '"1,234" is not a number'});
    expect(problem!.hint).toContain('without thousands separators');
  });

  it('reports a currency sign with a hint', () => {
    const [problem] = csv(lines('date,value', '2026-01,$12')).problems;
    expect(problem!.hint).toContain('currency:USD');
  });

  it('reports a missing value', () => {
    expect(csv(lines('date,value', '2026-01,')).problems).toMatchObject([
      {line: 2, column: 2, message: 'line 2 has no value', expected: 'a number'},
    ]);
  });

  it('reports a date that is not a date', () => {
    expect(csv(lines('date,value', '01/02/2026,3')).problems).toMatchObject([
      {line: 2, column: 1, message: '"01/02/2026" is not a date', expected: 'a date like 2026-01-31, or a month like 2026-01'},
    ]);
  });

  it('reports a day the calendar does not have', () => {
    expect(csv(lines('date,value', '2026-02-29,3', '2024-02-29,3')).problems).toMatchObject([
      {line: 2, column: 1, message: '"2026-02-29" is not a day of the calendar'},
    ]);
  });

  it('reports the same date twice, naming both lines', () => {
    expect(csv(lines('date,value', '2026-01,1', '2026-01-01,2')).problems).toMatchObject([
      {line: 3, column: 1, message: '2026-01-01 appears twice, on line 2 and line 3', expected: 'one point per date'},
    ]);
  });

  it('reports dates out of order, naming both lines', () => {
    expect(csv(lines('date,value', '2026-03,1', '', '2026-02,2')).problems).toMatchObject([
      {
        line: 4,
        column: 1,
        message: 'line 4 (2026-02-01) is earlier than line 2 above it (2026-03-01)',
        expected: 'points in date order, oldest first',
      },
    ]);
  });

  it('accepts rows that leave out a trailing note', () => {
    expect(csv(lines('date,value,note', '2026-01,1', '2026-02,2,late')).points).toEqual([
      {date: '2026-01-01', value: 1},
      {date: '2026-02-01', value: 2, note: 'late'},
    ]);
  });

  it('reports a missing column', () => {
    expect(csv(lines('date,note,value', '2026-01,1')).problems).toMatchObject([
      {line: 2, column: 3, message: 'line 2 has 2 fields, but the header has 3 columns', expected: '3 fields: date,note,value'},
    ]);
  });

  it('reports an extra column, suggesting quotes', () => {
    const [problem] = csv(lines('date,value,note', '2026-01,1,late, again')).problems;
    expect(problem).toMatchObject({line: 2, column: 4, message: 'line 2 has 4 fields, but the header has 3 columns'});
    expect(problem!.hint).toContain('double quotes');
  });

  it('reports a quote that is never closed', () => {
    const [problem] = csv(lines('date,value,note', '2026-01,1,"late')).problems;
    expect(problem).toMatchObject({file, line: 2});
    expect(problem!.message).toMatch(/^the CSV cannot be read: Quote Not Closed/);
  });

  it('keeps text values of a qualitative KPI', () => {
    expect(csv(lines('date,value', '2026-01,Healthy', '2026-02,45%'), 'text').points).toEqual([
      {date: '2026-01-01', value: 'Healthy'},
      {date: '2026-02-01', value: '45%'},
    ]);
  });

  it('keeps the good points next to the bad ones', () => {
    const result = csv(lines('date,value', '2026-01,1', '2026-02,x', '2026-03,3'));
    expect(result.points.map((point) => point.value)).toEqual([1, 3]);
    expect(result.problems).toHaveLength(1);
  });
});

describe('JSON series', () => {
  it('reports invalid JSON where Node found it', () => {
    expect(json('[\n  {"date": "2026-01", "value": 1}\n  {"date": "2026-02", "value": 2}\n]').problems).toMatchObject([
      {file: 'kpis/data/a.json', line: 3, column: 3, message: "invalid JSON: Expected ',' or ']' after array element"},
    ]);
  });

  it('reports a file that is not a list', () => {
    expect(json('{"date": "2026-01", "value": 1}').problems).toMatchObject([
      {line: 1, column: 1, message: 'the series is not a list of points'},
    ]);
  });

  it('reports a value written as text, on its line', () => {
    expect(json('[\n  {"date": "2026-01", "value": "12"}\n]').problems).toMatchObject([
      {line: 2, column: 32, message: '"12" is not a number', hint: 'remove the quotes: 12'},
    ]);
  });

  it('reports a point without a date', () => {
    expect(json('[{"value": 1}]').problems).toMatchObject([{line: 1, column: 2, message: 'missing `date`'}]);
  });

  it('reports a point that is not a mapping', () => {
    expect(json('[12]').problems).toMatchObject([{line: 1, column: 2, message: 'an item must be a mapping, not 12'}]);
  });

  it('reports dates out of order by line', () => {
    expect(json('[\n{"date": "2026-02", "value": 1},\n{"date": "2026-01", "value": 2}\n]').problems).toMatchObject([
      {line: 3, column: 10, message: 'line 3 (2026-01-01) is earlier than line 2 above it (2026-02-01)'},
    ]);
  });
});

describe('YAML series', () => {
  it('reads points', () => {
    expect(yaml(lines('- { date: 2026-01, value: 1.5 }', '- date: 2026-02-28', '  value: -2')).points).toEqual([
      {date: '2026-01-01', value: 1.5},
      {date: '2026-02-28', value: -2},
    ]);
  });

  it('reports a syntax error', () => {
    expect(yaml(lines('- { date: 2026-01, value: 1', '- x')).problems[0]).toMatchObject({file: 'kpis/data/a.yml', line: 2});
  });

  it('reports a value that is not finite', () => {
    expect(yaml(lines('- { date: 2026-01, value: .inf }')).problems).toMatchObject([
      {line: 1, column: 27, message: 'Infinity is not a finite number'},
    ]);
  });

  it('reports a date YAML reads as a number', () => {
    expect(yaml(lines('- { date: 202601, value: 1 }')).problems).toMatchObject([{line: 1, column: 11, message: '202601 is not a date'}]);
  });

  it('reports an unknown field with did-you-mean', () => {
    expect(yaml(lines('- date: 2026-01', '  value: 1', '  notes: late')).problems).toMatchObject([
      {line: 3, column: 3, message: 'unknown field `notes`', hint: 'did you mean "note"?'},
    ]);
  });
});
