import React from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import {describe, expect, it} from 'vitest';
import KpiSparkline from '@theme/KpiSparkline';
import {activeContributors, deliveryTime} from '../support/sampleCards';

const geometry = deliveryTime.sparkline!;
const description = deliveryTime.sparklineDescription!;

function render(props: Partial<React.ComponentProps<typeof KpiSparkline>> = {}): string {
  return renderToStaticMarkup(
    <KpiSparkline geometry={geometry} description={description} title="Trend of Average delivery time" {...props} />,
  );
}

describe('KpiSparkline', () => {
  it('is an image named by its title and described by its desc', () => {
    const html = render({id: 'delivery'});
    expect(html).toMatch(/^<svg[^>]* role="img"/);
    expect(html).toContain('aria-labelledby="delivery-title delivery-desc"');
    expect(html).toContain('<title id="delivery-title">Trend of Average delivery time</title>');
    expect(html).toContain(`<desc id="delivery-desc">${description} The dashed line marks the target.</desc>`);
  });

  it('scales to its container with the geometry as viewBox', () => {
    const html = render();
    expect(html).toContain('viewBox="0 0 240 48"');
    expect(html).toContain('width="240"');
    expect(html).toContain('height="48"');
  });

  it('draws the precomputed area, line, latest point and target', () => {
    const html = render();
    expect(html).toContain(`d="${geometry.line}V44H4Z"`);
    expect(html).toContain(`d="${geometry.line}"`);
    expect(html).toContain('cx="236" cy="44" r="3"');
    expect(html).toContain('<line');
    expect(html).toContain('y1="39.56" y2="39.56"');
  });

  it('has no target line, and says none, when there is no target', () => {
    const html = renderToStaticMarkup(
      <KpiSparkline geometry={activeContributors.sparkline!} description={activeContributors.sparklineDescription!} title="Trend" />,
    );
    expect(html).not.toContain('<line');
    expect(html).not.toContain('dashed line');
  });

  it('references ids that exist, without a given id', () => {
    const html = render();
    const [, labelledBy] = /aria-labelledby="([^"]+)"/.exec(html)!;
    for (const id of labelledBy!.split(' ')) expect(html).toContain(`id="${id}"`);
  });

  it('renders byte-identical markup every time', () => {
    expect(render()).toBe(render());
  });

  it('gives two sparklines on one page distinct ids', () => {
    const html = renderToStaticMarkup(
      <>
        <KpiSparkline geometry={geometry} description={description} title="A" />
        <KpiSparkline geometry={geometry} description={description} title="B" />
      </>,
    );
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    expect(ids).toHaveLength(4);
    expect(new Set(ids).size).toBe(4);
  });

  it('escapes text from data', () => {
    const html = render({description: '<script>alert(1)</script>', title: 'A & B'});
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('A &amp; B');
  });

  it('names the events within the series in its text alternative', () => {
    const html = render({id: 'ev', events: [{date: 'Sep 15, 2026', label: 'New sizing guide'}]});
    expect(html).toContain(
      `<desc id="ev-desc">${description} The dashed line marks the target. Events: Sep 15, 2026: New sizing guide.</desc>`,
    );
  });
});
