import {scaleLinear} from 'd3-scale';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {describeSeries} from '../../src/compute/cardData';
import {createValueFormatter} from '../../src/compute/format';
import {SPARKLINE_HEIGHT, SPARKLINE_WIDTH, computeSparkline, linearMapOf, mapLinear} from '../../src/compute/sparkline';
import {addPeriods} from '../../src/compute/dates';

const points = [
  {date: '2026-01-01', value: 10},
  {date: '2026-02-01', value: 20},
  {date: '2026-03-01', value: 15},
];

describe('computeSparkline', () => {
  it('needs two points', () => {
    expect(computeSparkline(points.slice(0, 1))).toBeUndefined();
  });

  it('spans the box, higher values higher up', () => {
    const geometry = computeSparkline(points)!;
    expect(geometry.width).toBe(SPARKLINE_WIDTH);
    expect(geometry.line).toMatch(/^M4,44L/);
    expect(geometry.last.x).toBe(SPARKLINE_WIDTH - 4);
    expect(geometry.first).toEqual({x: 4, y: 44});
    expect(geometry.baseline).toBe(SPARKLINE_HEIGHT - 4);
    expect(geometry.targetY).toBeUndefined();
  });

  it('includes the target in the scale', () => {
    const geometry = computeSparkline(points, 30)!;
    expect(geometry.targetY).toBe(4);
    expect(geometry.last.y).toBeGreaterThan(SPARKLINE_HEIGHT / 2);
  });

  it('draws a flat series mid-height', () => {
    const flat = computeSparkline(points.map((point) => ({...point, value: 5})))!;
    expect(flat.last.y).toBe(SPARKLINE_HEIGHT / 2);
  });

  it('thins a long series to the lowest and highest point of each column, keeping both ends', () => {
    const long = Array.from({length: 1000}, (_, day) => ({
      date: addPeriods('2024-01-01', 'daily', day),
      value: day === 500 ? 1000 : day === 501 ? -1000 : Math.sin(day / 20),
    }));
    const geometry = computeSparkline(long)!;
    const drawn = [...geometry.line.matchAll(/[ML]([\d.]+),([\d.]+)/g)].map((match) => [Number(match[1]), Number(match[2])]);
    expect(drawn.length).toBeLessThanOrEqual(2 * ((SPARKLINE_WIDTH - 8) / 2) + 4);
    expect(drawn[0]).toEqual([4, geometry.first.y]);
    expect(drawn.at(-1)).toEqual([geometry.last.x, geometry.last.y]);
    // The one-day spike and dip both survive.
    expect(Math.min(...drawn.map(([, y]) => y))).toBe(4);
    expect(Math.max(...drawn.map(([, y]) => y))).toBe(44);
    expect(drawn.map(([x]) => x)).toEqual([...drawn.map(([x]) => x)].sort((a, b) => a - b));
  });

  it('keeps every point of a short series', () => {
    const short = Array.from({length: 36}, (_, month) => ({date: addPeriods('2024-01-01', 'monthly', month), value: month % 5}));
    expect(computeSparkline(short)!.line.split('L')).toHaveLength(36);
  });

  it('is deterministic', () => {
    expect(computeSparkline(points, 12)).toEqual(computeSparkline(points, 12));
  });
});

describe('describeSeries', () => {
  it('says span, range and latest value', () => {
    expect(describeSeries(points, createValueFormatter('days', 'en-US'), 'monthly')).toBe(
      '3 monthly values from Jan 2026 to Mar 2026: from 10 days to 15 days, lowest 10 days, highest 20 days.',
    );
  });
});

describe('addPeriods', () => {
  it('clamps to the end of shorter months', () => {
    expect(addPeriods('2026-01-31', 'monthly', 1)).toBe('2026-02-28');
    expect(addPeriods('2026-11-30', 'quarterly', 1)).toBe('2027-02-28');
    expect(addPeriods('2024-02-29', 'yearly', 1)).toBe('2025-02-28');
    expect(addPeriods('2026-12-30', 'weekly', 1)).toBe('2027-01-06');
  });
});

describe('linearMapOf', () => {
  // Dates as times, values of any size, domains ascending, descending or empty.
  const number = fc.oneof(fc.integer({min: -1e13, max: 1e13}), fc.double({min: -1e9, max: 1e9, noNaN: true}));

  it('maps every value exactly as the d3 scale it is read from', () => {
    fc.assert(
      fc.property(fc.tuple(number, number), fc.tuple(number, number), fc.array(number, {minLength: 1}), (domain, range, values) => {
        const scale = scaleLinear().domain(domain).range(range);
        const map = linearMapOf(scale);
        for (const value of values) expect(mapLinear(map, value)).toBe(scale(value));
      }),
      {numRuns: 2000},
    );
  });

  it('maps an empty domain to the middle of the range, as d3 does', () => {
    const scale = scaleLinear().domain([5, 5]).range([4, 236]);
    expect(mapLinear(linearMapOf(scale), 5)).toBe(scale(5));
    expect(mapLinear(linearMapOf(scale), 5)).toBe(120);
  });
});
