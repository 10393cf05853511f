import React from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import {describe, expect, it} from 'vitest';
import KpiChart from '@theme/KpiChart';
import {computeChart} from '../../src/compute/chart';
import {createValueFormatter} from '../../src/compute/format';

const formatter = createValueFormatter('days', 'en');
const series = [18, 17, 16, 16, 15, 14].map((value, i) => ({date: new Date(Date.UTC(2025, i + 1, 0)).toISOString().slice(0, 10), value}));
const geometry = computeChart(
  series,
  [
    {value: 15, by: '2025-03-31'},
    {value: 10, by: '2026-06-30'},
  ],
  formatter,
)!;
const description = '6 monthly values from Jan 2025 to Jun 2025: from 18 days to 14 days, lowest 14 days, highest 18 days.';

function render(props: Partial<React.ComponentProps<typeof KpiChart>> = {}): string {
  return renderToStaticMarkup(
    <KpiChart geometry={geometry} title="Average delivery time over time" description={description} {...props} />,
  );
}

describe('KpiChart', () => {
  it('is a figure holding an image named by its title and described by its desc', () => {
    const html = render({id: 'delivery'});
    expect(html).toMatch(/^<figure[^>]*><svg[^>]* role="img"/);
    expect(html).toContain('aria-labelledby="delivery-title delivery-desc"');
    expect(html).toContain('<title id="delivery-title">Average delivery time over time</title>');
  });

  it('describes the measurements and the targets in force over time', () => {
    expect(render({id: 'd'})).toContain(
      `<desc id="d-desc">${description} The dashed line shows the target in force over time: 15 days until Mar 31, 2025; 10 days until Jun 30, 2026.</desc>`,
    );
  });

  it('scales to its container with the geometry as viewBox', () => {
    const html = render();
    expect(html).toContain(`viewBox="0 0 ${geometry.width} ${geometry.height}"`);
    expect(html).toContain('preserveAspectRatio="xMidYMid meet"');
  });

  it('draws both axes with their tick labels, and a gridline per value tick', () => {
    const html = render();
    for (const tick of [...geometry.xTicks, ...geometry.yTicks]) expect(html).toContain(`>${tick.label}</text>`);
    for (const tick of geometry.yTicks) {
      expect(html).toContain(
        `<line x1="${geometry.plot.left}" x2="${geometry.plot.right}" y1="${tick.position}" y2="${tick.position}"></line>`,
      );
    }
    expect(html).toContain('>Apr 2025</text>');
    expect(html).toContain('>18 days</text>');
  });

  it('draws the line and every point with its date and value as a tooltip', () => {
    const html = render();
    expect(html).toContain(`d="${geometry.line}"`);
    for (const point of geometry.points) {
      expect(html).toMatch(
        new RegExp(`<title>${point.label}</title><circle class="[^"]*point[^"]*" cx="${point.x}" cy="${point.y}" r="3.5">`),
      );
    }
    expect(html).toContain('<title>Jun 30, 2025: 14 days</title>');
  });

  it('draws the target steps as one dashed path, labelled with their values', () => {
    const html = render();
    expect(html).toMatch(new RegExp(`<path class="[^"]*target[^"]*" d="${geometry.targetPath}">`));
    expect(html).toContain('>15 days</text>');
    expect(html).toContain('>10 days</text>');
  });

  it('has a legend of the line and, with targets, of the dashed steps', () => {
    expect(render()).toMatch(/<ul class="[^"]*legend[^"]*">.*Measured values.*Target in force.*<\/ul>/);
    const plain = renderToStaticMarkup(<KpiChart geometry={computeChart(series, [], formatter)!} title="T" description={description} />);
    expect(plain).toContain('Measured values');
    expect(plain).not.toContain('Target in force');
    expect(plain).not.toMatch(/class="[^"]*target/);
    expect(plain).not.toContain('dashed line');
    expect(plain).toContain(`<desc id="${/<desc id="([^"]+)"/.exec(plain)![1]}">${description}</desc>`);
  });

  it('hides the decorative legend swatches', () => {
    const swatches = render().match(/<svg class="[^"]*swatch[^"]*"[^>]*>/g)!;
    expect(swatches).toHaveLength(2);
    for (const swatch of swatches) expect(swatch).toContain('aria-hidden="true"');
  });

  it('has no script behaviour', () => {
    expect(render()).not.toMatch(/ on[a-z]+=|<script|tabindex/i);
  });

  it('references ids that exist, without a given id, and distinct for two charts', () => {
    const html = renderToStaticMarkup(
      <>
        <KpiChart geometry={geometry} title="A" description="a" />
        <KpiChart geometry={geometry} title="B" description="b" />
      </>,
    );
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    expect(ids).toHaveLength(4);
    expect(new Set(ids).size).toBe(4);
    for (const [, labelledBy] of html.matchAll(/aria-labelledby="([^"]+)"/g)) {
      for (const id of labelledBy!.split(' ')) expect(ids).toContain(id);
    }
  });

  it('renders byte-identical markup every time', () => {
    expect(render({id: 'x'})).toBe(render({id: 'x'}));
  });

  it('escapes text from data', () => {
    const html = render({description: '<script>alert(1)</script>', title: 'A & B'});
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('A &amp; B');
  });

  it('draws events as labelled vertical markers, names them in the text alternative and the legend', () => {
    const withEvents = computeChart(series, [], formatter, {events: [{date: '2025-03-15', label: 'New sizing guide'}]})!;
    const html = render({id: 'e', geometry: withEvents});
    expect(html).toMatch(/<line[^>]*y1="20"[^>]*>/);
    expect(html).toContain('<title>Mar 15, 2025: New sizing guide</title>');
    expect(html).toMatch(/<text[^>]*text-anchor="start"[^>]*>New sizing guide<\/text>/);
    expect(html).toContain(`<desc id="e-desc">${description} Events: Mar 15, 2025: New sizing guide.</desc>`);
    expect(html).toContain('Event</li>');
    expect(render({id: 'n'})).not.toContain('Event</li>');
  });
});
