import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {contextOptions, launchChromium, outputPath, type ServedSite, serveBuiltSite, waitForHydration} from './support/browser';
import {collectPageErrors, type ExportedKpi, expectCardShows, exportedKpis} from './support/kpis';

let site: ServedSite;
let browser: Browser;
let kpis: Map<string, ExportedKpi>;

beforeAll(async () => {
  // Chromium first: when it is missing, no server is left running.
  browser = await launchChromium();
  site = await serveBuiltSite();
  kpis = exportedKpis();
});

afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

function kpi(id: string): ExportedKpi {
  const found = kpis.get(id);
  if (!found) throw new Error(`no KPI ${id} in kpis.json`);
  return found;
}

async function expectPath(page: Page, path: RegExp): Promise<void> {
  await page.waitForURL((url) => path.test(url.pathname), {timeout: 15_000});
}

describe('walking the example handbook in Chromium', () => {
  test('organisation page → /kpis → area → KPI page → backlink → inline reference → footnote', async () => {
    const context = await browser.newContext(contextOptions());
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    const main = page.locator('main');

    // The organisation's KPI page, with its generated index of every area.
    await page.goto(site.url('/docs/organization/kpis'));
    await waitForHydration(page);
    expect(await page.locator('h1').innerText()).toBe('Key Performance Indicators');
    expect(await main.locator('section[aria-labelledby^="kpi-index-"]').count()).toBe(4);
    // Roll-ups nest a KPI's list item in its parent's: take the closest one (of the index, not of an objective's impacts).
    const indexedRenewal = main
      .getByRole('link', {name: 'Renewal rate (6 months)', exact: true})
      .locator('xpath=ancestor::li[contains(@class, "kpi-index__kpi")][1]');
    expect(await indexedRenewal.getAttribute('data-status')).toBe(kpi('renewal-rate').status.level);

    // To the dashboard, through the link in the page's prose.
    await main.getByRole('link', {name: 'KPI dashboard', exact: true}).click();
    await expectPath(page, /^\/kpis\/?$/);
    await page.getByRole('heading', {level: 1, name: 'Key Performance Indicators'}).waitFor();
    expect(await main.locator('section[aria-labelledby^="kpi-index-"]').count()).toBe(4);

    // To an area.
    await main.getByRole('heading', {name: 'Business Development', exact: true}).getByRole('link').click();
    await expectPath(page, /^\/kpis\/business-development\/?$/);
    await page.getByRole('heading', {level: 1, name: 'Business Development'}).waitFor();
    for (const id of ['communities-served', 'renewal-rate', 'qualified-lead-ratio', 'forecast-revenue']) {
      await expectCardShows(main.locator(`article[data-kpi="${id}"]`), kpi(id));
    }

    // To a KPI page, through a card's title.
    await main.locator('article[data-kpi="renewal-rate"]').getByRole('link', {name: 'Renewal rate (6 months)'}).click();
    await expectPath(page, /^\/kpis\/business-development\/renewal-rate\/?$/);
    await page.getByRole('heading', {level: 1, name: 'Renewal rate (6 months)'}).waitFor();
    await expectCardShows(main.locator('article[data-kpi="renewal-rate"]'), kpi('renewal-rate'));
    await main.getByRole('img', {name: 'Renewal rate (6 months) over time'}).waitFor();
    await page.screenshot({path: outputPath('walk-kpi-page.png'), fullPage: true});

    // Back to a page that cites it, through a "Referenced in" backlink.
    const backlinks = main.locator('section', {has: page.getByRole('heading', {name: 'Referenced in', exact: true})});
    expect(await backlinks.getByRole('link').allInnerTexts()).toEqual(
      expect.arrayContaining(['What are KPIs?', 'Quarterly update: Q3 2026']),
    );
    await backlinks.getByRole('link', {name: 'What are KPIs?', exact: true}).click();
    await expectPath(page, /^\/docs\/kpis\/what-are-kpis\/?$/);
    await page.getByRole('heading', {level: 1, name: 'What are KPIs?'}).waitFor();

    // The inline reference there (in the text, not the footnotes) links to the KPI page and carries a footnote marker.
    const reference = main.locator('.theme-doc-markdown > p a[href$="/kpis/business-development/renewal-rate"]');
    expect(await reference.innerText()).toBe('Renewal rate (6 months)');
    const marker = main.locator('.theme-doc-markdown > p a[href$="/kpis/business-development/renewal-rate"] + sup > a[data-footnote-ref]');
    const footnoteHref = await marker.getAttribute('href');
    expect(footnoteHref).toMatch(/^#user-content-fn-kpi-renewal-rate-/);

    // Through the marker to the footnote: it defines the KPI and links to its page.
    await marker.click();
    await page.waitForURL((url) => url.hash === footnoteHref, {timeout: 10_000});
    const footnote = page.locator(`li[id="${footnoteHref!.slice(1)}"]`);
    await footnote.waitFor({state: 'visible'});
    expect(await footnote.innerText()).toMatch(
      /Renewal rate \(6 months\)[^]*Share of the contracts due for renewal in the previous six months/,
    );
    expect(await footnote.getByRole('link', {name: 'Renewal rate (6 months)'}).getAttribute('href')).toMatch(
      /\/kpis\/business-development\/renewal-rate$/,
    );
    expect(
      await footnote.evaluate((element) => {
        const box = element.getBoundingClientRect();
        return box.top >= 0 && box.top < window.innerHeight;
      }),
    ).toBe(true);
    await page.screenshot({path: outputPath('walk-footnote.png')});

    // And back up to the reference.
    await footnote.locator('a[data-footnote-backref]').first().click();
    await page.waitForURL((url) => url.hash.startsWith('#user-content-fnref-kpi-renewal-rate-'), {timeout: 10_000});

    expect(errors).toEqual([]);
    await context.close();
  });

  test('the dashboard filters by tag and by status', async () => {
    const context = await browser.newContext(contextOptions());
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(site.url('/kpis'));
    await waitForHydration(page);
    const rows = page.locator('main li[data-status]');
    const all = [...kpis.values()];
    expect(await rows.count()).toBe(all.length);

    // The tag filter offers every tag once (a Set spread by Babel's loose mode once made this one "[object Set]" option).
    const tagSelect = page.getByRole('combobox', {name: 'Tag'});
    const tags = [...new Set(all.flatMap((kpi) => kpi.tags))].sort();
    expect(await tagSelect.locator('option').allInnerTexts()).toEqual(['All', ...tags]);
    await tagSelect.selectOption('qualitative');
    const qualitative = all.filter((kpi) => kpi.tags.includes('qualitative'));
    expect(await rows.count()).toBe(qualitative.length);
    for (const tags of await rows.evaluateAll((items) => items.map((item) => item.getAttribute('data-tags') ?? ''))) {
      expect(tags.split(' ')).toContain('qualitative');
    }

    await tagSelect.selectOption('');
    await page.getByRole('combobox', {name: 'Status'}).selectOption('off-track');
    expect(await rows.evaluateAll((items) => items.map((item) => item.getAttribute('data-status')))).toEqual(
      all.filter((kpi) => kpi.status.level === 'off-track').map(() => 'off-track'),
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the dark mode toggle switches the theme, which the cards follow and which persists', async () => {
    const context = await browser.newContext(contextOptions({scheme: 'light'}));
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(site.url('/docs/business-development/kpis'));
    await waitForHydration(page);
    const html = page.locator('html');
    expect(await html.getAttribute('data-theme')).toBe('light');
    const card = page.locator('main article[data-kpi="communities-served"]');
    const background = () => card.evaluate((element) => getComputedStyle(element).backgroundColor);
    const lightBackground = await background();

    // The toggle cycles system → light → dark (or light → dark); click until dark.
    const toggle = page.locator('nav.navbar button[class*="toggleButton"]').first();
    for (let clicks = 0; clicks < 3 && (await html.getAttribute('data-theme')) !== 'dark'; clicks++) {
      await toggle.click();
      await page.waitForTimeout(100);
    }
    expect(await html.getAttribute('data-theme')).toBe('dark');
    expect(await toggle.getAttribute('aria-label')).toMatch(/dark/);
    expect(await background()).not.toBe(lightBackground);
    await expectCardShows(card, kpi('communities-served'));
    await card.screenshot({path: outputPath('walk-card-dark.png')});

    // The choice survives client-side navigation and a reload.
    await page.locator('nav.navbar').getByRole('link', {name: 'KPIs', exact: true}).click();
    await expectPath(page, /^\/kpis\/?$/);
    expect(await html.getAttribute('data-theme')).toBe('dark');
    await page.reload();
    await waitForHydration(page);
    expect(await html.getAttribute('data-theme')).toBe('dark');

    expect(errors).toEqual([]);
    await context.close();
  });
});
