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
export function computeSparkline(points: readonly {date: string; value: number}[], target?: number): SparklineGeometry | undefined {
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
  const y = scaleLinear()
    .domain([low, high])
    .range([SPARKLINE_HEIGHT - PADDING, PADDING]);

  const xs = new Float64Array(points.length);
  const ys = new Float64Array(points.length);
  points.forEach((point, i) => {
    xs[i] = round(x(parseIsoDate(point.date)));
    ys[i] = round(y(point.value));
  });
  const xy = thinToColumns(xs, ys);
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
export function thinToColumns(xs: Float64Array, ys: Float64Array): Xy[] {
  const last = xs.length - 1;
  if (xs.length <= (SPARKLINE_WIDTH - 2 * PADDING) / COLUMN_WIDTH) return Array.from(xs, (x, i): Xy => [x, ys[i]!]);
  const kept = [0];
  let start = 1;
  while (start < last) {
    const column = Math.floor(xs[start]! / COLUMN_WIDTH);
    let end = start;
    let lowest = start;
    let highest = start;
    while (end < last && Math.floor(xs[end]! / COLUMN_WIDTH) === column) {
      // SVG y grows downwards: the highest value has the smallest y.
      if (ys[end]! > ys[lowest]!) lowest = end;
      if (ys[end]! < ys[highest]!) highest = end;
      end++;
    }
    kept.push(Math.min(lowest, highest));
    if (lowest !== highest) kept.push(Math.max(lowest, highest));
    start = end;
  }
  kept.push(last);
  return kept.map((i): Xy => [xs[i]!, ys[i]!]);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
