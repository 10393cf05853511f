import {getDocument} from 'pdfjs-dist/legacy/build/pdf.mjs';
import {describe, expect, test, beforeAll} from 'vitest';
import {contextOptions, outputPath, readmeScreenshotDir} from './support/browser';
import {exportedKpis} from './support/kpis';
import type {PageType} from './support/pages';
import {describeAxeInBothSchemes, expectNoSidewaysScroll, PHONE, usePage, useBuiltSite} from './support/suites';

/** The example site is built as of 2026-11-20: its reports are the four quarters before. */
const REPORT: PageType = {name: 'quarterly-report', path: '/kpis/reports/2026-q3', ready: 'main h1'};
const PAGES: readonly PageType[] = [REPORT, {name: 'list-of-reports', path: '/kpis/reports', ready: 'main h1'}];

const built = useBuiltSite();

describeAxeInBothSchemes(built, PAGES, (page, scheme) => {
  if (scheme !== 'light') return;
  test('docs/screenshots/report.png: the top of a quarterly report, for the README', async () => {
    await built.open(page(), REPORT);
    await page().setViewportSize({width: 1100, height: 1000});
    await page().screenshot({path: `${readmeScreenshotDir}/report.png`, animations: 'disabled'});
  });
});

describe('on a phone (375 px wide)', () => {
  const page = usePage(built, PHONE);

  test.each(PAGES)('the $name does not scroll sideways', async (pageType) => {
    await built.open(page(), pageType);
    await expectNoSidewaysScroll(page(), pageType.name);
  });
});

describe('the list of reports', () => {
  test('links each report, newest first, and the report page links back', async () => {
    const context = await built.browser().newContext(contextOptions());
    const page = await context.newPage();
    try {
      await built.open(page, PAGES[1]!);
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
    const context = await built.browser().newContext(contextOptions());
    const page = await context.newPage();
    try {
      await built.open(page, REPORT);
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
