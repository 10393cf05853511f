import {mkdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {contextOptions, launchChromium, readmeScreenshotDir, type ServedSite, serveBuiltSite, waitForHydration} from './support/browser';

/**
 * The README's screenshots, made from the example site on every run under
 * fixed names, so that a change to the components shows up in `git diff`.
 */

let site: ServedSite;
let browser: Browser;

beforeAll(async () => {
  // Chromium first: when it is missing, no server is left running.
  browser = await launchChromium();
  site = await serveBuiltSite();
  mkdirSync(readmeScreenshotDir, {recursive: true});
});

afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

async function openPage(path: string, viewport: {width: number; height: number}): Promise<Page> {
  const context = await browser.newContext(contextOptions({viewport, deviceScaleFactor: 1}));
  const page = await context.newPage();
  await page.goto(site.url(path));
  await waitForHydration(page);
  // Web fonts and the sparkline's layout have settled.
  await page.evaluate(() => document.fonts.ready);
  return page;
}

function expectPng(path: string): void {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  expect(bytes.length).toBeGreaterThan(5_000);
}

describe('the README screenshots', () => {
  test('docs/screenshots/card.png: a card in a handbook page', async () => {
    const page = await openPage('/docs/business-development/kpis', {width: 1100, height: 900});
    const card = page.locator('main article[data-kpi="renewal-rate"]');
    await card.scrollIntoViewIfNeeded();
    const path = join(readmeScreenshotDir, 'card.png');
    await card.screenshot({path, animations: 'disabled'});
    expectPng(path);
    await page.context().close();
  });

  test('docs/screenshots/grid.png: a grid of compact cards', async () => {
    const page = await openPage('/docs/organization/kpis', {width: 1280, height: 900});
    const grid = page.locator('main .kpi-grid');
    await grid.scrollIntoViewIfNeeded();
    const path = join(readmeScreenshotDir, 'grid.png');
    await grid.screenshot({path, animations: 'disabled'});
    expectPng(path);
    await page.context().close();
  });

  test('docs/screenshots/kpi-index.png: the /kpis dashboard', async () => {
    const page = await openPage('/kpis', {width: 1100, height: 860});
    const path = join(readmeScreenshotDir, 'kpi-index.png');
    await page.screenshot({path, animations: 'disabled'});
    expectPng(path);
    await page.context().close();
  });

  test('docs/screenshots/kpi-page.png: the page of a KPI', async () => {
    const page = await openPage('/kpis/business-development/renewal-rate', {width: 1280, height: 900});
    const path = join(readmeScreenshotDir, 'kpi-page.png');
    await page.screenshot({path, animations: 'disabled'});
    expectPng(path);
    await page.context().close();
  });
});
