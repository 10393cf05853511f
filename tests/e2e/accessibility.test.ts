import {describe, expect, test} from 'vitest';
import {expectReadable, exportedKpis, STATUS_LABEL} from './support/kpis';
import {PAGE_TYPES} from './support/pages';
import {describeAxeInBothSchemes, usePage, useBuiltSite} from './support/suites';

const built = useBuiltSite();

describeAxeInBothSchemes(built, PAGE_TYPES);

describe('meaning without colour', () => {
  const page = usePage(built);

  test.each(PAGE_TYPES)('every status on $name is written out, and every change says which way is better', async (pageType) => {
    await built.open(page(), pageType);
    const badges = page().locator('main span[data-status]');
    const count = await badges.count();
    // Every page but the one that only cites KPIs inline shows statuses.
    if (pageType.name !== 'handbook-references') expect(count).toBeGreaterThan(0);
    for (let index = 0; index < count; index++) {
      const badge = badges.nth(index);
      if (!(await badge.isVisible())) continue; // e.g. in a collapsed block
      const level = await badge.getAttribute('data-status');
      const label = STATUS_LABEL[level ?? ''];
      expect(label, `a badge with status ${level}`).toBeDefined();
      await expectReadable(badge.getByText(label!, {exact: true}), `the label of a ${level} badge on ${pageType.path}`);
      // A shape, too: each status has its own icon.
      expect(await badge.locator('svg[aria-hidden="true"]').count()).toBe(1);
    }
    const changes = page().locator('main [data-sentiment]');
    for (let index = 0; index < (await changes.count()); index++) {
      const change = changes.nth(index);
      if (!(await change.isVisible())) continue;
      await expectReadable(change.getByText(/^(better|worse|no change)$/), `the word of a change on ${pageType.path}`);
    }
  });

  // The pages with charts: the cards' sparklines and the KPI page's chart. (A
  // qualitative KPI, and one without data, have none: their values are text.)
  test.each(PAGE_TYPES.filter((pageType) => ['handbook-cards', 'handbook-cards-mdx', 'area', 'kpi-page'].includes(pageType.name)))(
    'every chart on $name has a text alternative',
    async (pageType) => {
      await built.open(page(), pageType);
      const charts = await page().evaluate(() =>
        Array.from(document.querySelectorAll('main article[data-kpi] svg, main figure svg'))
          .filter((svg) => !svg.closest('[aria-hidden="true"]'))
          .map((svg) => {
            const ids = (svg.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
            const parts = ids.map((id) => document.getElementById(id)?.textContent?.trim() ?? '');
            return {role: svg.getAttribute('role'), title: parts[0] ?? '', description: parts.slice(1).join(' ')};
          }),
      );
      const cards = await page().locator('main article[data-kpi]').count();
      expect(charts.length, 'charts on the page').toBeGreaterThan(0);
      expect(charts.length).toBeLessThanOrEqual(cards + 1);
      for (const chart of charts) {
        expect(chart.role).toBe('img');
        expect(chart.title).toMatch(/\w{3}/);
        // The description carries the data: how many values, over what period, from what to what.
        expect(chart.description).toMatch(/\d+ \w+ values? (from|on) /);
      }
    },
  );

  test('the KPI page has its data as a table, too', async () => {
    const kpi = exportedKpis().get('renewal-rate')!;
    await built.open(
      page(),
      PAGE_TYPES.find((pageType) => pageType.name === 'kpi-page')!,
    );
    const table = page().getByRole('table', {name: `Measurements of ${kpi.title}`});
    expect(await table.locator('tbody tr').count()).toBe(kpi.series.length);
    // It scrolls inside a named, focusable region rather than widening the page.
    const region = page().getByRole('region', {name: `Measurements of ${kpi.title}`});
    expect(await region.getAttribute('tabindex')).toBe('0');
  });
});
