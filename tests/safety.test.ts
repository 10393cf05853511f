import {readdirSync} from 'node:fs';
import {join, relative} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {type BuiltSite, buildSite, copyFixtureSite} from './support/buildSite';

/**
 * The `site-unsafe` fixture puts an XSS payload in every text field of the
 * registry (titles, descriptions, owners, definitions, footnotes, target
 * labels, reasons, notes, text values) and cites an unknown KPI with
 * `onBrokenKpiReferences: 'warn'`.
 */
describe('a build with hostile data files', () => {
  let site: BuiltSite;
  let pages: string[];
  beforeAll(async () => {
    site = await buildSite(copyFixtureSite('site-unsafe'));
    pages = readdirSync(site.outDir, {recursive: true, withFileTypes: true})
      .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
      .map((entry) => relative(site.outDir, join(entry.parentPath, entry.name)));
  });

  it('builds, warning about the unknown KPI and showing it as unknown', () => {
    expect(site.read('docs/evil/index.html')).toContain('no-such-kpi');
  });

  it('never emits a payload as markup, on any page', () => {
    expect(pages).toEqual(
      expect.arrayContaining(['docs/evil/index.html', 'kpis/index.html', 'kpis/evil/index.html', 'kpis/evil/evil-kpi/index.html']),
    );
    for (const page of pages) {
      const html = site.read(page);
      expect(html, page).not.toMatch(/<script>alert/);
      expect(html, page).not.toMatch(/<img[^>]*onerror/i);
      expect(html, page).not.toMatch(/<svg[^>]*onload/i);
      expect(html, page).not.toMatch(/<iframe/i);
      expect(html, page).not.toMatch(/<a[^>]*onclick/i);
    }
  });

  it('shows the payloads as text', () => {
    const html = site.read('docs/evil/index.html');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Evil KPI');
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(site.read('kpis/evil/evil-kpi/index.html')).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
