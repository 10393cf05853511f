import {scaleLinear} from 'd3-scale';
import {line} from 'd3-shape';
import type {SparklineGeometry} from '../types';
import {parseIsoDate} from './dates';

export const SPARKLINE_WIDTH = 240;
export const SPARKLINE_HEIGHT = 48;
const PADDING = 4;
/** Width in viewBox units of the columns a long series is thinned to (see `thinToColumns`). */
const COLUMN_WIDTH = 2;

type Xy = [number, number];

/**
 * Geometry of a sparkline for numeric points, with the target line when the
 * target is given. Coordinates are rounded to a tenth of a viewBox unit, so
 * output is small and stable; a long series is thinned to what 240 units can show.
 */
export function computeSparkline(
  points: readonly {date: string; value: number}[],
  target?: number,
): SparklineGeometry | undefined {
  if (points.length < 2) return undefined;
  let low = target ?? points[0]!.value;
  let high = low;
  for (const {value} of points) {
    if (value < low) low = value;
    if (value > high) high = value;
  }
  if (low === high) [low, high] = [low - 1, high + 1];
  const x = scaleLinear()
    .domain([parseIsoDate(points[0]!.date), parseIsoDate(points.at(-1)!.date)])
    .range([PADDING, SPARKLINE_WIDTH - PADDING]);
  const y = scaleLinear().domain([low, high]).range([SPARKLINE_HEIGHT - PADDING, PADDING]);

  const xy = thinToColumns(points.map((point): Xy => [round(x(parseIsoDate(point.date))), round(y(point.value))]));
  const [firstX, firstY] = xy[0]!;
  const [lastX, lastY] = xy.at(-1)!;
  return {
    width: SPARKLINE_WIDTH,
    height: SPARKLINE_HEIGHT,
    line: line().digits(1)(xy)!,
    baseline: SPARKLINE_HEIGHT - PADDING,
    first: {x: firstX, y: firstY},
    last: {x: lastX, y: lastY},
    ...(target === undefined ? {} : {targetY: round(y(target))}),
  };
}

/**
 * The lowest and highest point of every `COLUMN_WIDTH`-wide column, in date
 * order, plus the first and last point: a line through them looks the same at
 * sparkline size as one through every point, and stays small however long the
 * series is.
 */
export function thinToColumns(xy: readonly Xy[]): Xy[] {
  if (xy.length <= (SPARKLINE_WIDTH - 2 * PADDING) / COLUMN_WIDTH) return [...xy];
  const kept: Xy[] = [xy[0]!];
  let start = 1;
  while (start < xy.length - 1) {
    const column = Math.floor(xy[start]![0] / COLUMN_WIDTH);
    let end = start;
    let lowest = start;
    let highest = start;
    while (end < xy.length - 1 && Math.floor(xy[end]![0] / COLUMN_WIDTH) === column) {
      // SVG y grows downwards: the highest value has the smallest y.
      if (xy[end]![1] > xy[lowest]![1]) lowest = end;
      if (xy[end]![1] < xy[highest]![1]) highest = end;
      end++;
    }
    kept.push(xy[Math.min(lowest, highest)]!);
    if (lowest !== highest) kept.push(xy[Math.max(lowest, highest)]!);
    start = end;
  }
  kept.push(xy.at(-1)!);
  return kept;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
