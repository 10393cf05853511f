import {scaleLinear} from 'd3-scale';
import {area, line} from 'd3-shape';
import type {SparklineGeometry} from '../types';
import {parseIsoDate} from './dates';

export const SPARKLINE_WIDTH = 240;
export const SPARKLINE_HEIGHT = 48;
const PADDING = 4;

/**
 * Geometry of a sparkline for numeric points, with the target line when the
 * target is given. Coordinates are rounded so output is small and stable.
 */
export function computeSparkline(
  points: readonly {date: string; value: number}[],
  target?: number,
): SparklineGeometry | undefined {
  if (points.length < 2) return undefined;
  const times = points.map((point) => parseIsoDate(point.date));
  const values = points.map((point) => point.value);
  const domainValues = target === undefined ? values : [...values, target];
  const x = scaleLinear()
    .domain([times[0]!, times.at(-1)!])
    .range([PADDING, SPARKLINE_WIDTH - PADDING]);
  const y = scaleLinear()
    .domain([Math.min(...domainValues), Math.max(...domainValues)])
    .range([SPARKLINE_HEIGHT - PADDING, PADDING]);
  if (y.domain()[0] === y.domain()[1]) y.domain([y.domain()[0]! - 1, y.domain()[1]! + 1]);

  const xy = points.map((_, i) => [round(x(times[i]!)), round(y(values[i]!))] as [number, number]);
  const linePath = line().digits(2)(xy)!;
  const areaPath = area().digits(2).y0(SPARKLINE_HEIGHT - PADDING)(xy)!;
  const [lastX, lastY] = xy.at(-1)!;
  return {
    width: SPARKLINE_WIDTH,
    height: SPARKLINE_HEIGHT,
    line: linePath,
    area: areaPath,
    last: {x: lastX, y: lastY},
    ...(target === undefined ? {} : {targetY: round(y(target))}),
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
