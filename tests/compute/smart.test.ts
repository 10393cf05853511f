import {describe, expect, it} from 'vitest';
import {createValueFormatter} from '../../src/compute/format';
import {smartChecklist} from '../../src/compute/smart';
import type {KpiDefinition, SmartCriterion} from '../../src/types';

function kpi(overrides: Partial<KpiDefinition> = {}): KpiDefinition {
  return {
    id: 'delivery-time',
    area: 'product',
    title: 'Average delivery time',
    definition: 'Days from order to delivery, averaged over the orders delivered in the month.',
    footnotes: {},
    unit: 'days',
    direction: 'down',
    tags: [],
    cadence: 'monthly',
    owner: 'Product lead',
    targets: [
      {value: 14, by: '2026-01-31'},
      {value: 10, by: '2027-01-31'},
    ],
    data: 'data/delivery-time.csv',
    source: {file: 'kpis/product.yml', line: 1, column: 1},
    ...overrides,
  };
}

function byCriterion(items: SmartCriterion[]): Record<SmartCriterion['criterion'], SmartCriterion> {
  return Object.fromEntries(items.map((item) => [item.criterion, item])) as Record<SmartCriterion['criterion'], SmartCriterion>;
}

describe('smartChecklist', () => {
  it('lists the five criteria in SMART order', () => {
    expect(smartChecklist(kpi(), true).map((item) => item.criterion)).toEqual([
      'specific',
      'measurable',
      'attainable',
      'relevant',
      'time-bound',
    ]);
  });

  it('meets every criterion for a fully described KPI with data, with evidence from the registry', () => {
    const formatter = createValueFormatter('days', 'en');
    const items = smartChecklist(kpi({parent: 'customer-experience'}), true, {
      formatValue: formatter.value,
      formatDate: formatter.date,
      areaTitle: 'Product and Services',
      parentTitle: 'Customer experience',
    });
    expect(items.every((item) => item.met)).toBe(true);
    expect(items.map((item) => item.evidence)).toEqual([
      '"Average delivery time" has a written definition.',
      'Measured in days from data/delivery-time.csv.',
      'Target 10 days by Jan 31, 2027, against a baseline from the measurements.',
      'Owned by Product lead in Product and Services; rolls up to Customer experience.',
      'Measured monthly; all 2 targets have due dates, the last Jan 31, 2027.',
    ]);
  });

  it('falls back to raw values, ISO dates and ids without a context', () => {
    const items = byCriterion(smartChecklist(kpi({targets: [{value: 10, by: '2027-01-31'}], parent: 'cx'}), true));
    expect(items.attainable.evidence).toBe('Target 10 by 2027-01-31, against a baseline from the measurements.');
    expect(items.relevant.evidence).toBe('Owned by Product lead in product; rolls up to cx.');
    expect(items['time-bound'].evidence).toBe('Measured monthly; the target is due 2027-01-31.');
  });

  it('is not specific without a definition', () => {
    for (const definition of [undefined, '   ']) {
      const {specific} = byCriterion(smartChecklist(kpi({definition}), true));
      expect(specific).toEqual({
        criterion: 'specific',
        met: false,
        evidence: '"Average delivery time" has no definition of what is counted and how.',
      });
    }
  });

  it('is measurable with a data source, for a quantitative KPI', () => {
    const {measurable} = byCriterion(smartChecklist(kpi({data: undefined}), false));
    expect(measurable).toEqual({criterion: 'measurable', met: false, evidence: 'Measured in days, but no data file is given.'});
  });

  it('is measurable with a hand-set status, for a qualitative KPI', () => {
    const text = kpi({unit: 'text', data: 'data/health.yml', targets: []});
    expect(byCriterion(smartChecklist(text, true)).measurable).toEqual({
      criterion: 'measurable',
      met: false,
      evidence: 'A qualitative KPI without a status set by hand.',
    });
    const withStatus = {...text, status: {level: 'at-risk' as const, reasons: ['Supplier is late']}};
    expect(byCriterion(smartChecklist(withStatus, true)).measurable).toEqual({
      criterion: 'measurable',
      met: true,
      evidence: 'A qualitative KPI whose status is set by hand (at-risk).',
    });
  });

  it('is attainable with a target and a baseline from the data', () => {
    expect(byCriterion(smartChecklist(kpi(), false)).attainable).toEqual({
      criterion: 'attainable',
      met: false,
      evidence: 'Target 10 by 2027-01-31, but no measurement yet to judge it from.',
    });
    expect(byCriterion(smartChecklist(kpi({targets: []}), true)).attainable).toEqual({
      criterion: 'attainable',
      met: false,
      evidence: 'No target is set.',
    });
  });

  it('is relevant with an owner in an area; a parent is not required', () => {
    expect(byCriterion(smartChecklist(kpi(), true)).relevant).toMatchObject({met: true, evidence: 'Owned by Product lead in product.'});
    expect(byCriterion(smartChecklist(kpi({owner: undefined}), true, {areaTitle: 'Product'})).relevant).toEqual({
      criterion: 'relevant',
      met: false,
      evidence: 'No owner is named in Product.',
    });
  });

  it('is time-bound when every target has a due date and a cadence is set', () => {
    expect(byCriterion(smartChecklist(kpi({targets: []}), true))['time-bound']).toEqual({
      criterion: 'time-bound',
      met: false,
      evidence: 'Measured monthly, but no target has a due date.',
    });
    const undated = kpi({
      targets: [
        {value: 14, by: '2026-01-31'},
        {value: 10, by: ''},
      ],
    });
    expect(byCriterion(smartChecklist(undated, true))['time-bound']).toMatchObject({
      met: false,
      evidence: 'Measured monthly, but 1 of 2 targets have no due date.',
    });
  });

  it('is pure: the same KPI gives the same checklist and is not changed', () => {
    const definition = kpi();
    const copy = structuredClone(definition);
    expect(smartChecklist(definition, true)).toEqual(smartChecklist(definition, true));
    expect(definition).toEqual(copy);
  });
});
