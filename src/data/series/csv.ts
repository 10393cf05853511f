import {CsvError, parse} from 'csv-parse/sync';
import {didYouMean, type Problem} from '../../shared/errors';
import type {SeriesPoint} from '../../types';
import {normalizeDate} from '../dates';
import {toSeriesPoints, type RawPoint} from './points';
import type {SeriesInput, SeriesParseResult, SeriesSource, ValueKind} from './types';
import {plainNumber} from './values';

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
    // every record), and so does its `trim` option; only problems show lines, and few files have
    // padded fields. A file is read quickly first, and read again carefully only when that pass
    // finds a problem or a padded field.
    const quick = parseCsv(input, 'quick');
    return quick.problems.length === 0 && !quick.readAgain ? quick : parseCsv(input, 'careful');
  },
};

/**
 * `careful` reads line numbers and trims fields outside quotes; `quick` does neither, and only
 * says that the file must be read again carefully (`readAgain`) when a record has a problem or a
 * field with space around it, where the two would differ.
 */
function parseCsv({text, file, valueKind}: SeriesInput, pass: 'quick' | 'careful'): SeriesParseResult & {readAgain?: boolean} {
  const withLines = pass === 'careful';
  const read = readRows(text, file, withLines);
  if ('problem' in read) return {points: [], problems: [read.problem]};
  const {header, records, lines} = read;
  if (!header) {
    return {points: [], problems: [{file, line: 1, column: 1, message: 'the file is empty', expected: HEADER_EXPECTED}]};
  }
  const columns = header.record.map((name) => name.toLowerCase());
  const headerProblems = checkHeader(columns, header.info.lines, file);
  if (headerProblems.length > 0) return {points: [], problems: headerProblems};

  const fields = {date: columns.indexOf('date'), value: columns.indexOf('value'), note: columns.indexOf('note')};
  if (!lines) {
    const points = quickPoints(records, columns, fields, valueKind);
    return points ? {points, problems: []} : {points: [], problems: [], readAgain: true};
  }
  const problems: Problem[] = [];
  const raws: RawPoint[] = [];
  records.forEach((record, index) => {
    const line = startLine(record, lines[index]!);
    if (!hasRequiredFields(record, columns)) {
      problems.push(columnCountProblem(record.length, columns, file, line));
      return;
    }
    // Absent columns (`note`) and left-out trailing notes read as undefined.
    raws.push({
      label: `line ${line}`,
      at: {point: {line, column: 1}, date: {line, column: fields.date + 1}, value: {line, column: fields.value + 1}},
      date: record[fields.date],
      value: record[fields.value],
      note: fields.note < 0 ? undefined : record[fields.note],
      valueIsText: true,
    });
  });
  const checked = toSeriesPoints(raws, file, valueKind);
  return {points: checked.points, problems: [...problems, ...checked.problems]};
}

/**
 * The points of records that are all as they should be (fields filled and
 * unpadded, real dates in increasing order, values of the right kind), built
 * as they are read; undefined at the first record that is not, which the
 * careful pass then explains with its line and column. Most files are fine,
 * and this spares them the positions and checks kept for problems.
 */
function quickPoints(
  records: string[][],
  columns: string[],
  fields: {date: number; value: number; note: number},
  valueKind: ValueKind,
): SeriesPoint[] | undefined {
  const points: SeriesPoint[] = [];
  let previous = '';
  for (const record of records) {
    if (!hasRequiredFields(record, columns) || hasPaddedField(record)) return undefined;
    const date = normalizeDate(record[fields.date]);
    if (!('date' in date) || date.date <= previous) return undefined;
    const written = record[fields.value]!;
    const value = valueKind === 'text' ? written || undefined : plainNumber(written);
    if (value === undefined) return undefined;
    const note = fields.note < 0 ? undefined : record[fields.note];
    points.push(note ? {date: date.date, value, note} : {date: date.date, value});
    previous = date.date;
  }
  return points;
}

interface CsvRows {
  header?: CsvRow;
  /** The records after the header. */
  records: string[][];
  /** With `withLines`, the line each record ends on. */
  lines?: number[];
}

function readRows(text: string, file: string, withLines: boolean): CsvRows | {problem: Problem} {
  // One line-end style, so csv-parse's line counts match what an editor shows.
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  // csv-parse builds an error object for every record whose field count differs from the first
  // record's, even with `relax_column_count` (every row with a note after rows without one); without
  // stack traces they cost next to nothing, and no stack of a CSV error is ever shown.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    // With `info: true` each record comes with its line number; the typings do not model that.
    const options = {info: true, relax_column_count: true, skip_empty_lines: true, trim: true} as const;
    // The header is read on its own, so that rows are counted against it, not against the first row.
    const [header] = parse(plainFirstLine(normalized) ?? normalized, {...options, to: 1}) as unknown as CsvRow[];
    if (!header) return {records: []};
    const from_line = header.info.lines + 1;
    if (!withLines) {
      return {header, records: parse(normalized, {...options, info: false, trim: false, from_line})};
    }
    const rows = parse(normalized, {...options, from_line}) as unknown as CsvRow[];
    return {header, records: rows.map((row) => row.record), lines: rows.map((row) => row.info.lines)};
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
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

/**
 * The first line, when it holds the whole header: filled and without quotes
 * (a quoted name may hold a line break). Reading the header from it spares
 * csv-parse a copy of the whole file (it stops after the header either way).
 */
function plainFirstLine(text: string): string | undefined {
  const end = text.indexOf('\n');
  const line = end < 0 ? text : text.slice(0, end);
  return line.trim() !== '' && !line.includes('"') ? line : undefined;
}

/** csv-parse counts lines up to the end of a record; a quoted note may span several. */
function startLine(record: string[], endLine: number): number {
  const breaks = record.reduce((count, field) => count + field.split('\n').length - 1, 0);
  return endLine - breaks;
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
  // A loop, not slice().every(): this runs for every row.
  for (let index = record.length; index < columns.length; index++) {
    if (REQUIRED_COLUMNS.includes(columns[index]!)) return false;
  }
  return true;
}

function hasPaddedField(record: string[]): boolean {
  for (const field of record) if (field !== field.trim()) return true;
  return false;
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
