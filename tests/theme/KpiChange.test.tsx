import {renderToStaticMarkup} from 'react-dom/server';
import {describe, expect, it} from 'vitest';
import KpiChange from '@theme/KpiChange';
import {activeContributors, deliveryTime, monthlyRevenue, renewalRate} from '../support/sampleCards';
import type {KpiCardData} from '../../src/types';

function render(card: KpiCardData, showPrevious = false): string {
  return renderToStaticMarkup(<KpiChange change={card.change!} formatted={card.formatted} showPrevious={showPrevious} />);
}

/** Text as a screen reader gets it: tags and aria-hidden parts removed. */
function spoken(html: string): string {
  return html
    .replace(/<span[^>]*aria-hidden="true"[^>]*>[^<]*<\/span>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('KpiChange', () => {
  it('shows a fall that is good news as a down arrow, "better", in words', () => {
    const html = render(deliveryTime);
    expect(html).toContain('data-sentiment="better"');
    expect(html).toContain('▼');
    expect(html).toContain('−2 days');
    expect(html).toContain('(−18.2%)');
    expect(html).toContain('>better</span>');
    expect(spoken(html)).toBe('−2 days(−18.2%), better than the previous period');
  });

  it('shows a rise that is good news as an up arrow, "better"', () => {
    const html = render(monthlyRevenue);
    expect(html).toContain('▲');
    expect(html).toContain('+$1,100');
    expect(spoken(html)).toContain('better than the previous period');
  });

  it('shows a fall that is bad news as "worse"', () => {
    const html = render(renewalRate);
    expect(html).toContain('data-sentiment="worse"');
    expect(html).toContain('▼');
    expect(html).toContain('−1 pp');
    expect(spoken(html)).toContain('worse than the previous period');
  });

  it('shows no change as a square, "unchanged"', () => {
    const html = render(activeContributors);
    expect(html).toContain('data-sentiment="unchanged"');
    expect(html).toContain('■');
    expect(html).not.toMatch(/[▲▼]/);
    expect(spoken(html)).toContain('unchanged from the previous period');
  });

  it('keeps the arrows out of the accessible text', () => {
    expect(spoken(render(deliveryTime))).not.toMatch(/[▲▼■]/);
  });

  it('shows the previous value on request', () => {
    expect(render(deliveryTime)).not.toContain('vs.');
    expect(render(deliveryTime, true)).toContain('vs. 11 days');
  });

  it('leaves out the relative change when there is none', () => {
    const html = renderToStaticMarkup(<KpiChange change={{absolute: 3, relative: null, sentiment: 'better'}} formatted={{change: '+3'}} />);
    expect(html).toContain('+3');
    expect(html).not.toContain('(');
  });
});
