import {renderToStaticMarkup} from 'react-dom/server';
import {describe, expect, it} from 'vitest';
import KpiStatusHistory from '@theme/KpiStatusHistory';
import type {StatusHistoryEntry} from '../../src/types';

const history: StatusHistoryEntry[] = [
  {date: '2026-08-31', label: 'Aug 2026', status: {level: 'off-track', reasons: [], origin: 'computed'}},
  {date: '2026-09-30', label: 'Sep 2026', status: {level: 'at-risk', reasons: [], origin: 'computed'}},
  {date: '2026-10-31', label: 'Oct 2026', status: {level: 'on-track', reasons: [], origin: 'computed'}},
];

describe('KpiStatusHistory', () => {
  it('is a titled section with an ordered list of periods, each with a dated label and a text status', () => {
    const html = renderToStaticMarkup(<KpiStatusHistory history={history} id="h" />);
    expect(html).toMatch(/^<section aria-labelledby="h-title"><h2 id="h-title">Status history<\/h2>/);
    expect(html).toContain('the last 3 periods');
    const items = [...html.matchAll(/<li[^>]*data-status="([a-z-]+)"[^>]*>(.*?)<\/li>/g)];
    expect(items.map((item) => item[1])).toEqual(['off-track', 'at-risk', 'on-track']);
    expect(items[0]![2]).toContain('<time dateTime="2026-08-31">Aug 2026</time>');
    expect(items[0]![2]).toContain('Off track');
    expect(items[2]![2]).toContain('On track');
  });

  it('renders nothing without a history', () => {
    expect(renderToStaticMarkup(<KpiStatusHistory history={[]} id="h" />)).toBe('');
  });
});
