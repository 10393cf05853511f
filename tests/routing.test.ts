import {cpSync, existsSync, readdirSync} from 'node:fs';
import {join, relative, resolve} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {type BuiltSite, buildSite, copyFixtureSite} from './support/buildSite';
import {textOf} from './support/html';

/**
 * Real builds of the fixture handbook under the site settings that change
 * URLs: a baseUrl, `trailingSlash` true and false, a second locale, versioned
 * docs and a custom `routeBasePath`, all with `onBrokenLinks: 'throw'`. Each
 * variant is an overlay (config, translations, versions) on tests/fixtures/site.
 * Each variant's config writes its routes to `<outDir>/routes.json` after the build.
 */

const fixtures = resolve(__dirname, 'fixtures');

function overlaySite(variant: string): string {
  return copyFixtureSite('site', (siteDir) => cpSync(join(fixtures, variant), siteDir, {recursive: true}));
}

/** The page body: the <head> holds absolute hreflang and canonical URLs, asserted on separately. */
function body(html: string): string {
  const end = html.indexOf('</head>');
  return end === -1 ? html : html.slice(end);
}

/** An `<a>` to `permalink` with `title` as its text, in built HTML. */
function linkTo(permalink: string, title: string): RegExp {
  const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`href="${escape(permalink)}"[^>]*>${escape(title)}<`);
}

function hrefs(html: string): string[] {
  return [...body(html).matchAll(/href="([^"]*)"/g)].map((match) => match[1]!.replace(/&amp;/g, '&'));
}

/** Text content of built HTML, tags dropped and whitespace collapsed, for readable assertions. */
function text(html: string): string {
  return textOf(body(html));
}

/** HTML files of one locale's build: `dir` relative to the build, other locales' folders left out. */
function htmlFiles(outDir: string, dir = '', otherLocales: string[] = []): string[] {
  const root = join(outDir, dir);
  return readdirSync(root, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(outDir, join(entry.parentPath, entry.name)))
    .filter((file) => !otherLocales.some((locale) => file.startsWith(`${locale}/`)));
}

interface LocaleBuild {
  /** Folder of the locale's build, relative to the output directory. */
  dir: string;
  /** The locale's baseUrl, as links carry it. */
  baseUrl: string;
  trailingSlash: boolean;
}

/**
 * The file a site-internal link is served from, or a reason it is malformed:
 * every link must carry the locale's baseUrl and follow the trailingSlash rule.
 */
function servedFile(href: string, {dir, baseUrl, trailingSlash}: LocaleBuild): string {
  const pathname = href.replace(/[?#].*$/, '');
  if (!pathname.startsWith(baseUrl)) throw new Error(`${href} lacks the baseUrl ${baseUrl}`);
  const rest = pathname.slice(baseUrl.length);
  if (rest === '') return join(dir, 'index.html');
  if (/\.\w+$/.test(rest)) return join(dir, rest);
  if (trailingSlash !== rest.endsWith('/')) throw new Error(`${href} breaks trailingSlash: ${trailingSlash}`);
  return join(dir, trailingSlash ? `${rest}index.html` : `${rest}.html`);
}

/** Every link in every page of a locale's build to a page of the site resolves to a built file. */
function expectInternalLinksToResolve(site: BuiltSite, build: LocaleBuild, files: string[]): number {
  let checked = 0;
  for (const file of files) {
    for (const href of hrefs(site.read(file))) {
      if (!href.startsWith('/')) continue;
      const target = servedFile(href, build);
      expect(existsSync(join(site.outDir, target)), `${file} links to ${href}: no ${target}`).toBe(true);
      checked++;
    }
  }
  return checked;
}

const kpiRoutes = (base: string, slash: string) =>
  [
    base + slash,
    `${base}/people${slash}`,
    `${base}/people/onboarding-time${slash}`,
    `${base}/people/team-health${slash}`,
    `${base}/product${slash}`,
    `${base}/product/communities${slash}`,
    `${base}/product/delivery-time${slash}`,
    // The fixture's data runs from Dec 2025 to Nov 2026: the default reports are the four quarters before asOf.
    `${base}/reports${slash}`,
    ...['2025-q4', '2026-q1', '2026-q2', '2026-q3'].map((quarter) => `${base}/reports/${quarter}${slash}`),
    `${base}/objectives${slash}`,
    `${base}/objectives/faster-delivery${slash}`,
    `${base}/objectives/next-year${slash}`,
    `${base}/objectives/quicker-onboarding${slash}`,
  ].sort();

describe('baseUrl /handbook/, trailingSlash: true, locales en and fr, versioned docs', () => {
  let site: BuiltSite;
  const en: LocaleBuild = {dir: '', baseUrl: '/handbook/', trailingSlash: true};
  const fr: LocaleBuild = {dir: 'fr', baseUrl: '/handbook/fr/', trailingSlash: true};
  const routes = (dir: string): string[] => JSON.parse(site.read(join(dir, 'routes.json')));

  beforeAll(async () => {
    site = await buildSite(overlaySite('site-variants'));
  });

  it('adds the generated pages under the baseUrl, with trailing slashes, in each locale', () => {
    expect(routes('').filter((route) => route.startsWith('/handbook/kpis'))).toEqual(kpiRoutes('/handbook/kpis', '/'));
    expect(routes('fr').filter((route) => route.startsWith('/handbook/fr/kpis'))).toEqual(kpiRoutes('/handbook/fr/kpis', '/'));
    expect(routes('')).toContain('/handbook/docs/1.0/release/');
    expect(routes('fr')).toContain('/handbook/fr/docs/1.0/release/');
  });

  it('writes each generated page to <route>/index.html, in each locale', () => {
    for (const dir of ['', 'fr/']) {
      for (const page of ['kpis', 'kpis/product', 'kpis/people', 'kpis/product/delivery-time', 'kpis/people/team-health']) {
        expect(existsSync(join(site.outDir, `${dir}${page}/index.html`)), `${dir}${page}/index.html`).toBe(true);
      }
    }
    expect(existsSync(join(site.outDir, 'kpis.html'))).toBe(false);
  });

  it('links every page to existing pages under the baseUrl, with trailing slashes (en)', () => {
    const files = htmlFiles(site.outDir, '', ['fr']);
    expect(files).toEqual(
      expect.arrayContaining(['docs/1.0/release/index.html', 'blog/index.html', 'status/index.html', 'kpis/index.html']),
    );
    expect(expectInternalLinksToResolve(site, en, files)).toBeGreaterThan(100);
  });

  it('links every page to existing pages under the locale baseUrl, with trailing slashes (fr)', () => {
    const files = htmlFiles(site.outDir, 'fr');
    expect(files).toEqual(expect.arrayContaining(['fr/docs/1.0/release/index.html', 'fr/kpis/index.html']));
    expect(expectInternalLinksToResolve(site, fr, files)).toBeGreaterThan(100);
  });

  it('links cards and inline references in docs, versioned docs, blog posts and pages to the KPI pages', () => {
    const card = /href="\/handbook\/kpis\/product\/delivery-time\/"/;
    expect(site.read('docs/product/index.html')).toMatch(card);
    expect(body(site.read('docs/organisation/index.html'))).toMatch(
      /href="\/handbook\/kpis\/product\/delivery-time\/"[^>]*>Average delivery time</,
    );
    expect(body(site.read('docs/1.0/release/index.html'))).toMatch(
      /href="\/handbook\/kpis\/product\/delivery-time\/"[^>]*>Average delivery time</,
    );
    expect(text(site.read('docs/1.0/release/index.html'))).toContain('Median days from "in progress" to "done"');
    expect(body(site.read('blog/2026/11/05/update/index.html'))).toMatch(card);
    expect(body(site.read('status/index.html'))).toContain('href="/handbook/kpis/product/communities/"');
    // Hand-written Markdown links to generated pages pass the broken-link check and get the baseUrl.
    const home = hrefs(site.read('index.html'));
    expect(home).toContain('/handbook/kpis/');
    expect(home).toContain('/handbook/kpis/product/delivery-time/');
  });

  it('renders ::kpi-index with links to area pages, KPI pages and home pages', () => {
    const links = hrefs(site.read('docs/organisation/index.html'));
    expect(links).toEqual(
      expect.arrayContaining(['/handbook/kpis/product/', '/handbook/kpis/people/team-health/', '/handbook/docs/people/']),
    );
  });

  it('links the generated index, area and KPI pages to each other and to the handbook', () => {
    expect(hrefs(site.read('kpis/index.html'))).toEqual(
      expect.arrayContaining(['/handbook/kpis/product/', '/handbook/kpis/product/delivery-time/', '/handbook/docs/product/']),
    );
    expect(hrefs(site.read('kpis/product/index.html'))).toEqual(
      expect.arrayContaining(['/handbook/kpis/', '/handbook/kpis/product/communities/', '/handbook/docs/product/']),
    );
    const kpiPage = hrefs(site.read('kpis/product/delivery-time/index.html'));
    expect(kpiPage).toEqual(expect.arrayContaining(['/handbook/kpis/', '/handbook/kpis/product/', '/handbook/docs/product/']));
  });

  it('builds the quarterly reports under the baseUrl in each locale, printing the online address as served', () => {
    const en = body(site.read('kpis/reports/2026-q3/index.html'));
    expect(text(en)).toContain('KPI report, Q3 2026');
    expect(text(en)).toContain('Online version: https://fixture.example.org/handbook/kpis/reports/2026-q3/');
    expect(text(en)).toContain('September 30, 2026');
    expect(hrefs(en)).toEqual(
      expect.arrayContaining(['/handbook/kpis/', '/handbook/kpis/reports/', '/handbook/kpis/product/delivery-time/']),
    );
    const list = hrefs(site.read('kpis/reports/index.html'));
    expect(list.filter((href) => href.startsWith('/handbook/kpis/reports/20'))).toEqual([
      '/handbook/kpis/reports/2026-q3/',
      '/handbook/kpis/reports/2026-q2/',
      '/handbook/kpis/reports/2026-q1/',
      '/handbook/kpis/reports/2025-q4/',
    ]);
    const fr = text(site.read('fr/kpis/reports/2026-q3/index.html'));
    expect(fr).toContain('Rapport des KPI, T3 2026');
    expect(fr).toContain('30 septembre 2026');
    expect(fr).toContain('Version en ligne : https://fixture.example.org/handbook/fr/kpis/reports/2026-q3/');
    expect(fr).toContain('Délai moyen de livraison');
    expect(text(site.read('fr/kpis/reports/index.html'))).toContain('Rapports trimestriels');
  });

  it('lists blog posts, the versioned docs page and docs pages citing a KPI as backlinks', () => {
    const html = body(site.read('kpis/product/delivery-time/index.html'));
    for (const [permalink, title] of [
      ['/handbook/blog/2026/10/01/earlier/', 'Earlier update'],
      ['/handbook/blog/2026/11/05/update/', 'Quarterly update'],
      ['/handbook/docs/1.0/release/', 'Release 1.0 review'],
      ['/handbook/docs/organisation/', 'Organisation KPIs'],
    ]) {
      expect(html).toMatch(linkTo(permalink!, title!));
    }
  });

  it('formats cards for French in the fr build, with translated titles and pages', () => {
    const html = site.read('fr/docs/product/index.html');
    expect(html).toMatch(/<html[^>]* lang="fr"/);
    const content = text(html);
    expect(content).toContain('Délai moyen de livraison');
    expect(content).toContain('Produits et services');
    expect(content).toContain('9 jours');
    expect(content).toContain('-1 jour');
    expect(content).toContain('-10 %');
    expect(content).toMatch(/8 jours .*30 juin 2027/);
    expect(content).toContain('1 nov. 2026');
    expect(content).toContain("Nous avons changé notre façon d'estimer en mai");
    expect(body(html)).toContain('href="/handbook/fr/kpis/product/delivery-time/"');
    // An untranslated page of the fr build is formatted for French too.
    expect(text(site.read('fr/status/index.html'))).toContain('+4,8 %');
  });

  it('renders inline references and ::kpi-index of translated pages in French, linking to fr pages', () => {
    const html = body(site.read('fr/docs/organisation/index.html'));
    expect(html).toMatch(/href="\/handbook\/fr\/kpis\/product\/delivery-time\/"[^>]*>Délai moyen de livraison</);
    expect(text(html)).toContain('qui vaut 9 jours');
    expect(hrefs(html)).toEqual(expect.arrayContaining(['/handbook/fr/kpis/product/', '/handbook/fr/docs/product/']));
    // The area's home page, by its translated title.
    expect(html).toMatch(/href="\/handbook\/fr\/docs\/product\/"[^>]*>[^<]*Indicateurs produit</);
  });

  it('generates the pages in French, with backlinks to fr pages and translated page titles', () => {
    expect(text(site.read('fr/kpis/index.html'))).toContain('Produits et services');
    expect(text(site.read('fr/kpis/product/index.html'))).toContain('Produits et services');
    const html = body(site.read('fr/kpis/product/delivery-time/index.html'));
    expect(text(html)).toContain('9 jours');
    expect(text(html)).toContain('1 nov. 2026');
    expect(html).toMatch(/href="\/handbook\/fr\/docs\/product\/"[^>]*>[^<]*Indicateurs produit</);
    for (const [permalink, title] of [
      ['/handbook/fr/blog/2026/10/01/earlier/', 'Earlier update'],
      ['/handbook/fr/blog/2026/11/05/update/', 'Quarterly update'],
      ['/handbook/fr/docs/1.0/release/', 'Release 1.0 review'],
      ['/handbook/fr/docs/organisation/', 'Indicateurs de l&#x27;organisation'],
    ]) {
      expect(html).toMatch(linkTo(permalink!, title!));
    }
  });

  it('links the KPI pages to their CSV downloads, in each locale', () => {
    expect(hrefs(site.read('kpis/product/delivery-time/index.html'))).toContain('/handbook/kpis/product/delivery-time.csv');
    expect(hrefs(site.read('fr/kpis/product/delivery-time/index.html'))).toContain('/handbook/fr/kpis/product/delivery-time.csv');
    expect(site.read('kpis/product/delivery-time.csv')).toMatch(/^date,value/);
    expect(site.read('fr/kpis/product/delivery-time.csv')).toMatch(/^date,value/);
  });

  it('writes kpis.json for each locale, with absolute URLs under the baseUrl and trailing slashes', () => {
    const json = JSON.parse(site.read('kpis.json'));
    const delivery = json.kpis.find((kpi: {id: string}) => kpi.id === 'delivery-time');
    expect(delivery.url).toBe('https://fixture.example.org/handbook/kpis/product/delivery-time/');
    expect(delivery.home).toEqual({title: 'Product KPIs', url: 'https://fixture.example.org/handbook/docs/product/'});
    expect(delivery.backlinks).toEqual([
      {title: 'Earlier update', url: 'https://fixture.example.org/handbook/blog/2026/10/01/earlier/'},
      {title: 'Quarterly update', url: 'https://fixture.example.org/handbook/blog/2026/11/05/update/'},
      {title: 'Release 1.0 review', url: 'https://fixture.example.org/handbook/docs/1.0/release/'},
      {title: 'Organisation KPIs', url: 'https://fixture.example.org/handbook/docs/organisation/'},
    ]);

    const frJson = JSON.parse(site.read('fr/kpis.json'));
    const livraison = frJson.kpis.find((kpi: {id: string}) => kpi.id === 'delivery-time');
    expect(livraison.title).toBe('Délai moyen de livraison');
    expect(livraison.formatted.value).toBe('9\u00a0jours');
    expect(livraison.url).toBe('https://fixture.example.org/handbook/fr/kpis/product/delivery-time/');
    expect(livraison.home).toEqual({title: 'Indicateurs produit', url: 'https://fixture.example.org/handbook/fr/docs/product/'});
    expect(livraison.backlinks.map((link: {url: string}) => link.url)).toEqual([
      'https://fixture.example.org/handbook/fr/blog/2026/10/01/earlier/',
      'https://fixture.example.org/handbook/fr/blog/2026/11/05/update/',
      'https://fixture.example.org/handbook/fr/docs/1.0/release/',
      'https://fixture.example.org/handbook/fr/docs/organisation/',
    ]);
    // Every URL is one the site serves.
    for (const {url} of [...json.kpis, ...frJson.kpis]) {
      const pathname = new URL(url).pathname;
      const build = pathname.startsWith(fr.baseUrl) ? fr : en;
      expect(existsSync(join(site.outDir, servedFile(pathname, build))), url).toBe(true);
    }
  });

  it('renders objective cards and pages in each locale, French titles and labels in fr, under the baseUrl', () => {
    const en = body(site.read('docs/organisation/index.html'));
    expect(en).toMatch(linkTo('/handbook/kpis/objectives/faster-delivery/', 'Deliver small features faster'));
    expect(en).toMatch(linkTo('/handbook/kpis/product/delivery-time/', 'Average delivery time'));
    const fr = body(site.read('fr/docs/organisation/index.html'));
    expect(fr).toMatch(linkTo('/handbook/fr/kpis/objectives/faster-delivery/', 'Livrer plus vite les petites fonctionnalités'));
    expect(fr).toMatch(linkTo('/handbook/fr/kpis/product/delivery-time/', 'Délai moyen de livraison'));
    expect(text(fr)).toContain('Période 2026-Q4 (du 1 oct. 2026 au 31 déc. 2026)');
    expect(text(fr)).toContain('Départ → attendu 10 jours → 8 jours (-2 jours) Actuel 9 jours le 1 nov. 2026 50 % du chemin');
    const list = text(site.read('fr/kpis/objectives/index.html'));
    expect(list).toContain('Objectifs en cours Livrer plus vite les petites fonctionnalités');
    expect(list).toContain('Statut : Pas commencé');
    expect(hrefs(site.read('fr/kpis/index.html'))).toContain('/handbook/fr/kpis/objectives/');
    expect(hrefs(site.read('fr/kpis/product/delivery-time/index.html'))).toContain('/handbook/fr/kpis/objectives/faster-delivery/');
    const frJson = JSON.parse(site.read('fr/kpis.json'));
    expect(frJson.objectives[0]).toMatchObject({
      title: 'Livrer plus vite les petites fonctionnalités',
      url: 'https://fixture.example.org/handbook/fr/kpis/objectives/faster-delivery/',
    });
  });

  it('gives generated pages canonical and hreflang URLs under the baseUrl', () => {
    const head = site.read('fr/kpis/product/index.html').split('</head>')[0]!;
    expect(head).toContain('<link data-rh="true" rel="canonical" href="https://fixture.example.org/handbook/fr/kpis/product/">');
    expect(head).toContain('href="https://fixture.example.org/handbook/kpis/product/" hreflang="en"');
  });
});

describe('baseUrl /kb/, trailingSlash: false, routeBasePath metrics', () => {
  let site: BuiltSite;
  const build: LocaleBuild = {dir: '', baseUrl: '/kb/', trailingSlash: false};

  beforeAll(async () => {
    site = await buildSite(overlaySite('site-no-trailing-slash'));
  });

  it('adds the generated pages under the baseUrl and route base, without trailing slashes', () => {
    const routes: string[] = JSON.parse(site.read('routes.json'));
    expect(routes.filter((route) => route.startsWith('/kb/metrics'))).toEqual(kpiRoutes('/kb/metrics', ''));
    expect(routes.some((route) => route.startsWith('/kb/kpis'))).toBe(false);
  });

  it('writes each generated page to <route>.html, and kpis.json to <routeBasePath>.json', () => {
    for (const page of ['metrics', 'metrics/product', 'metrics/people', 'metrics/product/delivery-time', 'metrics/people/team-health']) {
      expect(existsSync(join(site.outDir, `${page}.html`)), `${page}.html`).toBe(true);
      expect(existsSync(join(site.outDir, page, 'index.html')), `${page}/index.html`).toBe(false);
    }
    expect(existsSync(join(site.outDir, 'metrics.json'))).toBe(true);
  });

  it('links every page to existing pages under the baseUrl, without trailing slashes', () => {
    const files = htmlFiles(site.outDir);
    expect(files).toEqual(expect.arrayContaining(['docs/product.html', 'blog.html', 'status.html', 'metrics.html']));
    expect(expectInternalLinksToResolve(site, build, files)).toBeGreaterThan(100);
  });

  it('builds the quarterly reports under the route base, without trailing slashes', () => {
    const report = site.read('metrics/reports/2026-q3.html');
    expect(text(report)).toContain('Online version: https://fixture.example.org/kb/metrics/reports/2026-q3');
    expect(text(report)).not.toContain('2026-q3/');
    expect(hrefs(report)).toEqual(expect.arrayContaining(['/kb/metrics', '/kb/metrics/reports', '/kb/metrics/product/delivery-time']));
    expect(hrefs(site.read('metrics/reports.html'))).toContain('/kb/metrics/reports/2025-q4');
  });

  it('links cards, inline references, ::kpi-index and hand-written links to the generated pages', () => {
    expect(body(site.read('docs/product.html'))).toContain('href="/kb/metrics/product/delivery-time"');
    const organisation = body(site.read('docs/organisation.html'));
    expect(organisation).toMatch(/href="\/kb\/metrics\/product\/delivery-time"[^>]*>Average delivery time</);
    expect(hrefs(organisation)).toEqual(
      expect.arrayContaining(['/kb/metrics/product', '/kb/metrics/people/team-health', '/kb/docs/people']),
    );
    expect(body(site.read('blog/2026/11/05/update.html'))).toContain('href="/kb/metrics/product/delivery-time"');
    expect(body(site.read('status.html'))).toContain('href="/kb/metrics/product/communities"');
    expect(hrefs(site.read('index.html'))).toEqual(expect.arrayContaining(['/kb/metrics', '/kb/metrics/product/delivery-time']));
    expect(organisation).toMatch(/href="\/kb\/metrics\/objectives\/faster-delivery"[^>]*>Deliver small features faster</);
    expect(existsSync(join(site.outDir, 'metrics/objectives.html'))).toBe(true);
    expect(existsSync(join(site.outDir, 'metrics/objectives/faster-delivery.html'))).toBe(true);
    expect(hrefs(site.read('metrics.html'))).toContain('/kb/metrics/objectives');
  });

  it('links the generated pages to each other, to home pages and to backlinks', () => {
    expect(hrefs(site.read('metrics.html'))).toEqual(
      expect.arrayContaining(['/kb/metrics/product', '/kb/metrics/product/delivery-time', '/kb/docs/product']),
    );
    expect(hrefs(site.read('metrics/product.html'))).toEqual(expect.arrayContaining(['/kb/metrics', '/kb/metrics/product/communities']));
    const html = body(site.read('metrics/product/delivery-time.html'));
    expect(hrefs(html)).toEqual(expect.arrayContaining(['/kb/metrics', '/kb/metrics/product']));
    expect(html).toMatch(/href="\/kb\/docs\/product"[^>]*>[^<]*Product KPIs</);
    expect(html).toMatch(/href="\/kb\/blog\/2026\/10\/01\/earlier"[^>]*>Earlier update</);
    expect(html).toMatch(/href="\/kb\/docs\/organisation"[^>]*>Organisation KPIs</);
    expect(text(html)).toContain('9 days');
    expect(hrefs(html)).toContain('/kb/metrics/product/delivery-time.csv');
    expect(site.read('metrics/product/delivery-time.csv')).toMatch(/^date,value/);
  });

  it('writes absolute URLs without trailing slashes to kpis.json', () => {
    const json = JSON.parse(site.read('metrics.json'));
    const delivery = json.kpis.find((kpi: {id: string}) => kpi.id === 'delivery-time');
    expect(delivery.url).toBe('https://fixture.example.org/kb/metrics/product/delivery-time');
    expect(delivery.home).toEqual({title: 'Product KPIs', url: 'https://fixture.example.org/kb/docs/product'});
    expect(delivery.backlinks.map((link: {url: string}) => link.url)).toEqual([
      'https://fixture.example.org/kb/blog/2026/10/01/earlier',
      'https://fixture.example.org/kb/blog/2026/11/05/update',
      'https://fixture.example.org/kb/docs/organisation',
    ]);
    for (const {url} of json.kpis) expect(existsSync(join(site.outDir, servedFile(new URL(url).pathname, build))), url).toBe(true);
  });
});
