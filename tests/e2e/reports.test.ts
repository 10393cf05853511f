import type {Browser, BrowserContext, Page} from 'playwright-core';
import {getDocument} from 'pdfjs-dist/legacy/build/pdf.mjs';
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
import {collectPageErrors, exportedKpis} from './support/kpis';

/** The example site is built as of 2026-11-20: its reports are the four quarters before. */
const REPORT = '/kpis/reports/2026-q3';
const PAGES = [
  {name: 'quarterly report', path: REPORT, ready: 'main h1'},
  {name: 'list of reports', path: '/kpis/reports', ready: 'main h1'},
] as const;

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

async function open(page: Page, path: string): Promise<void> {
  await page.goto(site.url(path));
  await waitForHydration(page);
  await page.locator('main h1').first().waitFor({state: 'visible'});
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

    test.each(PAGES)('axe-core finds no violations on the $name ($path)', async ({name, path}) => {
      errors.length = 0;
      await open(page, path);
      expect(await page.locator('html').getAttribute('data-theme')).toBe(scheme);
      const violations = await axeViolations(page);
      await page.screenshot({path: outputPath(`${name.replace(/ /g, '-')}-${scheme}.png`), fullPage: true, animations: 'disabled'});
      expect(violations, describeViolations(violations)).toEqual([]);
      expect(errors, 'errors logged by the page (a failed hydration, for one)').toEqual([]);
    });
  });
}

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

  test.each(PAGES)('the $name does not scroll sideways', async ({name, path}) => {
    await open(page, path);
    expect(await page.evaluate(() => document.documentElement.clientWidth)).toBe(375);
    const {overflow, culprits} = await horizontalOverflow(page);
    await page.screenshot({path: outputPath(`${name.replace(/ /g, '-')}-phone.png`), fullPage: true, animations: 'disabled'});
    expect(overflow, `wider than the screen: ${culprits.join(', ')}`).toBeLessThanOrEqual(0);
  });
});

describe('the list of reports', () => {
  test('links each report, newest first, and the report page links back', async () => {
    const context = await browser.newContext(contextOptions());
    const page = await context.newPage();
    try {
      await open(page, '/kpis/reports');
      const links = await page.locator('main h2 a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
      expect(links).toEqual(['/kpis/reports/2026-q3', '/kpis/reports/2026-q2', '/kpis/reports/2026-q1', '/kpis/reports/2025-q4']);
      await page.locator('main h2 a').first().click();
      await page.waitForURL(/\/kpis\/reports\/2026-q3$/);
      await expect.poll(() => page.locator('main h1').textContent()).toBe('KPI report, Q3 2026');
    } finally {
      await context.close();
    }
  });
});

function squash(value: string): string {
  return value.replace(/\s+/g, '');
}

/** The text of every page of a PDF, read with a PDF parser, one string per page. */
async function pdfPages(data: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({data, useSystemFonts: false, isEvalSupported: false}).promise;
  const pages: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .replace(/\s+/g, ' '),
    );
  }
  await pdf.destroy();
  return pages;
}

describe('printed to PDF', () => {
  let pages: string[];
  let text: string;

  beforeAll(async () => {
    const context = await browser.newContext(contextOptions());
    const page = await context.newPage();
    try {
      await open(page, REPORT);
      await page.emulateMedia({media: 'print'});
      const pdf = await page.pdf({format: 'A4', printBackground: true, path: outputPath('quarterly-report.pdf')});
      pages = await pdfPages(new Uint8Array(pdf));
      text = pages.join('\n');
    } finally {
      await context.close();
    }
  });

  test('has the title, absolute dates and the address of the online version', () => {
    expect(text).toContain('KPI report, Q3 2026');
    expect(text).toContain('September 30, 2026');
    expect(text).toContain('Online version: https://handbook.example.org/kpis/reports/2026-q3');
  });

  test('has the title of every KPI', () => {
    const titles = [...exportedKpis().values()].map((kpi) => kpi.title);
    expect(titles.length).toBeGreaterThan(5);
    // The parser splits words at ligatures ("quali fi cation"): compare without spaces.
    for (const title of titles) expect(squash(text), title).toContain(squash(title));
  });

  test('has no navbar, sidebar or footer', () => {
    for (const chrome of ['Commons Compute is a fictional organisation', 'KPI dashboard', 'Quarterly updates', 'Skip to main content']) {
      expect(squash(text)).not.toContain(squash(chrome));
    }
    // The navbar's title and links would open the first page.
    expect(pages[0]!.startsWith('KPI report')).toBe(true);
  });

  test('starts each area on a page of its own', () => {
    const areas = ['Delivery Enablement', 'Product and Services', 'Business Development', 'People'];
    const starts = pages.map((page) => page.slice(0, 60));
    const areaStarts = starts.filter((start) => areas.some((area) => start.startsWith(area)));
    expect(areaStarts.length, starts.join('\n')).toBe(areas.length);
  });
});
