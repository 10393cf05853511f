import type {Problem} from '../../shared/errors';
import type {SeriesPoint} from '../../types';
import {DATE_EXPECTED, describeValue, normalizeDate} from '../dates';
import type {Position} from '../yamlSource';
import type {SeriesParseResult, ValueKind} from './types';
import {parseNumberText} from './values';

/** A point as a source read it, before its date and value are checked. */
export interface RawPoint {
  /** How messages name the point: "line 4", or "item 3" when lines are unknown. */
  label: string;
  /** Where the point and each of its fields are written, when known. */
  at: {point?: Position; date?: Position; value?: Position};
  date: unknown;
  value: unknown;
  note?: string;
  /** CSV fields are text whatever they hold; JSON and YAML numbers are numbers already. */
  valueIsText: boolean;
}

/**
 * The checks every source shares: real dates, values of the right kind, one
 * point per date, oldest first.
 */
export function toSeriesPoints(raws: RawPoint[], file: string, valueKind: ValueKind): SeriesParseResult {
  const problems: Problem[] = [];
  const points: SeriesPoint[] = [];
  // The raw point each kept point came from, for messages about a later one.
  const sources: RawPoint[] = [];

  for (const raw of raws) {
    const report = (position: Position | undefined, problem: Omit<Problem, 'file'>) =>
      problems.push({file, ...(position ?? raw.at.point), ...problem});
    const date = normalizeDate(raw.date);
    const value = checkValue(raw, valueKind);
    if ('problem' in date) report(raw.at.date, {message: date.problem, expected: DATE_EXPECTED});
    if ('message' in value) report(raw.at.value, value);
    if ('problem' in date || 'message' in value) continue;

    const previous = points.at(-1);
    // Kept points are in strictly increasing date order, so only a date not after the previous one
    // can repeat an earlier date; searching for it only then keeps the common case to one comparison.
    if (previous && date.date <= previous.date) {
      const first = sources[points.findIndex((point) => point.date === date.date)];
      if (first) {
        report(raw.at.date, {
          message: `${date.date} appears twice, on ${first.label} and ${raw.label}`,
          expected: 'one point per date',
          hint: 'remove or correct one of them',
        });
      } else {
        report(raw.at.date, {
          message: `${raw.label} (${date.date}) is earlier than ${sources.at(-1)!.label} above it (${previous.date})`,
          expected: 'points in date order, oldest first',
          hint: 'sort the points by date',
        });
      }
      continue;
    }
    sources.push(raw);
    points.push(raw.note ? {date: date.date, value: value.value, note: raw.note} : {date: date.date, value: value.value});
  }
  return {points, problems};
}

type ValueCheck = {value: number | string} | Pick<Problem, 'message' | 'expected' | 'hint'>;

function checkValue(raw: RawPoint, valueKind: ValueKind): ValueCheck {
  const {value} = raw;
  if (value === undefined || value === null || value === '') {
    return {message: `${raw.label} has no value`, expected: valueKind === 'text' ? 'a short text' : 'a number'};
  }
  if (valueKind === 'text') {
    // A score-like word such as 3 is still a value of a qualitative KPI.
    if (typeof value === 'string' || typeof value === 'number') return {value: String(value)};
    return {message: `${describeValue(value)} is not a text value`, expected: 'a short text'};
  }
  if (typeof value === 'number') {
    return Number.isFinite(value) ? {value} : {message: `${describeValue(value)} is not a finite number`, expected: 'a number'};
  }
  if (typeof value === 'string' && raw.valueIsText) {
    const parsed = parseNumberText(value);
    return 'value' in parsed ? parsed : {...parsed, expected: 'a number, like 12 or 3.5'};
  }
  const quoted = typeof value === 'string' && 'value' in parseNumberText(value.trim());
  return {
    message: `${describeValue(value)} is not a number`,
    expected: 'a number, like 12 or 3.5',
    hint: quoted ? `remove the quotes: ${value}` : undefined,
  };
}
