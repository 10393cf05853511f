import {beforeAll, describe, expect, test} from 'vitest';
import {axeViolations, contextOptions, describeViolations, outputPath} from './support/browser';
import {type ExportedKpi, expectCardShows, exportedKpis} from './support/kpis';
import {PAGE_TYPES} from './support/pages';
import {expectNoSidewaysScroll, expectWithinPhoneWidth, PHONE, SCHEMES, usePage, useBuiltSite} from './support/suites';

const built = useBuiltSite();
let kpis: Map<string, ExportedKpi>;

beforeAll(() => {
  kpis = exportedKpis();
});

describe('on a phone (375 px wide)', () => {
  const page = usePage(built, PHONE);

  test.each(PAGE_TYPES)('$name does not scroll sideways, and its cards are readable', async (pageType) => {
    await built.open(page(), pageType);
    await expectNoSidewaysScroll(page(), pageType.name);
    const cards = page().locator('main article[data-kpi]');
    for (let index = 0; index < (await cards.count()); index++) {
      const card = cards.nth(index);
      await card.scrollIntoViewIfNeeded();
      await expectCardShows(card, kpis.get((await card.getAttribute('data-kpi'))!)!);
    }
    await expectWithinPhoneWidth(page(), 'main article[data-kpi]');
  });
});

describe('printed', () => {
  const PRINTED = PAGE_TYPES.filter((pageType) => ['handbook-cards', 'kpi-index', 'area', 'kpi-page'].includes(pageType.name));

  for (const scheme of SCHEMES) {
    describe(`from ${scheme} mode`, () => {
      const page = usePage(built, {scheme, viewport: {width: 800, height: 1100}});

      test.each(PRINTED)('cards and charts on $name print legibly', async (pageType) => {
        await built.open(page(), pageType);
        await page().emulateMedia({media: 'print'});
        try {
          await page().screenshot({path: outputPath(`${pageType.name}-print-${scheme}.png`), fullPage: true, animations: 'disabled'});
          const cards = page().locator('main article[data-kpi]');
          if (pageType.name !== 'kpi-index') expect(await cards.count()).toBeGreaterThan(0);
          for (let index = 0; index < (await cards.count()); index++) {
            const card = cards.nth(index);
            await expectCardShows(card, kpis.get((await card.getAttribute('data-kpi'))!)!);
            // Black on white whatever the screen's theme, and not clipped by the page.
            const style = await card.evaluate((element) => {
              const computed = getComputedStyle(element);
              const box = element.getBoundingClientRect();
              return {
                background: computed.backgroundColor,
                color: computed.color,
                right: box.right,
                width: document.documentElement.clientWidth,
              };
            });
            expect(style.background).toBe('rgb(255, 255, 255)');
            expect(style.color).toBe('rgb(0, 0, 0)');
            expect(style.right).toBeLessThanOrEqual(style.width);
          }
          // Chart labels stay big enough to read on paper.
          const labelHeights = await page().evaluate(() =>
            Array.from(document.querySelectorAll('main figure svg text')).map((text) => text.getBoundingClientRect().height),
          );
          if (pageType.name === 'kpi-page') expect(labelHeights.length).toBeGreaterThan(0);
          for (const height of labelHeights) expect(height).toBeGreaterThanOrEqual(8);
          // And keep their contrast. (The rest of a page printed from dark mode is
          // Docusaurus's: its light text would need the site to print in light mode.)
          const include = pageType.name === 'kpi-index' ? ['main'] : ['main article[data-kpi]', 'main figure'];
          const violations = await axeViolations(page(), {runOnly: ['color-contrast'], include});
          expect(violations, describeViolations(violations)).toEqual([]);
        } finally {
          await page().emulateMedia({media: 'screen'});
        }
      });
    });
  }

  test('the KPI page prints to a PDF', async () => {
    const context = await built.browser().newContext(contextOptions());
    const page = await context.newPage();
    await built.open(
      page,
      PAGE_TYPES.find((pageType) => pageType.name === 'kpi-page')!,
    );
    const pdf = await page.pdf({path: outputPath('kpi-page.pdf'), format: 'A4', printBackground: false});
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await context.close();
  });
});
