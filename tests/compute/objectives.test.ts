import {describe, expect, it} from 'vitest';
import {
  computeImpactOutcome,
  computeObjectiveOutcome,
  computeObjectiveOutcomes,
  objectivePhase,
  worstStatus,
} from '../../src/compute/objectives';
import type {KpiDefinition, ObjectiveDefinition, SeriesPoint} from '../../src/types';

const Q4 = {label: '2026-Q4', from: '2026-10-01', to: '2026-12-31'};
const options = {tolerance: 0.05, trendWindow: 6};

function kpi(overrides: Partial<KpiDefinition> = {}): KpiDefinition {
  return {
    id: 'active-hubs',
    area: 'product',
    title: 'Active hubs',
    footnotes: {},
    unit: 'count',
    direction: 'up',
    tags: [],
    cadence: 'monthly',
    targets: [],
    source: {file: 'kpis/product.yml', line: 3, column: 5},
    ...overrides,
  };
}

function objective(overrides: Partial<ObjectiveDefinition> = {}): ObjectiveDefinition {
  return {
    id: 'autumn-onboarding',
    title: 'Onboard the autumn cohort',
    period: Q4,
    owner: 'Hub operations lead',
    footnotes: {},
    impact: [{kpi: 'active-hubs', to: 1400}],
    source: {file: 'kpis/objectives.yml', line: 1, column: 3},
    ...overrides,
  };
}

/** Month-end points from `first` (YYYY-MM). */
function monthEnds(first: string, values: number[]): SeriesPoint[] {
  const [year, month] = first.split('-').map(Number) as [number, number];
  return values.map((value, i) => ({date: new Date(Date.UTC(year, month + i, 0)).toISOString().slice(0, 10), value}));
}

describe('objectivePhase', () => {
  it('is upcoming before the first day, current on both ends, past after the last day', () => {
    expect(objectivePhase(Q4, '2026-09-30')).toBe('upcoming');
    expect(objectivePhase(Q4, '2026-10-01')).toBe('current');
    expect(objectivePhase(Q4, '2026-12-31')).toBe('current');
    expect(objectivePhase(Q4, '2027-01-01')).toBe('past');
  });
});

describe('an impact', () => {
  // Jul 1000, Aug 1100, Sep 1200, Oct 1300, Nov 1350, Dec 1450
  const series = monthEnds('2026-07', [1000, 1100, 1200, 1300, 1350, 1450]);

  it('takes the latest value on or before the first day as baseline, and the latest at asOf as current', () => {
    const outcome = computeImpactOutcome(Q4, {kpi: 'active-hubs', to: 1400}, kpi(), series, {...options, asOf: '2026-11-20'});
    expect(outcome).toMatchObject({
      baseline: {date: '2026-09-30', value: 1200},
      baselineInPeriod: false,
      expected: 1400,
      current: {date: '2026-10-31', value: 1300},
    });
    expect(outcome.progress).toBeCloseTo(0.5);
    // The trend of the last points reaches 1400 well before the period's last day.
    expect(outcome.status.level).toBe('on-track');
    expect(outcome.status.reasons[0]).toMatch(
      /^The trend of the last 4 points projects .* which meets the target of 1400 due 2026-12-31\.$/,
    );
  });

  it('is not started before the period, with a baseline as far as it is known', () => {
    const outcome = computeImpactOutcome(Q4, {kpi: 'active-hubs', by: 200}, kpi(), series, {...options, asOf: '2026-09-15'});
    expect(outcome.status).toEqual({level: 'not-started', reasons: ['The period starts on 2026-10-01.']});
    expect(outcome).toMatchObject({baseline: {date: '2026-08-31', value: 1100}, expected: 1300});
    expect(outcome.current).toBeUndefined();
    expect(outcome.progress).toBeUndefined();
  });

  it('without a point before the period, uses the first point inside it and says so', () => {
    const late = monthEnds('2026-10', [1300, 1350]);
    const outcome = computeImpactOutcome(Q4, {kpi: 'active-hubs', by: 100}, kpi(), late, {...options, asOf: '2026-12-05'});
    expect(outcome).toMatchObject({
      baseline: {date: '2026-10-31', value: 1300},
      baselineInPeriod: true,
      expected: 1400,
      current: {date: '2026-11-30', value: 1350},
    });
    expect(outcome.progress).toBeCloseTo(0.5);
  });

  it('once the period is over, is judged on the last day: later points do not count', () => {
    const longer = monthEnds('2026-07', [1000, 1100, 1200, 1300, 1350, 1380, 1500]);
    const missed = computeImpactOutcome(Q4, {kpi: 'active-hubs', to: 1400}, kpi(), longer, {...options, asOf: '2027-02-15'});
    expect(missed.current).toEqual({date: '2026-12-31', value: 1380});
    expect(missed.status).toEqual({level: 'off-track', reasons: ['The target of 1400 due 2026-12-31 has passed unmet.']});
    const met = computeImpactOutcome(Q4, {kpi: 'active-hubs', to: 1350}, kpi(), longer, {...options, asOf: '2027-02-15'});
    expect(met.status.level).toBe('achieved');
    expect(met.progress).toBe(1);
  });

  it('once the period is over, is stale when the last point is more than two periods before its end', () => {
    const early = monthEnds('2026-07', [1000, 1100, 1200, 1250]);
    const outcome = computeImpactOutcome(Q4, {kpi: 'active-hubs', to: 1400}, kpi(), early, {...options, asOf: '2027-03-01'});
    expect(outcome.status.level).toBe('stale');
  });

  describe('on a direction: down KPI with by: -2', () => {
    const delivery = kpi({id: 'delivery-time', title: 'Delivery time', unit: 'days', direction: 'down'});
    const impact = {kpi: 'delivery-time', by: -2};

    it('expects the baseline minus 2, and measures progress downward', () => {
      const points = monthEnds('2026-08', [13, 12, 11]);
      const outcome = computeImpactOutcome(Q4, impact, delivery, points, {...options, asOf: '2026-11-10', locale: 'en-US'});
      expect(outcome).toMatchObject({baseline: {value: 12}, expected: 10, current: {value: 11}});
      expect(outcome.progress).toBeCloseTo(0.5);
      // Falling by a day a month reaches 10 days before the end of December.
      expect(outcome.status.level).toBe('on-track');
      expect(outcome.status.reasons[0]).toContain('the target of 10 days due Dec 31, 2026');
    });

    it('is achieved at or below the expected value, and off track when it went up', () => {
      const down = computeImpactOutcome(Q4, impact, delivery, monthEnds('2026-09', [12, 9.5]), {...options, asOf: '2026-11-01'});
      expect(down.status.level).toBe('achieved');
      expect(down.progress).toBe(1);
      const up = computeImpactOutcome(Q4, impact, delivery, monthEnds('2026-08', [11, 12, 13, 14]), {...options, asOf: '2026-12-01'});
      expect(up.progress).toBe(0);
      expect(up.status.level).toBe('off-track');
    });
  });

  it('has no data when a `by` impact has no point to take a baseline from', () => {
    const outcome = computeImpactOutcome(Q4, {kpi: 'active-hubs', by: 100}, kpi(), [], {...options, asOf: '2026-11-01'});
    expect(outcome.status.level).toBe('no-data');
    expect(outcome.status.reasons[0]).toContain('to set the baseline from');
    expect(outcome.expected).toBeUndefined();
  });

  it('ignores a status set by hand on the KPI: that is about the KPI, not the objective', () => {
    const manual = kpi({status: {level: 'off-track', reasons: ['Set by hand']}});
    const outcome = computeImpactOutcome(Q4, {kpi: 'active-hubs', to: 1250}, manual, series, {...options, asOf: '2026-11-01'});
    expect(outcome.status.level).toBe('achieved');
  });
});

describe('an objective', () => {
  const registry = {
    kpis: [kpi(), kpi({id: 'delivery-time', title: 'Delivery time', unit: 'days', direction: 'down'})],
    series: {
      'active-hubs': monthEnds('2026-08', [1100, 1200, 1300, 1420]),
      'delivery-time': monthEnds('2026-08', [14, 14, 15, 16]),
    },
  };

  it('is achieved when every impact is', () => {
    const outcome = computeObjectiveOutcome(
      objective({
        impact: [
          {kpi: 'active-hubs', to: 1400},
          {kpi: 'active-hubs', by: 100},
        ],
      }),
      registry,
      {...options, asOf: '2026-11-30'},
    );
    expect(outcome.phase).toBe('current');
    expect(outcome.status.level).toBe('achieved');
    expect(outcome.impacts.map((impact) => impact.status.level)).toEqual(['achieved', 'achieved']);
  });

  it('otherwise takes the worst status of its impacts, with their reasons named by KPI', () => {
    const outcome = computeObjectiveOutcome(
      objective({
        impact: [
          {kpi: 'active-hubs', to: 1400},
          {kpi: 'delivery-time', by: -2},
        ],
      }),
      registry,
      {...options, asOf: '2026-11-30'},
    );
    expect(outcome.impacts.map((impact) => impact.status.level)).toEqual(['achieved', 'off-track']);
    expect(outcome.status.level).toBe('off-track');
    expect(outcome.status.reasons).toEqual([expect.stringMatching(/^Delivery time: The trend of the last 4 points projects/)]);
  });

  it('is not started before its period, whatever its impacts', () => {
    const outcome = computeObjectiveOutcome(objective({period: {label: '2027', from: '2027-01-01', to: '2027-12-31'}}), registry, {
      ...options,
      asOf: '2026-11-30',
    });
    expect(outcome).toMatchObject({phase: 'upcoming', status: {level: 'not-started'}});
  });

  it('is computed for every objective of a registry, in file order, at any asOf', () => {
    const objectives = [objective({id: 'a'}), objective({id: 'b', period: {label: '2026-Q3', from: '2026-07-01', to: '2026-09-30'}})];
    const now = computeObjectiveOutcomes({...registry, objectives}, {...options, asOf: '2026-11-30'});
    expect(now.map((outcome) => [outcome.id, outcome.phase])).toEqual([
      ['a', 'current'],
      ['b', 'past'],
    ]);
    // As a report of the third quarter reads it, on its last day.
    const then = computeObjectiveOutcomes({...registry, objectives}, {...options, asOf: '2026-09-30'});
    expect(then.map((outcome) => [outcome.id, outcome.phase, outcome.status.level])).toEqual([
      ['a', 'upcoming', 'not-started'],
      ['b', 'current', 'off-track'],
    ]);
  });
});

describe('worstStatus', () => {
  it('orders off track below no data, stale and at risk, and those below on track', () => {
    expect(worstStatus(['achieved', 'on-track'])).toBe('on-track');
    expect(worstStatus(['on-track', 'at-risk', 'stale'])).toBe('stale');
    expect(worstStatus(['no-data', 'off-track', 'achieved'])).toBe('off-track');
    expect(worstStatus([])).toBe('no-data');
  });
});
