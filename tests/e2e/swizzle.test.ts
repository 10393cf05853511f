import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {contextOptions, launchChromium, outputPath, repoRoot, serveBuiltSite, waitForHydration} from './support/browser';
import {collectPageErrors, expectCardShows, exportedKpis} from './support/kpis';
import {copySite, removeSite, runDocusaurus} from './support/sites';

/**
 * `docusaurus swizzle docusaurus-plugin-kpi KpiCard` as a user runs it, on a
 * copy of the fixture site: the swizzled component is edited (a marker), the
 * site is built, served and hydrated in Chromium, and the card still works.
 */

const fixtureSite = join(repoRoot, 'tests/fixtures/site');
const sites: string[] = [];
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  for (const siteDir of sites) removeSite(siteDir);
});

interface Variant {
  name: string;
  flags: string[];
  /** The file swizzle must create, relative to the site. */
  file: string;
  /** Edits the swizzled file so that the test can see it is the one in use. */
  mark(source: string): string;
}

const MARKER = 'data-swizzled-by-test';

const VARIANTS: Variant[] = [
  {
    name: 'eject (JavaScript)',
    flags: ['--eject', '--javascript'],
    file: 'src/theme/KpiCard/index.jsx',
    mark: (source) => source.replace(/<article(?=[\s>])/g, `<article ${MARKER}="eject-js"`),
  },
  {
    name: 'eject (TypeScript)',
    flags: ['--eject', '--typescript'],
    file: 'src/theme/KpiCard/index.tsx',
    mark: (source) => source.replace(/<article(?=[\s>])/g, `<article ${MARKER}="eject-ts"`),
  },
  {
    name: 'wrap (JavaScript)',
    flags: ['--wrap', '--javascript'],
    file: 'src/theme/KpiCard/index.js',
    mark: (source) =>
      source.replace(/<KpiCard \{\.\.\.props\} \/>/, `<p ${MARKER}="wrap-js">Wrapped card</p>\n      <KpiCard {...props} />`),
  },
];

describe('swizzling KpiCard', () => {
  test.concurrent.each(VARIANTS)('$name gives a site that builds, hydrates and shows the swizzled card', async (variant) => {
    const siteDir = copySite(fixtureSite, `swizzle-${variant.flags.join('').replace(/-+/g, '-')}`);
    sites.push(siteDir);

    const log = await runDocusaurus(['swizzle', 'docusaurus-plugin-kpi', 'KpiCard', siteDir, ...variant.flags], {timeoutMs: 120_000});
    const file = join(siteDir, variant.file);
    expect(
      existsSync(file),
      `${variant.file} after swizzle; created: ${readdirSync(join(siteDir, 'src/theme/KpiCard')).join(', ')}\n${log}`,
    ).toBe(true);
    if (variant.flags.includes('--eject')) {
      // The stylesheet comes along, so the ejected card is styled.
      expect(existsSync(join(siteDir, 'src/theme/KpiCard/styles.css'))).toBe(true);
    }
    const marked = variant.mark(readFileSync(file, 'utf8'));
    expect(marked).toContain(MARKER);
    writeFileSync(file, marked);

    await runDocusaurus(['build', siteDir], {timeoutMs: 240_000});
    const html = readFileSync(join(siteDir, 'build/docs/product/index.html'), 'utf8');
    expect(html).toContain('data-kpi="delivery-time"');
    expect(html).toContain(MARKER);

    // The built site runs: it hydrates without errors and shows the card's value and status.
    const kpis = exportedKpis(siteDir);
    const site = await serveBuiltSite(siteDir);
    const context = await browser.newContext(contextOptions());
    try {
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      await page.goto(site.url('/docs/product'));
      await waitForHydration(page);
      const card = page.locator('main article[data-kpi="delivery-time"]');
      await expectCardShows(card, kpis.get('delivery-time')!);
      expect(await page.locator(`main [${MARKER}]`).count()).toBeGreaterThan(0);
      await page.screenshot({path: outputPath(`swizzle-${variant.flags.join('')}.png`), fullPage: true});
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await site.stop();
    }
  });
});
