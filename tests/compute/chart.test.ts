import {describe, expect, it} from 'vitest';
import {CHART_HEIGHT, CHART_WIDTH, computeChart, describeChart, targetSpans} from '../../src/compute/chart';
import {createValueFormatter} from '../../src/compute/format';
import type {SeriesPoint, Target} from '../../src/types';

const days = createValueFormatter('days', 'en');

/** Month-end points from Nov 2024, one a month. */
function monthEnds(values: (number | string)[]): SeriesPoint[] {
  return values.map((value, i) => ({date: new Date(Date.UTC(2024, 11 + i, 0)).toISOString().slice(0, 10), value}));
}

const series = monthEnds([18, 17, 16, 16, 15, 14, 13, 13, 12, 11, 11, 9]);
const targets: Target[] = [
  {value: 15, by: '2025-03-31'},
  {value: 10, by: '2027-01-31', label: 'Stretch'},
];

describe('computeChart', () => {
  const chart = computeChart(series, targets, days)!;

  it('has the default size, with the plot inside the margins', () => {
    expect(chart.width).toBe(CHART_WIDTH);
    expect(chart.height).toBe(CHART_HEIGHT);
    expect(chart.plot.left).toBeGreaterThan(0);
    expect(chart.plot.top).toBeGreaterThan(0);
    expect(chart.plot.right).toBeLessThan(chart.width);
    expect(chart.plot.bottom).toBeLessThan(chart.height);
  });

  it('places one point per numeric measurement, left to right, with a date and value label', () => {
    expect(chart.points).toHaveLength(12);
    expect(chart.points[0]).toMatchObject({date: '2024-11-30', value: '18 days', label: 'Nov 30, 2024: 18 days'});
    expect(chart.points.at(-1)).toMatchObject({date: '2025-10-31', value: '9 days', label: 'Oct 31, 2025: 9 days'});
    const xs = chart.points.map((point) => point.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    for (const point of chart.points) {
      expect(point.x).toBeGreaterThanOrEqual(chart.plot.left);
      expect(point.x).toBeLessThanOrEqual(chart.plot.right);
      expect(point.y).toBeGreaterThanOrEqual(chart.plot.top);
      expect(point.y).toBeLessThanOrEqual(chart.plot.bottom);
    }
    // Lower values sit lower.
    expect(chart.points[0]!.y).toBeLessThan(chart.points.at(-1)!.y);
  });

  it('draws the line through the points', () => {
    const [first, ...rest] = chart.points;
    expect(chart.line).toBe(`M${first!.x},${first!.y}${rest.map((point) => `L${point.x},${point.y}`).join('')}`);
  });

  it('has month ticks along the date axis, in order and inside the plot', () => {
    expect(chart.xTicks.length).toBeGreaterThanOrEqual(4);
    expect(chart.xTicks.length).toBeLessThanOrEqual(10);
    for (const tick of chart.xTicks) {
      expect(tick.label).toMatch(/^[A-Z][a-z]{2} 20\d\d$/);
      expect(tick.position).toBeGreaterThanOrEqual(chart.plot.left);
      expect(tick.position).toBeLessThanOrEqual(chart.plot.right);
    }
    const positions = chart.xTicks.map((tick) => tick.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(chart.xTicks.map((tick) => tick.label)).size).toBe(chart.xTicks.length);
  });

  it('has nice value ticks spanning the values and targets, formatted in the unit', () => {
    const labels = chart.yTicks.map((tick) => tick.label);
    expect(labels).toEqual(['8 days', '10 days', '12 days', '14 days', '16 days', '18 days']);
    // The nice domain fills the plot: lowest tick at the bottom, highest at the top.
    expect(chart.yTicks[0]!.position).toBe(chart.plot.bottom);
    expect(chart.yTicks.at(-1)!.position).toBe(chart.plot.top);
  });

  it('keeps to about five value ticks where d3 would give more', () => {
    const wide = computeChart(monthEnds([78, 65, 52, 40, 31, 22, 15]), [], days)!;
    expect(wide.yTicks.map((tick) => tick.label)).toEqual(['0 days', '20 days', '40 days', '60 days', '80 days']);
    expect(computeChart(series, [], days, {yTicks: 3})!.yTicks.length).toBeLessThanOrEqual(4);
  });

  it('takes targets outside the values into the value axis', () => {
    const low = computeChart(series, [{value: 2, by: '2026-06-30'}], days)!;
    expect(low.yTicks[0]!.label).toBe('0 days');
    expect(low.targets[0]!.y).toBeLessThanOrEqual(low.plot.bottom);
  });

  it('draws each target from the previous due date (or the series start) to its own', () => {
    const [first, second] = chart.targets;
    expect(chart.targets).toHaveLength(2);
    expect(first).toMatchObject({x1: chart.points[0]!.x, value: '15 days', by: 'Mar 31, 2025'});
    // Mar 31, 2025 is the 5th point's date.
    expect(first!.x2).toBe(chart.points[4]!.x);
    expect(second).toMatchObject({x1: first!.x2, value: '10 days', by: 'Jan 31, 2027', label: 'Stretch'});
    // The date axis runs on to the last due date.
    expect(second!.x2).toBeGreaterThan(chart.points.at(-1)!.x);
    expect(second!.x2).toBeLessThanOrEqual(chart.plot.right);
    expect(first!.y).toBeLessThan(second!.y);
  });

  it('joins the target steps into one dashed step line', () => {
    const [first, second] = chart.targets;
    expect(chart.targetPath).toBe(`M${first!.x1},${first!.y}H${first!.x2}V${second!.y}H${second!.x2}`);
  });

  it('labels a step at its left end, above it', () => {
    for (const step of chart.targets) expect(step).toMatchObject({labelX: step.x1 + 4, labelY: step.y - 6, showLabel: true});
  });

  it('labels a step below it at the top of the plot', () => {
    const top = computeChart(series, [{value: 30, by: '2026-06-30'}], days)!;
    expect(top.targets[0]!.y).toBe(top.plot.top);
    expect(top.targets[0]!.labelY).toBe(top.plot.top + 14);
  });

  it('labels a step below it where the label would cover a point above it', () => {
    const near = computeChart(monthEnds([19.3, 20, 22, 24, 26, 28]), [{value: 19, by: '2026-06-30'}], days)!;
    const [step] = near.targets;
    expect(near.points[0]!.y).toBeLessThan(step!.y);
    expect(near.points[0]!.y).toBeGreaterThan(step!.y - 20);
    expect(step!.labelY).toBe(step!.y + 14);
  });

  it('leaves out targets due before the series starts, and hides labels of narrow steps', () => {
    const chart = computeChart(
      series,
      [
        {value: 20, by: '2024-01-31'},
        {value: 15, by: '2024-12-05'},
        {value: 10, by: '2027-01-31'},
      ],
      days,
    )!;
    expect(chart.targets.map((step) => step.value)).toEqual(['15 days', '10 days']);
    expect(chart.targets[0]!.x1).toBe(chart.points[0]!.x);
    expect(chart.targets[0]!.showLabel).toBe(false);
    // The left-out target does not stretch the value axis.
    expect(chart.yTicks.at(-1)!.label).toBe('18 days');
  });

  it('sorts targets by due date', () => {
    expect(computeChart(series, [...targets].reverse(), days)).toEqual(chart);
  });

  it('has no target steps without targets', () => {
    const plain = computeChart(series, [], days)!;
    expect(plain.targets).toEqual([]);
    expect(plain).not.toHaveProperty('targetPath');
    expect(plain.points.at(-1)!.x).toBe(plain.plot.right - 12);
  });

  it('rounds every coordinate to 2 decimals', () => {
    const numbers: number[] = [];
    JSON.stringify(chart, (_, value) => (typeof value === 'number' && numbers.push(value), value));
    for (const number of numbers) expect(Math.round(number * 100) / 100).toBe(number);
    for (const number of chart.line.match(/-?\d+(\.\d+)?/g)!) expect(number).toMatch(/^-?\d+(\.\d{1,2})?$/);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(computeChart(series, targets, days))).toBe(JSON.stringify(chart));
  });

  it('leaves out text values, and has no chart without a number', () => {
    const mixed = computeChart([...series.slice(0, 3), {date: '2025-02-28', value: 'n/a'}], [], days)!;
    expect(mixed.points).toHaveLength(3);
    expect(computeChart([], targets, days)).toBeUndefined();
    expect(computeChart([{date: '2025-01-31', value: 'good'}], targets, days)).toBeUndefined();
  });

  it('centres a single point, with its date as the only tick', () => {
    const single = computeChart([{date: '2026-10-31', value: 15}], [], days)!;
    expect(single.points).toHaveLength(1);
    expect(single.points[0]!.label).toBe('Oct 31, 2026: 15 days');
    expect(single.points[0]!.x).toBe(Math.round(((single.plot.left + single.plot.right) / 2) * 100) / 100);
    expect(single.xTicks).toEqual([{position: single.points[0]!.x, label: 'Oct 31, 2026'}]);
    // A flat series sits mid-height.
    expect(single.yTicks.some((tick) => tick.label === '15 days')).toBe(true);
    expect(single.points[0]!.y).toBe(Math.round(((single.plot.top + single.plot.bottom) / 2) * 100) / 100);
  });

  it('labels ticks less than a month apart with full dates', () => {
    const daily = [1, 2, 3, 4, 5, 6, 7, 8].map((day) => ({date: `2026-10-0${day}`, value: day * 10}));
    const chart = computeChart(daily, [], createValueFormatter('count', 'en'))!;
    expect(chart.xTicks.length).toBeGreaterThan(1);
    for (const tick of chart.xTicks) expect(tick.label).toMatch(/^Oct \d, 2026$/);
  });

  it('thins date ticks whose labels would not fit', () => {
    const chart = computeChart(series, targets, days, {width: 300})!;
    const widest = Math.max(...chart.xTicks.map((tick) => tick.label.length)) * 7;
    for (let i = 1; i < chart.xTicks.length; i++) {
      expect(chart.xTicks[i]!.position - chart.xTicks[i - 1]!.position).toBeGreaterThanOrEqual(widest);
    }
  });

  it('does not repeat value labels when the range is small for the format', () => {
    const chart = computeChart(monthEnds([10, 10.02, 10.04]), [], days)!;
    const labels = chart.yTicks.map((tick) => tick.label);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('formats values in the unit and locale', () => {
    const percent = computeChart(monthEnds([45, 52, 61]), [{value: 80, by: '2025-12-31'}], createValueFormatter('percent', 'de'))!;
    expect(percent.yTicks.map((tick) => tick.label)).toContain(createValueFormatter('percent', 'de').value(80));
    expect(percent.points[0]!.label).toMatch(/^30\.11\.2024: 45\s%$/);
    const euros = computeChart(monthEnds([1200, 1500]), [], createValueFormatter('currency:EUR', 'en'))!;
    expect(euros.yTicks.every((tick) => tick.label.startsWith('€'))).toBe(true);
  });

  it('widens the left margin for long value labels', () => {
    const money = computeChart(monthEnds([1_250_000, 2_500_000]), [], createValueFormatter('currency:USD', 'en'))!;
    expect(money.plot.left).toBeGreaterThan(computeChart(series, [], days)!.plot.left);
  });
});

describe('targetSpans', () => {
  it('runs each target from the previous due date, or the start when later', () => {
    expect(
      targetSpans('2025-01-31', [
        {value: 1, by: '2024-12-31'},
        {value: 2, by: '2025-06-30'},
        {value: 3, by: '2025-06-30'},
        {value: 4, by: '2026-01-31'},
      ]).map(({from, to, target}) => [from, to, target.value]),
    ).toEqual([
      ['2025-01-31', '2025-06-30', 2],
      ['2025-06-30', '2026-01-31', 4],
    ]);
  });
});

describe('describeChart', () => {
  it('describes the span and range of the numeric measurements', () => {
    expect(describeChart(series, days, 'monthly')).toBe(
      '12 monthly values from Nov 2024 to Oct 2025: from 18 days to 9 days, lowest 9 days, highest 18 days.',
    );
  });

  it('describes a single value, and nothing without one', () => {
    expect(describeChart([{date: '2026-10-31', value: 15}], days, 'monthly')).toBe('One monthly value: 15 days on Oct 31, 2026.');
    expect(describeChart([{date: '2026-10-31', value: 'good'}], days, 'monthly')).toBeUndefined();
  });
});
