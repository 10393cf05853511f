import {renderToStaticMarkup} from 'react-dom/server';
import {describe, expect, it} from 'vitest';
import KpiObjective from '@theme/KpiObjective';
import KpiPageObjectives from '@theme/KpiPage/Objectives';
import {computeObjectives, objectivesAimingAt} from '../../src/compute/objectives';
import type {KpiDefinition, ObjectiveDefinition, Registry} from '../../src/types';
import {textOf} from '../support/html';

const source = {file: 'kpis/a.yml', line: 1, column: 1};
const kpi = (id: string, overrides: Partial<KpiDefinition> = {}): KpiDefinition => ({
  id,
  area: 'product',
  title: id === 'delivery-time' ? 'Delivery time' : 'Active hubs',
  footnotes: {},
  unit: 'count',
  direction: 'up',
  tags: [],
  cadence: 'monthly',
  targets: [],
  source,
  ...overrides,
});
const objective = (overrides: Partial<ObjectiveDefinition> = {}): ObjectiveDefinition => ({
  id: 'autumn-onboarding',
  title: 'Onboard the autumn cohort',
  period: {label: '2026-Q4', from: '2026-10-01', to: '2026-12-31'},
  owner: 'Hub operations lead',
  area: 'product',
  description: 'Bring the *autumn* cohort in.[^plan]',
  footnotes: {plan: 'See the plan.'},
  impact: [
    {kpi: 'active-hubs', to: 1400},
    {kpi: 'delivery-time', by: -2},
  ],
  source,
  ...overrides,
});
const registry: Registry = {
  dir: '/site/kpis',
  areas: [{id: 'product', title: 'Product', order: 0, source}],
  kpis: [kpi('active-hubs'), kpi('delivery-time', {unit: 'days', direction: 'down'})],
  series: {
    'active-hubs': [
      {date: '2026-09-30', value: 1200},
      {date: '2026-10-31', value: 1300},
    ],
    'delivery-time': [
      {date: '2026-10-31', value: 12},
      {date: '2026-11-30', value: 11},
    ],
  },
  objectives: [objective()],
};
const [computed] = computeObjectives(registry, {
  asOf: '2026-12-05',
  tolerance: 0.05,
  trendWindow: 6,
  locale: 'en-US',
  urls: {baseUrl: '/handbook/', routeBasePath: 'kpis'},
});
const card = computed!.card;

describe('KpiObjective', () => {
  const html = renderToStaticMarkup(<KpiObjective data={card} />);
  const text = textOf(html);

  it('is an article named by its title, a level-3 heading linked to the objective page by default', () => {
    const [, titleId] = /^<article[^>]* aria-labelledby="([^"]+)"/.exec(html)!;
    expect(html).toMatch(
      new RegExp(`<h3 id="${titleId}"[^>]*><a href="/handbook/kpis/objectives/autumn-onboarding"[^>]*>Onboard the autumn cohort</a></h3>`),
    );
    expect(renderToStaticMarkup(<KpiObjective data={card} headingLevel={2} />)).toMatch(/<h2 id=/);
  });

  it('shows the period, owner and area, and the description as Markdown with its footnote', () => {
    expect(text).toContain('Period 2026-Q4 (Oct 1, 2026 – Dec 31, 2026)');
    expect(text).toContain('Owner Hub operations lead');
    expect(html).toContain('<a href="/handbook/kpis/product">Product</a>');
    expect(html).toContain('<em>autumn</em>');
    expect(html).toContain('id="kpi-objective-autumn-onboarding-fn-plan"');
  });

  it('shows each impact: the KPI linked, baseline → expected, current, progress with its text, status with its reason', () => {
    expect(html).toMatch(/href="\/handbook\/kpis\/product\/active-hubs"[^>]*>Active hubs<\/a>/);
    expect(text).toContain('Baseline → expected 1,200 → 1,400');
    expect(text).toContain('Current 1,300 on Oct 31, 2026');
    expect(html).toMatch(
      /role="progressbar" aria-label="Progress of Active hubs" aria-valuemin="0" aria-valuemax="100" aria-valuenow="50" aria-valuetext="50%"/,
    );
    expect(text).toContain('50% of the way');
    expect(text).toMatch(
      /Why The trend of the last 2 points projects 1,496.77 by Dec 31, 2026, which meets the target of 1,400 due Dec 31, 2026\./,
    );
  });

  it('says when the baseline is the first point inside the period, and shows a `by` impact as written', () => {
    expect(text).toContain('Baseline → expected 12 days → 10 days (-2 days)');
    expect(text).toContain('No measurement before the period: the baseline is the first one in it, on Oct 31, 2026.');
    expect(text.match(/No measurement before the period/g)).toHaveLength(1);
  });

  it('says "Not started" in words before the period', () => {
    const [upcoming] = computeObjectives(registry, {
      asOf: '2026-09-01',
      tolerance: 0.05,
      trendWindow: 6,
      locale: 'en-US',
      urls: {baseUrl: '/', routeBasePath: 'kpis'},
    });
    const markup = renderToStaticMarkup(<KpiObjective data={upcoming!.card} />);
    expect(markup).toContain('data-status="not-started"');
    expect(textOf(markup)).toContain('Status: Not started');
    expect(markup).not.toContain('role="progressbar"');
  });

  it('lists the objectives aiming at a KPI on its page', () => {
    const markup = renderToStaticMarkup(<KpiPageObjectives objectives={objectivesAimingAt('delivery-time', [card])} />);
    expect(markup).toContain('<h2>Objectives</h2>');
    expect(textOf(markup)).toMatch(/Onboard the autumn cohort 2026-Q4 Status: .+ expects 10 days/);
    expect(renderToStaticMarkup(<KpiPageObjectives objectives={objectivesAimingAt('other', [card])} />)).toBe('');
  });
});
