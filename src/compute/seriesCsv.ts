import type {SeriesPoint} from '../types';

/**
 * A series as CSV (RFC 4180, CRLF line ends) in the same `date,value[,note]`
 * form the plugin reads, so a downloaded file can go straight back into a
 * registry. The `note` column is there only when some point has a note. Values
 * are written as they are stored: plain numbers (no locale formatting, no unit)
 * or the text of a qualitative KPI.
 */
export function seriesToCsv(points: readonly SeriesPoint[]): string {
  const withNotes = points.some((point) => point.note !== undefined && point.note !== '');
  const header = withNotes ? ['date', 'value', 'note'] : ['date', 'value'];
  const rows = points.map((point) => {
    const fields = [point.date, typeof point.value === 'number' ? String(point.value) : point.value];
    if (withNotes) fields.push(point.note ?? '');
    return fields;
  });
  return [header, ...rows].map((fields) => fields.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * Quotes a field that holds a comma, a quote or a line break, doubling its
 * quotes; also one with leading or trailing spaces, which readers (this
 * plugin's among them) trim from unquoted fields.
 */
export function csvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
