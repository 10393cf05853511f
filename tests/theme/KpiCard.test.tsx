import React from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import {describe, expect, it} from 'vitest';
import KpiCard from '@theme/KpiCard';
import {
  activeContributors,
  deliveryTime,
  monthlyRevenue,
  newKpi,
  partnerSatisfaction,
  renewalRate,
  sampleCards,
  unknownKpi,
} from '../support/sampleCards';
import {textOf} from '../support/html';

function render(element: React.ReactElement): string {
  return renderToStaticMarkup(element);
}

/** Visible and spoken text, without markup. */

describe('KpiCard', () => {
  const html = render(<KpiCard data={deliveryTime} />);

  it('is an article named by its title, linked to the KPI page', () => {
    expect(html).toMatch(/^<article[^>]* aria-labelledby="([^"]+)"/);
    const [, titleId] = /aria-labelledby="([^"]+)"/.exec(html)!;
    expect(html).toMatch(
      new RegExp(`<h3 id="${titleId}"[^>]*><a href="/kpis/product-and-services/delivery-time"[^>]*>Average delivery time</a></h3>`),
    );
    expect(html).toContain('data-kpi="delivery-time"');
    expect(html).toContain('data-status="achieved"');
  });

  it('shows the area', () => {
    expect(html).toContain('>Product and Services</p>');
  });

  it('shows the value and its change with meaning in words', () => {
    expect(html).toMatch(/<p[^>]*>9 days<\/p>/);
    expect(html).toContain('−2 days');
    expect(html).toContain('(−18.2%)');
    expect(html).toContain('better than the previous period');
    expect(html).toContain('vs. 11 days');
  });

  it('shows the status badge', () => {
    expect(textOf(html)).toContain('Status: Achieved');
  });

  it('shows the target in force and the progress toward it', () => {
    expect(textOf(html)).toContain('Target 10 days by Jan 31, 2027');
    expect(textOf(html)).toContain('100% of the way');
    expect(html).toMatch(/role="progressbar"[^>]* aria-valuemin="0" aria-valuemax="100" aria-valuenow="100" aria-valuetext="100%"/);
    expect(html).toContain('aria-label="Progress toward the target"');
    expect(html).toContain('style="width:100%"');
  });

  it('draws the sparkline with its text alternative', () => {
    expect(html).toContain('role="img"');
    expect(html).toMatch(/<title id="[^"]+">Trend of Average delivery time<\/title>/);
    expect(html).toContain(deliveryTime.sparklineDescription);
    expect(html).toContain(`d="${deliveryTime.sparkline!.line}"`);
  });

  it('lists the facts: as of, owner, cadence, tags', () => {
    expect(html).toMatch(/<dt>As of<\/dt><dd>Oct 31, 2025<\/dd>/);
    expect(html).toMatch(/<dt>Owner<\/dt><dd>Product lead<\/dd>/);
    expect(html).toMatch(/<dt>Measured<\/dt><dd>Monthly<\/dd>/);
    expect(html).toMatch(/<dt>Tags<\/dt><dd><ul[^>]*><li[^>]*>quantitative<\/li><li[^>]*>lagging<\/li><\/ul><\/dd>/);
  });

  it('says when a cached result stands in for a source that was down, and not otherwise', () => {
    const cached = render(
      <KpiCard data={{...deliveryTime, formatted: {...deliveryTime.formatted, lastSuccessfulQuery: 'Nov 19, 2026'}}} />,
    );
    expect(cached).toMatch(/<dt>Data<\/dt><dd>as of the last successful query on Nov 19, 2026<\/dd>/);
    expect(html).not.toContain('last successful query');
  });

  it('explains the status with its reasons', () => {
    expect(textOf(html)).toContain('Why this status');
    expect(html).toMatch(/<ul[^>]* aria-labelledby="[^"]+"><li>9 days is at or below the target of 10 days due Jan 31, 2027.<\/li><\/ul>/);
  });

  it('shows the page commentary', () => {
    const withBody = render(
      <KpiCard data={deliveryTime}>
        <p>
          We changed how we size work in March, which explains the <strong>dip</strong>.
        </p>
      </KpiCard>,
    );
    expect(withBody).toContain('<p>We changed how we size work in March, which explains the <strong>dip</strong>.</p>');
    // After the card's own content.
    expect(withBody.indexOf('We changed')).toBeGreaterThan(withBody.indexOf('Product lead'));
  });

  it('has no commentary block without a body', () => {
    const empty = render(<KpiCard data={deliveryTime}>{'\n  '}</KpiCard>);
    expect(empty).toBe(html);
  });

  it('marks a stale, worsening KPI as at risk and stale', () => {
    const stale = render(<KpiCard data={renewalRate} />);
    expect(textOf(stale)).toContain('Status: At risk');
    expect(stale).toContain('data-status="stale"');
    expect(stale).toContain('worse than the previous period');
    expect(stale).toContain('aria-valuenow="0"');
    expect(stale.match(/<li>/g)).toHaveLength(2);
  });

  it('shows progress part of the way', () => {
    const partial = render(<KpiCard data={monthlyRevenue} />);
    expect(partial).toContain('aria-valuenow="62"');
    expect(partial).toContain('aria-valuetext="62.4%"');
    expect(partial).toContain('style="width:62.4%"');
    expect(textOf(partial)).toContain('Target $20,000 by Jun 30, 2026');
    // No series, no sparkline.
    expect(partial).not.toContain('role="img"');
    expect(partial).not.toContain('<title');
  });

  it('leaves out target, progress and reasons when there are none', () => {
    const bare = render(<KpiCard data={activeContributors} />);
    expect(bare).not.toContain('progressbar');
    expect(bare).not.toContain('Target');
    expect(bare).not.toContain('Why this status');
    expect(bare).not.toContain('Owner');
    expect(textOf(bare)).toContain('Status: No target');
    expect(bare).toContain('unchanged from the previous period');
    expect(bare).toMatch(/<dt>Measured<\/dt><dd>Quarterly<\/dd>/);
  });

  it('shows a qualitative value and the reasons given by hand', () => {
    const qualitative = render(<KpiCard data={partnerSatisfaction} />);
    expect(qualitative).toMatch(/<p[^>]*>Mixed feedback<\/p>/);
    expect(textOf(qualitative)).toContain('Status: Off track');
    expect(textOf(qualitative)).toContain('Status set by hand because');
    expect(qualitative).toContain('<li>Two partners raised slow support responses in the Q3 review.</li>');
    expect(qualitative).not.toContain('data-sentiment');
  });

  it('says "No data yet" when nothing is measured', () => {
    const empty = render(<KpiCard data={newKpi} />);
    expect(textOf(empty)).toContain('No data yet');
    expect(textOf(empty)).toContain('Status: No data');
    expect(textOf(empty)).toContain('Target 24 hours by Mar 31, 2026');
    expect(empty).not.toContain('progressbar');
    expect(empty).not.toContain('role="img"');
    expect(empty).not.toContain('As of');
    expect(empty).not.toContain('data-sentiment');
    expect(empty).not.toMatch(/<dt>Tags/);
  });

  it('shows a visible "Unknown KPI" card for an id the registry does not know', () => {
    const unknown = render(<KpiCard data={unknownKpi} />);
    expect(unknown).toMatch(/^<article[^>]* data-kpi="delivery-tme" data-status="missing"/);
    expect(unknown).toMatch(/<h3 id="[^"]+"[^>]*>Unknown KPI <code>delivery-tme<\/code><\/h3>/);
    expect(textOf(unknown)).toContain('not in the registry');
    expect(unknown).not.toContain('<a ');
    expect(unknown).not.toContain('No data yet');
    expect(unknown).not.toContain('Status:');
  });

  it('still shows the commentary of an unknown KPI', () => {
    expect(render(<KpiCard data={unknownKpi}>Body text</KpiCard>)).toContain('Body text');
  });

  it('takes the heading level from a prop', () => {
    expect(render(<KpiCard data={deliveryTime} headingLevel={2} />)).toMatch(/<h2 id="[^"]+"[^>]*><a /);
    expect(render(<KpiCard data={deliveryTime} headingLevel={6} />)).toMatch(/<h6 id="[^"]+"[^>]*><a /);
    expect(render(<KpiCard data={unknownKpi} headingLevel={4} />)).toMatch(/<h4 id=/);
  });

  it('in the compact variant shows title, status, value, change and sparkline only', () => {
    const compact = render(
      <KpiCard data={deliveryTime} variant="compact" headingLevel={3}>
        Commentary
      </KpiCard>,
    );
    expect(compact).toMatch(/^<article class="kpi-card kpi-card--compact"/);
    for (const part of ['kpi-card__title', 'kpi-status', 'kpi-card__value', 'kpi-change', 'kpi-card__sparkline'])
      expect(compact).toContain(part);
    for (const part of ['kpi-card__target', 'kpi-card__reasons', 'kpi-card__facts', 'Commentary']) expect(compact).not.toContain(part);
    expect(html).toContain('kpi-card__facts');
    expect(html).not.toContain('kpi-card--compact');
  });

  it('says the value is confidential instead of showing it', () => {
    const confidential = {...deliveryTime, formatted: {target: '10 days', targetBy: 'Jan 31, 2027'}, confidential: true};
    delete (confidential as Partial<typeof deliveryTime>).change;
    delete (confidential as Partial<typeof deliveryTime>).sparkline;
    const text = textOf(render(<KpiCard data={confidential} />));
    expect(text).toContain('Confidential The values of this KPI are not published.');
    expect(text).not.toContain('No data yet');
  });

  it('renders text from data as text, never as HTML', () => {
    const hostile = render(
      <KpiCard
        data={{
          ...deliveryTime,
          title: '<img src=x onerror=alert(1)>',
          owner: '<script>alert(1)</script>',
          status: {...deliveryTime.status, reasons: ['<b>bold</b>']},
        }}
      />,
    );
    expect(hostile).not.toContain('<img');
    expect(hostile).not.toContain('<script');
    expect(hostile).not.toContain('<b>');
    expect(hostile).toContain('&lt;script&gt;');
  });

  it('renders byte-identical markup every time', () => {
    for (const card of sampleCards) {
      expect(render(<KpiCard data={card} />)).toBe(render(<KpiCard data={card} />));
    }
  });

  it('gives every id on a page with the same card twice a unique value, and references only existing ids', () => {
    const page = render(
      <>
        {sampleCards.map((card) => (
          <KpiCard key={card.id} data={card} />
        ))}
        <KpiCard data={deliveryTime} />
      </>,
    );
    const ids = [...page.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]!);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [, refs] of page.matchAll(/aria-labelledby="([^"]+)"/g)) {
      for (const ref of refs!.split(' ')) expect(ids).toContain(ref);
    }
  });

  it('renders every sample without "undefined" or "NaN"', () => {
    for (const card of sampleCards) {
      const markup = render(<KpiCard data={card} />);
      expect(markup).not.toMatch(/undefined|NaN|\{\w+\}/);
    }
  });
});
