import {appendFileSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {
  type Child,
  contextOptions,
  exampleSiteDir,
  freePort,
  launchChromium,
  outputPath,
  spawnDocusaurus,
  waitForHydration,
  waitForUrl,
} from './support/browser';
import {copySite, removeSite} from './support/sites';

/**
 * The dev loop: `docusaurus start` on a copy of the example site, then new
 * rows in a raw file a KPI is computed from, then an edit to a KPI's data file
 * and to its area's registry file, which the open pages pick up on reload,
 * without restarting the server.
 */

let siteDir: string;
let server: Child;
let baseUrl: string;
let browser: Browser;

beforeAll(async () => {
  siteDir = copySite(exampleSiteDir, 'dev-site');
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  // Started from its own folder, as a user runs it; only the default locale.
  server = spawnDocusaurus(['start', siteDir, '--port', String(port), '--host', '127.0.0.1', '--no-open'], {
    env: {BROWSER: 'none', DOCUSAURUS_NO_PERSISTENT_CACHE: 'true'},
  });
  [browser] = await Promise.all([launchChromium(), waitForUrl(`${baseUrl}/docs/business-development/kpis`, server, 200_000)]);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  removeSite(siteDir);
});

/** Reloads the page until `check` passes (the dev server rebuilds in the background). */
async function reloadUntil(page: Page, check: () => Promise<boolean>, what: string, timeoutMs = 120_000): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await check().catch(() => false)) return Date.now() - started;
    if (Date.now() - started > timeoutMs) {
      throw new Error(`the page did not show ${what} within ${timeoutMs} ms; server output:\n${server.output().slice(-4000)}`);
    }
    await page.waitForTimeout(1_000);
    // The dev server renders on the client only: check once the reloaded page has rendered.
    await page.reload({waitUntil: 'domcontentloaded'}).catch(() => undefined);
    await waitForHydration(page).catch(() => undefined);
  }
}

describe('docusaurus start', () => {
  test('new raw rows, a new data point and a new title show up on reload, without a restart', async () => {
    const context = await browser.newContext(contextOptions());
    const page = await context.newPage();
    const cardOf = (id: string) => page.locator(`main article[data-kpi="${id}"]`);
    const inlineValue = page.locator('.theme-doc-markdown > p a[href$="/kpis/business-development/communities-served"]').first();

    await page.goto(`${baseUrl}/docs/business-development/kpis`);
    await waitForHydration(page);
    const card = cardOf('communities-served');
    await card.waitFor({state: 'visible'});
    expect(await card.getByRole('heading').innerText()).toBe('Communities served');
    expect(await card.getByText('61', {exact: true}).count()).toBe(1);
    const serverPid = server.process.pid;

    // Communities served is computed from the login log: three new communities log in in October.
    const logins = ['new-a', 'new-b', 'new-c'].map((id, day) => `2026-10-1${day} 10:00:00,${id}-hub,${id},user-100,ok`);
    appendFileSync(join(siteDir, 'kpis/raw/logins.csv'), `${logins.join('\n')}\n`);
    const recomputed = await reloadUntil(
      page,
      async () =>
        (await cardOf('communities-served').getByText('64', {exact: true}).isVisible()) && (await inlineValue.innerText()) === '64',
      'the value computed from the new raw rows',
    );
    console.info(`dev loop: the handbook page showed the KPI computed from the edited raw file ${recomputed} ms after it was saved`);

    // A new latest point in a series file, with a value the data has never had ...
    appendFileSync(join(siteDir, 'kpis/data/qualified-lead-ratio.csv'), '2026-11-15,0.87\n');
    // ... and a new title in the area's registry file.
    const registry = join(siteDir, 'kpis/business-development.yml');
    const yaml = readFileSync(registry, 'utf8');
    expect(yaml).toContain('title: Communities served\n');
    writeFileSync(registry, yaml.replace('title: Communities served\n', 'title: Communities reached live\n'));

    const waited = await reloadUntil(
      page,
      async () =>
        (await cardOf('communities-served').getByRole('heading').innerText()) === 'Communities reached live' &&
        (await cardOf('qualified-lead-ratio').getByText('0.87', {exact: true}).isVisible()),
      'the new value and title',
    );
    await cardOf('communities-served').screenshot({path: outputPath('dev-loop-card.png')});
    // The footnote of the inline reference names the KPI by its (new) title.
    const footnote = page.locator('section[data-footnotes] li[id^="user-content-fn-kpi-communities-served"]').first();
    expect(await footnote.innerText()).toMatch(/^Communities reached live: Unique communities served/);
    console.info(`dev loop: the handbook page showed the edit ${waited} ms after it was saved`);

    // The generated page of the KPI follows too.
    await page.goto(`${baseUrl}/kpis/business-development/communities-served`);
    await reloadUntil(
      page,
      async () =>
        (await page.locator('h1').innerText()) === 'Communities reached live' &&
        (await page.locator('main table tbody tr').first().innerText()).includes('64'),
      'the new title and point on the KPI page',
      60_000,
    );

    // The same server did it all.
    expect(server.process.exitCode).toBeNull();
    expect(server.process.pid).toBe(serverPid);
    await context.close();
  });
});
