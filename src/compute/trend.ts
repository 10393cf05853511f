import type {SeriesPoint} from '../types';
import {parseIsoDate} from './dates';

/**
 * Least-squares line through the last `window` numeric points, evaluated at
 * `date`. With fewer than two points there is no trend: the latest value stands.
 */
export function projectTrend(
  points: readonly SeriesPoint[],
  date: string,
  window: number,
): number | undefined {
  const recent = numericPoints(points).slice(-window);
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

export function numericPoints(points: readonly SeriesPoint[]): {date: string; value: number}[] {
  return points.filter((point): point is SeriesPoint & {value: number} => typeof point.value === 'number');
}

function mean(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}
