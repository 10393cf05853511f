import type {Browser, BrowserContext, BrowserContextOptions, Page} from 'playwright-core';
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
} from './browser';
import {collectPageErrors} from './kpis';
import type {PageType} from './pages';

export const SCHEMES = ['light', 'dark'] as const;
export type Scheme = (typeof SCHEMES)[number];

export const PHONE_WIDTH = 375;
export const PHONE: BrowserContextOptions = {
  viewport: {width: PHONE_WIDTH, height: 812},
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};

/** The built example site, served, and Chromium: started once for a test file. */
export interface BuiltSite {
  browser(): Browser;
  site(): ServedSite;
  /** Opens a page and waits until React has hydrated it and its `ready` element shows. */
  open(page: Page, pageType: PageType): Promise<void>;
}

export function useBuiltSite(): BuiltSite {
  let browser: Browser;
  let site: ServedSite;
  beforeAll(async () => {
    // Chromium first: when it is missing, no server is left running.
    browser = await launchChromium();
    site = await serveBuiltSite();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.stop();
  });
  return {
    browser: () => browser,
    site: () => site,
    async open(page, pageType) {
      await page.goto(site.url(pageType.path));
      await waitForHydration(page);
      await page.locator(pageType.ready).first().waitFor({state: 'visible'});
    },
  };
}

/** A page in its own browser context, for the tests of the enclosing `describe`. */
export function usePage(built: BuiltSite, options: Parameters<typeof contextOptions>[0] = {}): () => Page {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await built.browser().newContext(contextOptions(options));
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });
  return () => page;
}

/**
 * axe-core on each page in light and dark mode: no violations, no errors logged
 * by the page. `more` adds tests that share the scheme's page.
 */
export function describeAxeInBothSchemes(
  built: BuiltSite,
  pages: readonly PageType[],
  more?: (page: () => Page, scheme: Scheme) => void,
): void {
  for (const scheme of SCHEMES) {
    describe(`${scheme} mode`, () => {
      const page = usePage(built, {scheme});
      let errors: string[];
      beforeAll(() => {
        errors = collectPageErrors(page());
      });

      test.each(pages)('axe-core finds no violations on $name ($path)', async (pageType) => {
        errors.length = 0;
        await built.open(page(), pageType);
        expect(await page().locator('html').getAttribute('data-theme')).toBe(scheme);
        const violations = await axeViolations(page());
        await page().screenshot({path: outputPath(`${pageType.name}-${scheme}.png`), fullPage: true, animations: 'disabled'});
        expect(violations, describeViolations(violations)).toEqual([]);
        expect(errors, 'errors logged by the page (a failed hydration, for one)').toEqual([]);
      });

      more?.(page, scheme);
    });
  }
}

/** The page is as wide as the phone and nothing in it scrolls sideways; a screenshot is kept as `<name>-phone.png`. */
export async function expectNoSidewaysScroll(page: Page, name: string): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.clientWidth)).toBe(PHONE_WIDTH);
  const {overflow, culprits} = await horizontalOverflow(page);
  await page.screenshot({path: outputPath(`${name}-phone.png`), fullPage: true, animations: 'disabled'});
  expect(overflow, `wider than the screen: ${culprits.join(', ')}`).toBeLessThanOrEqual(0);
}

/** Every element matched by `selector` lies within the phone's width. */
export async function expectWithinPhoneWidth(page: Page, selector: string): Promise<number> {
  const boxes = await page.locator(selector).evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().toJSON()));
  for (const box of boxes) {
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE_WIDTH);
  }
  return boxes.length;
}
