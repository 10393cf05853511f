import type {SeriesPoint} from '../types';

/** A CSV field's value: numbers and booleans are written as they are, null as an empty field. */
export type CsvValue = string | number | boolean | null;

// A spreadsheet runs a text cell that starts with one of these as a formula.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One RFC 4180 field. Text a spreadsheet would run as a formula is quoted and
 * prefixed with `'`, which spreadsheets show as text; a field with a comma, a
 * quote, a line break, or leading or trailing spaces (which readers trim from
 * unquoted fields) is quoted, its quotes doubled.
 */
export function csvField(value: CsvValue): string {
  if (value === null) return '';
  const text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) return `"'${text.replace(/"/g, '""')}"`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV text with CRLF line ends, the last line ended too. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return `${rows.map((fields) => fields.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/**
 * A series as CSV in the same `date,value[,note]` form the plugin reads, so a
 * downloaded file can go straight back into a registry. The `note` column is
 * there only when some point has a note. Values are written as they are
 * stored: plain numbers (no locale formatting, no unit) or the text of a
 * qualitative KPI.
 */
export function seriesToCsv(points: readonly SeriesPoint[]): string {
  const withNotes = points.some((point) => point.note !== undefined && point.note !== '');
  const header = withNotes ? ['date', 'value', 'note'] : ['date', 'value'];
  const rows = points.map((point) => (withNotes ? [point.date, point.value, point.note ?? ''] : [point.date, point.value]));
  return toCsv([header, ...rows]);
}
