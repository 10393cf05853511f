import {type ScaleLinear, type ScaleTime, scaleLinear, scaleUtc} from 'd3-scale';
import {line} from 'd3-shape';
import type {ChartGeometry, ChartTargetStep, ChartTick, KpiEvent, SeriesPoint, Target} from '../types';
import {chartEvents} from './chartEvents';
import {describeSeries} from './cardData';
import {parseIsoDate, toIsoDate} from './dates';
import type {ValueFormatter} from './format';
import {numericPoints} from './trend';

export const CHART_WIDTH = 720;
export const CHART_HEIGHT = 280;

export interface ChartOptions {
  width?: number;
  height?: number;
  /** About how many date ticks (default 6). */
  xTicks?: number;
  /** At most how many value ticks (default 5). */
  yTicks?: number;
  /** Events to mark, those within the chart's dates (default none). */
  events?: readonly KpiEvent[];
  /** A stretch of time to shade, ISO dates, with its label (e.g. "Q3 2026"). */
  highlight?: {from: string; to: string; label: string};
}

const MARGIN = {top: 20, right: 32, bottom: 36};
/** Left margin bounds; within them it grows with the longest value label. */
const MIN_LEFT = 44;
const MAX_LEFT = 160;
/** Space between the plot's edges and the first and last dates, so points do not sit on the axis. */
const INSET = 12;
/** Rough width of a character of the 12px axis font, for fitting labels without measuring text. */
const CHAR_WIDTH = 7;
const DAY_MS = 86_400_000;

/**
 * Geometry of the full chart of a KPI page: a date axis along the bottom, a
 * value axis on the left, the line and points of the numeric measurements, and
 * the targets in force over time as a dashed step line. Each target is in
 * force from the previous target's due date (or the start of the series, if
 * later) until its own due date; targets due before the series starts are not
 * drawn. The value axis takes in the drawn targets and is rounded with
 * `.nice()`. Labels are formatted with `formatter`; every coordinate is
 * rounded to 2 decimals, so the output is small and the same on every build.
 *
 * Text values (qualitative KPIs) are left out; without a numeric point there
 * is no chart.
 */
export function computeChart(
  points: readonly SeriesPoint[],
  targets: readonly Target[],
  formatter: ValueFormatter,
  options: ChartOptions = {},
): ChartGeometry | undefined {
  const numeric = numericPoints(points);
  if (numeric.length === 0) return undefined;
  const width = options.width ?? CHART_WIDTH;
  const height = options.height ?? CHART_HEIGHT;

  const start = numeric[0]!.date;
  const spans = targetSpans(start, targets);
  const values = [...numeric.map((point) => point.value), ...spans.map((span) => span.target.value)];

  // Value axis first: its labels decide the left margin.
  const y = scaleLinear().domain(padDomain(Math.min(...values), Math.max(...values)));
  const yTickValues = niceTicks(y, options.yTicks ?? 5, formatter);
  const yLabels = yTickValues.map((value) => formatter.value(value));
  const left = clamp(Math.round(Math.max(...yLabels.map((label) => label.length)) * CHAR_WIDTH + 16), MIN_LEFT, MAX_LEFT);
  const plot = {left, top: MARGIN.top, right: width - MARGIN.right, bottom: height - MARGIN.bottom};
  y.range([plot.bottom, plot.top]);

  const times = numeric.map((point) => parseIsoDate(point.date));
  const highlight = options.highlight;
  const lastTime = Math.max(
    times.at(-1)!,
    ...spans.map((span) => parseIsoDate(span.to)),
    ...(highlight ? [parseIsoDate(highlight.to)] : []),
  );
  const single = times[0] === lastTime;
  // A single date has no extent: centre it in a month either side.
  const [from, to] = single ? [lastTime - 30 * DAY_MS, lastTime + 30 * DAY_MS] : [times[0]!, lastTime];
  const x = scaleUtc()
    .domain([new Date(from), new Date(to)])
    .range([plot.left + INSET, plot.right - INSET]);
  const xAt = (isoDate: string) => round(x(new Date(parseIsoDate(isoDate))));
  const yAt = (value: number) => round(y(value));

  const chartPoints = numeric.map((point) => {
    const date = formatter.date(point.date);
    const value = formatter.value(point.value);
    return {x: xAt(point.date), y: yAt(point.value), date: point.date, value, label: `${date}: ${value}`};
  });

  const steps: ChartTargetStep[] = spans.map(({from: spanFrom, to: spanTo, target}) => {
    const x1 = xAt(spanFrom);
    const x2 = xAt(spanTo);
    const stepY = yAt(target.value);
    const value = formatter.value(target.value);
    const labelWidth = value.length * CHAR_WIDTH + 8;
    return {
      x1,
      x2,
      y: stepY,
      value,
      by: formatter.date(target.by),
      ...(target.label && {label: target.label}),
      labelX: round(x1 + 4),
      labelY: labelY(stepY, x1 + 4, labelWidth, chartPoints, plot),
      showLabel: x2 - x1 >= labelWidth,
    };
  });

  return {
    width,
    height,
    plot,
    // A single date is its own only tick.
    xTicks: single
      ? [{position: xAt(start), label: formatter.date(start)}]
      : dateTicks(x, options.xTicks ?? 6, plot.right - plot.left, formatter),
    yTicks: yTickValues.map((value, index) => ({position: yAt(value), label: yLabels[index]!})),
    line: line().digits(2)(chartPoints.map((point) => [point.x, point.y]))!,
    points: chartPoints,
    targets: steps,
    ...(steps.length > 0 && {targetPath: stepPath(steps)}),
    events: chartEvents(options.events ?? [], xAt, {from: toIsoDate(from), to: toIsoDate(to)}, plot, formatter.date),
    ...(highlight && {
      highlight: {
        x1: Math.max(plot.left, xAt(highlight.from)),
        x2: Math.min(plot.right, xAt(highlight.to)),
        label: highlight.label,
      },
    }),
  };
}

/**
 * Text alternative of the chart's measurements: span, range and latest value
 * (the targets are described by the chart itself, from its steps).
 */
export function describeChart(points: readonly SeriesPoint[], formatter: ValueFormatter, cadence: string): string | undefined {
  const numeric = numericPoints(points);
  if (numeric.length === 0) return undefined;
  if (numeric.length === 1) {
    const [point] = numeric as [{date: string; value: number}];
    return `One ${cadence} value: ${formatter.value(point.value)} on ${formatter.date(point.date)}.`;
  }
  return describeSeries(numeric, formatter, cadence);
}

/**
 * Baseline of a step's label, which starts at the step's left end, where the
 * measurements are usually furthest from the target: above the step, or below
 * it when above would leave the plot or cover a point while below is clear.
 */
function labelY(
  stepY: number,
  left: number,
  width: number,
  points: readonly {x: number; y: number}[],
  plot: ChartGeometry['plot'],
): number {
  const under = points.filter((point) => point.x >= left - 4 && point.x <= left + width + 4);
  const covers = (top: number, bottom: number) => under.some((point) => point.y >= top && point.y <= bottom);
  const above = round(stepY - 6);
  const below = round(stepY + 14);
  const roomAbove = above - 12 >= plot.top;
  const roomBelow = below <= plot.bottom - 2;
  if (!roomAbove) return roomBelow ? below : above;
  if (covers(above - 16, above + 4) && roomBelow && !covers(below - 16, below + 4)) return below;
  return above;
}

interface TargetSpan {
  from: string;
  to: string;
  target: Target;
}

/** When each target is in force: from the previous due date (or `start`) to its own, skipping empty spans. */
export function targetSpans(start: string, targets: readonly Target[]): TargetSpan[] {
  const sorted = [...targets].sort((a, b) => (a.by < b.by ? -1 : a.by > b.by ? 1 : 0));
  const spans: TargetSpan[] = [];
  let from = start;
  for (const target of sorted) {
    if (target.by <= from) continue;
    spans.push({from, to: target.by, target});
    from = target.by;
  }
  return spans;
}

/** Room around a flat series, so a constant value sits mid-height; never below zero for non-negative values. */
function padDomain(min: number, max: number): [number, number] {
  if (min !== max) return [min, max];
  const pad = Math.abs(min) * 0.1 || 1;
  return [min >= 0 ? Math.max(0, min - pad) : min - pad, max + pad];
}

/**
 * Rounds the value scale's domain to about `count` nice ticks (at most one
 * more), or fewer when the formatted labels of that many would repeat (e.g.
 * 9.98, 9.99, 10 days shown to one decimal).
 */
function niceTicks(y: ScaleLinear<number, number>, count: number, formatter: ValueFormatter): number[] {
  const domain = y.domain() as [number, number];
  for (let n = count; n >= 2; n--) {
    y.domain(domain).nice(n);
    const ticks = y.ticks(n);
    const labels = ticks.map((value) => formatter.value(value));
    // d3 may give up to twice as many ticks as asked for; more than one extra crowds the axis.
    if (ticks.length <= count + 1 && new Set(labels).size === labels.length) return ticks;
  }
  // A range finer than the format shows (9.98 to 10.02 whole days): chart it as flat.
  const middle = (domain[0] + domain[1]) / 2;
  y.domain(padDomain(middle, middle)).nice(count);
  return y.ticks(count);
}

/**
 * Date ticks with month labels ("Oct 2026"), or full dates when ticks are
 * less than a month apart; every other (or third…) tick is dropped when the
 * labels would not fit side by side.
 */
function dateTicks(x: ScaleTime<number, number>, count: number, plotWidth: number, formatter: ValueFormatter): ChartTick[] {
  const dates = x.ticks(count).map((date) => toIsoDate(date.getTime()));
  const months = dates.map((date) => formatter.month(date));
  const labels = new Set(months).size === months.length ? months : dates.map((date) => formatter.date(date));
  const widest = Math.max(...labels.map((label) => label.length)) * CHAR_WIDTH + 12;
  const every = Math.max(1, Math.ceil((labels.length * widest) / plotWidth));
  return dates
    .map((date, index) => ({position: round(x(new Date(parseIsoDate(date)))), label: labels[index]!}))
    .filter((_, index) => index % every === 0);
}

/** The steps joined into one line: along each step, then up or down to the next. */
function stepPath(steps: readonly ChartTargetStep[]): string {
  const [first, ...rest] = steps as [ChartTargetStep, ...ChartTargetStep[]];
  let path = `M${first.x1},${first.y}H${first.x2}`;
  for (const step of rest) path += `V${step.y}H${step.x2}`;
  return path;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
