import {describe, expect, it} from 'vitest';
import {toKpiCardData, toKpiReferenceData} from '../../src/compute/cardData';
import {createValueFormatter} from '../../src/compute/format';
import type {KpiDefinition, KpiValues} from '../../src/types';
import {deliveryTime, unknownKpi} from '../support/sampleCards';

describe('toKpiReferenceData', () => {
  it('keeps what a reference shows and nothing else', () => {
    expect(toKpiReferenceData(deliveryTime)).toEqual({
      id: 'delivery-time',
      title: 'Average delivery time',
      permalink: '/kpis/product-and-services/delivery-time',
      status: {level: 'achieved'},
      formatted: {value: '9 days', change: '−2 days', target: '10 days', targetBy: 'Jan 31, 2027'},
    });
  });

  it('keeps an unknown KPI marked as missing', () => {
    expect(toKpiReferenceData(unknownKpi)).toEqual({
      id: 'delivery-tme',
      title: 'delivery-tme',
      permalink: '',
      status: {level: 'no-data'},
      formatted: {},
      missing: true,
    });
  });
});

describe('toKpiCardData', () => {
  const kpi: KpiDefinition = {
    id: 'members',
    area: 'community',
    title: 'Members',
    footnotes: {},
    unit: 'count',
    direction: 'up',
    tags: [],
    cadence: 'monthly',
    targets: [{value: 200, by: '2027-01-31'}],
    source: {file: 'kpis/community.yml', line: 1, column: 1},
  };
  const latest = {date: '2026-10-31', value: 165.87};
  const previous = {date: '2026-09-30', value: 170.76};
  const values: KpiValues = {
    latest,
    previous,
    // As the subtraction gives them.
    change: {absolute: latest.value - previous.value, relative: (latest.value - previous.value) / previous.value, sentiment: 'worse'},
    target: {value: 200, by: '2027-01-31'},
    progress: 1 / 3,
    stale: false,
    status: {level: 'off-track', reasons: [], origin: 'computed'},
  };
  const card = toKpiCardData(kpi, values, [previous, latest], {
    area: {id: 'community', title: 'Community', order: 0, source: kpi.source},
    permalink: '/kpis/community/members',
    formatter: createValueFormatter('count', 'en'),
  });

  it('rounds the numbers that only steer the drawing to six significant digits', () => {
    expect(latest.value - previous.value).toBe(-4.889999999999986);
    expect(card.change).toEqual({absolute: -4.89, relative: -0.0286367, sentiment: 'worse'});
    expect(card.progress).toBe(0.333333);
  });

  it('keeps the formatted strings as the formatter gives them', () => {
    expect(card.formatted).toMatchObject({value: '165.87', previous: '170.76', change: '-4.89', target: '200'});
    expect(card.formatted.lastSuccessfulQuery).toBeUndefined();
  });

  it('dates the last successful query when a cached result stands in for a source that was down', () => {
    const cached = toKpiCardData(kpi, values, [previous, latest], {
      area: {id: 'community', title: 'Community', order: 0, source: kpi.source},
      permalink: '/kpis/community/members',
      formatter: createValueFormatter('count', 'en'),
      lastSuccessfulQuery: '2026-11-19',
    });
    expect(cached.formatted.lastSuccessfulQuery).toBe('Nov 19, 2026');
  });
});
