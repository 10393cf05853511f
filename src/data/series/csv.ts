import {CsvError, parse} from 'csv-parse/sync';
import {didYouMean, type Problem} from '../../errors';
import {toSeriesPoints, type RawPoint} from './points';
import type {SeriesInput, SeriesParseResult, SeriesSource} from './types';

const REQUIRED_COLUMNS = ['date', 'value'];
const COLUMNS = [...REQUIRED_COLUMNS, 'note'];
const HEADER_EXPECTED = 'a first line "date,value" or "date,value,note", then one line per period';

interface CsvRow {
  record: string[];
  info: {lines: number};
}

/** `date,value[,note]` with a header line; problems name the file line and the 1-based column. */
export const csvSource: SeriesSource = {
  name: 'CSV',
  extensions: ['.csv'],
  parse(input: SeriesInput): SeriesParseResult {
    // Line numbers cost csv-parse more than the parse itself (`info: true` copies its counters for
    // every record) and only problems show them: a file is read without them, and again with them
    // only when it has a problem.
    const fast = parseCsv(input, false);
    return fast.problems.length === 0 ? fast : parseCsv(input, true);
  },
};

function parseCsv({text, file, valueKind}: SeriesInput, withLines: boolean): SeriesParseResult {
  const read = readRows(text, file, withLines);
  if ('problem' in read) return {points: [], problems: [read.problem]};
  const [header, ...rows] = read.rows;
  if (!header) {
    return {points: [], problems: [{file, line: 1, column: 1, message: 'the file is empty', expected: HEADER_EXPECTED}]};
  }
  const columns = header.record.map((name) => name.toLowerCase());
  const headerProblems = checkHeader(columns, header.info.lines, file);
  if (headerProblems.length > 0) return {points: [], problems: headerProblems};

  const problems: Problem[] = [];
  const raws: RawPoint[] = [];
  for (const row of rows) {
    const line = withLines ? startLine(row) : 0;
    if (!hasRequiredFields(row.record, columns)) {
      problems.push(columnCountProblem(row.record.length, columns, file, line));
      continue;
    }
    // Absent columns (`note`) and left-out trailing notes read as undefined.
    const field = (name: string) => (columns.includes(name) ? row.record[columns.indexOf(name)] : undefined);
    const at = (name: string) => ({line, column: columns.indexOf(name) + 1});
    raws.push({
      // Positions only serve problems, which the first pass throws away.
      label: withLines ? `line ${line}` : '',
      at: withLines ? {point: {line, column: 1}, date: at('date'), value: at('value')} : {},
      date: field('date'),
      value: field('value'),
      note: field('note'),
      valueIsText: true,
    });
  }
  const checked = toSeriesPoints(raws, file, valueKind);
  return {points: checked.points, problems: [...problems, ...checked.problems]};
}

/** Without `withLines`, rows after the header have line 0: for a first pass whose problems are thrown away. */
function readRows(text: string, file: string, withLines: boolean): {rows: CsvRow[]} | {problem: Problem} {
  // One line-end style, so csv-parse's line counts match what an editor shows.
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  try {
    // With `info: true` each record comes with its line number; the typings do not model that.
    const options = {info: true, relax_column_count: true, skip_empty_lines: true, trim: true} as const;
    // The header is read on its own: csv-parse builds an error object, stack trace included, for every
    // record whose field count differs from the first record's, even with `relax_column_count`. After a
    // "date,value,note" header that was every row leaving out its note (15 times the cost of the parse).
    const [header] = parse(normalized, {...options, to: 1}) as unknown as CsvRow[];
    if (!header) return {rows: []};
    const from_line = header.info.lines + 1;
    const rows = withLines
      ? (parse(normalized, {...options, from_line}) as unknown as CsvRow[])
      : parse(normalized, {...options, info: false, from_line}).map((record: string[]) => ({record, info: {lines: 0}}));
    return {rows: [header, ...rows]};
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return {
      problem: {
        file,
        line: (error as CsvError & {lines?: number}).lines,
        message: `the CSV cannot be read: ${error.message}`,
        hint: 'put a field that holds a comma or a quote in double quotes, and double any quote inside it ("")',
      },
    };
  }
}

/** csv-parse counts lines up to the end of a record; a quoted note may span several. */
function startLine(row: CsvRow): number {
  const breaks = row.record.reduce((count, field) => count + field.split('\n').length - 1, 0);
  return row.info.lines - breaks;
}

function checkHeader(columns: string[], line: number, file: string): Problem[] {
  const problems: Problem[] = [];
  columns.forEach((name, index) => {
    const at = {file, line, column: index + 1};
    if (!COLUMNS.includes(name)) {
      problems.push({...at, message: `unknown column "${name}"`, expected: HEADER_EXPECTED, hint: didYouMean(name, COLUMNS)});
    } else if (columns.indexOf(name) !== index) {
      problems.push({...at, message: `column "${name}" appears twice`, expected: HEADER_EXPECTED});
    }
  });
  for (const name of REQUIRED_COLUMNS) {
    if (!columns.includes(name)) {
      problems.push({file, line, column: 1, message: `the header has no "${name}" column`, expected: HEADER_EXPECTED});
    }
  }
  return problems;
}

/** Every column but `note` filled, and none extra: a row may leave out a trailing note. */
function hasRequiredFields(record: string[], columns: string[]): boolean {
  if (record.length > columns.length) return false;
  return columns.slice(record.length).every((name) => !REQUIRED_COLUMNS.includes(name));
}

function columnCountProblem(count: number, columns: string[], file: string, line: number): Problem {
  const tooMany = count > columns.length;
  return {
    file,
    line,
    column: Math.min(count, columns.length) + 1,
    message: `line ${line} has ${count} field${count === 1 ? '' : 's'}, but the header has ${columns.length} columns`,
    expected: `${columns.length} fields: ${columns.join(',')}`,
    hint: tooMany ? 'put a note that holds a comma in double quotes' : undefined,
  };
}
