import type {SeriesPoint} from '../types';
import {parseIsoDate} from './dates';

/**
 * Least-squares line through the last `window` numeric points, evaluated at
 * `date`. With fewer than two points there is no trend: the latest value stands.
 */
export function projectTrend(points: readonly SeriesPoint[], date: string, window: number, end = points.length): number | undefined {
  const recent = lastNumericPoints(points, window, end);
  if (recent.length === 0) return undefined;
  if (recent.length === 1) return recent[0]!.value;
  const xs = recent.map((point) => parseIsoDate(point.date));
  const ys = recent.map((point) => point.value);
  const meanX = mean(xs);
  const meanY = mean(ys);
  let covariance = 0;
  let variance = 0;
  for (let i = 0; i < xs.length; i++) {
    covariance += (xs[i]! - meanX) * (ys[i]! - meanY);
    variance += (xs[i]! - meanX) ** 2;
  }
  const slope = variance === 0 ? 0 : covariance / variance;
  return meanY + slope * (parseIsoDate(date) - meanX);
}

type NumericPoint = SeriesPoint & {value: number};

const isNumeric = (point: SeriesPoint): point is NumericPoint => typeof point.value === 'number';

/** The points with a number for a value; the array itself when they all have one, as most series do. */
export function numericPoints(points: readonly SeriesPoint[]): readonly NumericPoint[] {
  return points.every(isNumeric) ? points : points.filter(isNumeric);
}

/** The last `count` numeric points before index `end`, oldest first, without going through the whole series. */
export function lastNumericPoints(points: readonly SeriesPoint[], count: number, end = points.length): NumericPoint[] {
  const recent: NumericPoint[] = [];
  for (let index = end - 1; index >= 0 && recent.length < count; index--) {
    const point = points[index]!;
    if (isNumeric(point)) recent.push(point);
  }
  return recent.reverse();
}

/** The first numeric point before index `end`. */
export function firstNumericPoint(points: readonly SeriesPoint[], end = points.length): NumericPoint | undefined {
  for (let index = 0; index < end; index++) if (isNumeric(points[index]!)) return points[index] as NumericPoint;
  return undefined;
}

/** How many points are dated `date` or earlier, by binary search: points are in date order. */
export function countUpTo(points: readonly SeriesPoint[], date: string): number {
  if (points.length === 0 || points.at(-1)!.date <= date) return points.length;
  let low = 0;
  let high = points.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (points[middle]!.date <= date) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The points dated `date` or earlier; the array itself when all of them are. */
export function pointsUpTo(points: readonly SeriesPoint[], date: string): readonly SeriesPoint[] {
  const count = countUpTo(points, date);
  return count === points.length ? points : points.slice(0, count);
}

function mean(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}
