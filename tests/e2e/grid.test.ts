import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {
  axeViolations,
  contextOptions,
  describeViolations,
  horizontalOverflow,
  launchChromium,
  outputPath,
  type ServedSite,
  serveBuiltSite,
  waitForHydration,
} from './support/browser';
import {expectCardShows, exportedKpis} from './support/kpis';

/** The organisation page's `::::kpi-grid` of headline KPIs. */
const PATH = '/docs/organization/kpis';
const GRID_CARDS = ['communities-served', 'delivery-time', 'team-engagement', 'team-utilisation'];

let site: ServedSite;
let browser: Browser;

beforeAll(async () => {
  // Chromium first: when it is missing, no server is left running.
  browser = await launchChromium();
  site = await serveBuiltSite();
});

afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

async function open(options: Parameters<typeof contextOptions>[0]): Promise<Page> {
  const context = await browser.newContext(contextOptions(options));
  const page = await context.newPage();
  await page.goto(site.url(PATH));
  await waitForHydration(page);
  await page.locator('main .kpi-grid article[data-kpi]').first().waitFor({state: 'visible'});
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

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe-core finds no violations in ${scheme} mode`, async () => {
      const page = await open({scheme});
      expect(await page.locator('html').getAttribute('data-theme')).toBe(scheme);
      const violations = await axeViolations(page);
      await page.screenshot({path: outputPath(`grid-${scheme}.png`), fullPage: true, animations: 'disabled'});
      expect(violations, describeViolations(violations)).toEqual([]);
      await page.context().close();
    });
  }

  test('is one column on a phone, without sideways scrolling', async () => {
    const page = await open({viewport: {width: 375, height: 812}, deviceScaleFactor: 2, isMobile: true, hasTouch: true});
    expect(await page.evaluate(() => document.documentElement.clientWidth)).toBe(375);
    const layout = await columns(page);
    expect(layout.columns, JSON.stringify(layout.boxes)).toBe(1);
    expect(layout.rows).toBe(4);
    for (const box of layout.boxes) expect(box.x + box.width).toBeLessThanOrEqual(375);
    const {overflow, culprits} = await horizontalOverflow(page);
    expect(overflow, `wider than the screen: ${culprits.join(', ')}`).toBeLessThanOrEqual(0);
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
