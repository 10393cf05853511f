import {type ScaleLinear, scaleLinear} from 'd3-scale';
import {line} from 'd3-shape';
import type {SparklineGeometry} from '../types';
import {parseIsoDate} from './dates';

export const SPARKLINE_WIDTH = 240;
export const SPARKLINE_HEIGHT = 48;
const PADDING = 4;
/** Width in viewBox units of the columns a long series is thinned to (see `placeThinned`). */
const COLUMN_WIDTH = 2;

/** A series of at most as many points as there are columns is drawn point by point. */
const MAX_UNTHINNED = (SPARKLINE_WIDTH - 2 * PADDING) / COLUMN_WIDTH;

type Xy = [number, number];

// Built once: a line generator is the same for every sparkline.
const sparklinePath = line<Xy>().digits(1);

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

  const xy = placeThinned(points, linearMapOf(x), linearMapOf(y));
  const [firstX, firstY] = xy[0]!;
  const [lastX, lastY] = xy.at(-1)!;
  return {
    width: SPARKLINE_WIDTH,
    height: SPARKLINE_HEIGHT,
    line: sparklinePath(xy)!,
    baseline: SPARKLINE_HEIGHT - PADDING,
    first: {x: firstX, y: firstY},
    last: {x: lastX, y: lastY},
    ...(target === undefined ? {} : {targetY: round(y(target))}),
  };
}

/**
 * The points placed on the sparkline: for a long series, the lowest and
 * highest of every `COLUMN_WIDTH`-wide column, in date order, plus the first
 * and last point. A line through them looks the same at sparkline size as one
 * through every point, and stays small however long the series is.
 */
function placeThinned(points: readonly {date: string; value: number}[], xMap: LinearMap, yMap: LinearMap): Xy[] {
  const place = (point: {date: string; value: number}): Xy => [xOf(point.date, xMap), yOf(point.value, yMap)];
  if (points.length <= MAX_UNTHINNED) return points.map(place);
  return thinnedIndexes(points, xMap, yMap).map((index) => place(points[index]!));
}

/** Which points `placeThinned` keeps of a long series: one pass, which places each point without keeping its place. */
function thinnedIndexes(points: readonly {date: string; value: number}[], xMap: LinearMap, yMap: LinearMap): number[] {
  const last = points.length - 1;
  const kept = [0];
  let column = columnOf(points[1]!.date, xMap);
  let [lowest, highest] = [1, 1];
  let lowestY = yOf(points[1]!.value, yMap);
  let highestY = lowestY;
  for (let index = 2; index < last; index++) {
    const pointColumn = columnOf(points[index]!.date, xMap);
    const pointY = yOf(points[index]!.value, yMap);
    if (pointColumn !== column) {
      keepColumn(kept, lowest, highest);
      column = pointColumn;
      lowest = highest = index;
      lowestY = highestY = pointY;
    } else if (pointY > lowestY) {
      // SVG y grows downwards: the highest value has the smallest y.
      lowest = index;
      lowestY = pointY;
    } else if (pointY < highestY) {
      highest = index;
      highestY = pointY;
    }
  }
  keepColumn(kept, lowest, highest);
  kept.push(last);
  return kept;
}

function keepColumn(kept: number[], lowest: number, highest: number): void {
  kept.push(Math.min(lowest, highest));
  if (lowest !== highest) kept.push(Math.max(lowest, highest));
}

/**
 * A d3 linear scale's map as plain numbers, for the loop over every point to
 * compute inline: a call into the scale for each point boxes every number it
 * returns. Read from the scale and evaluated in d3's own steps (see `mapLinear`).
 */
export interface LinearMap {
  d0: number;
  span: number;
  r0: number;
  r1: number;
}

export function linearMapOf(scale: ScaleLinear<number, number>): LinearMap {
  const [d0, d1] = scale.domain() as [number, number];
  const [r0, r1] = scale.range() as [number, number];
  // d3 turns a descending domain around, with its range.
  return d1 < d0 ? {d0: d1, span: d0 - d1, r0: r1, r1: r0} : {d0, span: d1 - d0, r0, r1};
}

/** What the scale gives for `value`: t = (v − d0) / (d1 − d0), the middle for an empty domain, then r0·(1 − t) + r1·t. */
export function mapLinear(map: LinearMap, value: number): number {
  const t = map.span === 0 ? 0.5 : (value - map.d0) / map.span;
  return map.r0 * (1 - t) + map.r1 * t;
}

function xOf(date: string, xMap: LinearMap): number {
  return round(mapLinear(xMap, parseIsoDate(date)));
}

function yOf(value: number, yMap: LinearMap): number {
  return round(mapLinear(yMap, value));
}

function columnOf(date: string, xMap: LinearMap): number {
  return Math.floor(xOf(date, xMap) / COLUMN_WIDTH);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
