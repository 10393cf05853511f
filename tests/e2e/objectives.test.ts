import type {Browser, BrowserContext, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {
  axeViolations,
  contextOptions,
  describeViolations,
  horizontalOverflow,
  launchChromium,
  outputPath,
  readmeScreenshotDir,
  type ServedSite,
  serveBuiltSite,
  waitForHydration,
} from './support/browser';
import {collectPageErrors, expectReadable} from './support/kpis';
import type {PageType} from './support/pages';

/** The example handbook's pages that show objectives: the list, one objective's page, and cards in a handbook page. */
const OBJECTIVE_PAGES: readonly PageType[] = [
  {name: 'objectives', path: '/kpis/objectives', ready: 'main article[data-objective]'},
  {name: 'objective-page', path: '/kpis/objectives/autumn-onboarding', ready: 'main article[data-objective]'},
  {name: 'objective-cards', path: '/docs/organization/kpis', ready: 'main article[data-objective]'},
  {name: 'objectives-fr', path: '/fr/kpis/objectives', ready: 'main article[data-objective]'},
];

let site: ServedSite;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
  site = await serveBuiltSite();
});

afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

async function open(page: Page, pageType: PageType): Promise<void> {
  await page.goto(site.url(pageType.path));
  await waitForHydration(page);
  await page.locator(pageType.ready).first().waitFor({state: 'visible'});
}

for (const scheme of ['light', 'dark'] as const) {
  describe(`${scheme} mode`, () => {
    let context: BrowserContext;
    let page: Page;
    let errors: string[];

    beforeAll(async () => {
      context = await browser.newContext(contextOptions({scheme}));
      page = await context.newPage();
      errors = collectPageErrors(page);
    });

    afterAll(async () => {
      await context?.close();
    });

    test.each(OBJECTIVE_PAGES)('axe-core finds no violations on $name ($path)', async (pageType) => {
      errors.length = 0;
      await open(page, pageType);
      expect(await page.locator('html').getAttribute('data-theme')).toBe(scheme);
      const violations = await axeViolations(page);
      await page.screenshot({path: outputPath(`${pageType.name}-${scheme}.png`), fullPage: true, animations: 'disabled'});
      expect(violations, describeViolations(violations)).toEqual([]);
      expect(errors, 'errors logged by the page (a failed hydration, for one)').toEqual([]);
    });

    test('an objective card, on its own, has no violations either', async () => {
      await open(page, OBJECTIVE_PAGES[2]!);
      const card = page.locator('main article[data-objective="autumn-onboarding"]');
      const violations = await axeViolations(page, {include: ['main article[data-objective="autumn-onboarding"]']});
      expect(violations, describeViolations(violations)).toEqual([]);
      await card.screenshot({path: outputPath(`objective-card-${scheme}.png`), animations: 'disabled'});
      if (scheme === 'light') await card.screenshot({path: `${readmeScreenshotDir}/objective-card.png`, animations: 'disabled'});
    });
  });
}

describe('an objective card', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await browser.newContext(contextOptions());
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
  });

  test('names its title, period and owner, and each impact has a named progress bar and a written status', async () => {
    await open(page, OBJECTIVE_PAGES[2]!);
    const card = page.getByRole('article', {name: 'Onboard the autumn cohort'});
    await expectReadable(card.getByRole('heading', {level: 3, name: 'Onboard the autumn cohort'}), 'the title');
    await expectReadable(card.getByText('2026-Q4 (Oct 1, 2026 – Dec 31, 2026)'), 'the period');
    await expectReadable(card.getByText('Business development lead'), 'the owner');
    const bar = card.getByRole('progressbar', {name: 'Progress of Communities served'});
    expect(await bar.getAttribute('aria-valuenow')).toBe('25');
    await expectReadable(card.getByText('25% of the way'), 'the progress as text');
    await expectReadable(card.getByRole('link', {name: 'Communities served'}), 'the KPI link');
    expect(await card.locator('.kpi-status__label').first().textContent()).toMatch(/^(Achieved|On track|At risk|Off track)$/);
  });

  test('the objectives page lists this quarter, then the next, then the last with outcomes', async () => {
    await open(page, OBJECTIVE_PAGES[0]!);
    const headings = await page.locator('main h2').allTextContents();
    expect(headings).toEqual(['Current objectives', 'Upcoming', 'Past objectives']);
    const upcoming = page.getByRole('article', {name: 'Rest well through the winter'});
    // The objective's badge, and its impact's.
    expect(await upcoming.getByText('Not started', {exact: true}).count()).toBe(2);
    await expectReadable(upcoming.getByText('Not started', {exact: true}).first(), 'not started');
  });
});

describe('on a phone (375 px wide)', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await browser.newContext(
      contextOptions({viewport: {width: 375, height: 812}, deviceScaleFactor: 2, isMobile: true, hasTouch: true}),
    );
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
  });

  test.each(OBJECTIVE_PAGES)('$name does not scroll sideways, and its cards fit', async (pageType) => {
    await open(page, pageType);
    expect(await page.evaluate(() => document.documentElement.clientWidth)).toBe(375);
    const {overflow, culprits} = await horizontalOverflow(page);
    await page.screenshot({path: outputPath(`${pageType.name}-phone.png`), fullPage: true, animations: 'disabled'});
    expect(overflow, `wider than the screen: ${culprits.join(', ')}`).toBeLessThanOrEqual(0);
    const cards = page.locator('main article[data-objective]');
    expect(await cards.count()).toBeGreaterThan(0);
    for (let index = 0; index < (await cards.count()); index++) {
      const box = (await cards.nth(index).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(375);
    }
  });
});
