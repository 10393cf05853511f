import type {Page} from 'playwright-core';
import {describe, expect, test} from 'vitest';
import {contextOptions} from './support/browser';
import {expectCardShows, exportedKpis} from './support/kpis';
import {expectNoSidewaysScroll, expectWithinPhoneWidth, PHONE, useBuiltSite} from './support/suites';

/** The organisation page's `::::kpi-grid` of headline KPIs. */
const PATH = '/docs/organization/kpis';
const GRID_CARDS = ['communities-served', 'delivery-time', 'team-engagement', 'team-utilisation'];

const built = useBuiltSite();

async function open(options: Parameters<typeof contextOptions>[0]): Promise<Page> {
  const context = await built.browser().newContext(contextOptions(options));
  const page = await context.newPage();
  await built.open(page, {name: 'grid', path: PATH, ready: 'main .kpi-grid article[data-kpi]'});
  return page;
}

/** How many columns the grid's cards fall into: the distinct left edges of their boxes. */
async function columns(page: Page): Promise<{columns: number; rows: number; boxes: {x: number; y: number; width: number}[]}> {
  const boxes = await page.locator('main .kpi-grid > article').evaluateAll((cards) =>
    cards.map((card) => {
      const box = card.getBoundingClientRect();
      return {x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width)};
    }),
  );
  return {columns: new Set(boxes.map((box) => box.x)).size, rows: new Set(boxes.map((box) => box.y)).size, boxes};
}

describe('the organisation page’s grid of headline KPIs', () => {
  test('holds the four compact cards, with title, value, status and sparkline, and no target or facts', async () => {
    const page = await open({});
    const cards = page.locator('main .kpi-grid > article');
    expect(await cards.evaluateAll((all) => all.map((card) => card.getAttribute('data-kpi')))).toEqual(GRID_CARDS);
    const kpis = exportedKpis();
    for (let index = 0; index < GRID_CARDS.length; index++) {
      const card = cards.nth(index);
      expect(await card.getAttribute('class')).toContain('kpi-card--compact');
      await expectCardShows(card, kpis.get(GRID_CARDS[index]!)!);
      expect(await card.locator('h3 a').count()).toBe(1);
      expect(await card.locator('.kpi-card__target, .kpi-card__facts').count()).toBe(0);
    }
    expect(await page.locator('main .kpi-grid svg[role="img"]').count()).toBeGreaterThanOrEqual(3);
    await page.context().close();
  });

  // axe-core checks this page in light and dark mode with the other pages (accessibility.test.ts: organisation-index).

  test('is one column on a phone, without sideways scrolling', async () => {
    const page = await open(PHONE);
    const layout = await columns(page);
    expect(layout.columns, JSON.stringify(layout.boxes)).toBe(1);
    expect(layout.rows).toBe(4);
    await expectWithinPhoneWidth(page, 'main .kpi-grid > article');
    await expectNoSidewaysScroll(page, 'grid');
    await page.context().close();
  });

  test('is two to four columns on a wide screen', async () => {
    for (const width of [1280, 1920]) {
      const page = await open({viewport: {width, height: 900}});
      const layout = await columns(page);
      expect(layout.columns, `${width}px: ${JSON.stringify(layout.boxes)}`).toBeGreaterThanOrEqual(2);
      expect(layout.columns).toBeLessThanOrEqual(4);
      await page.context().close();
    }
  });
});
