import {readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {type BuiltSite, buildSite, copyFixtureSite, describeError} from './support/buildSite';
import {textOf} from './support/html';

function listFiles(dir: string): string[] {
  return readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

/** Text content of built HTML, tags dropped and whitespace collapsed, for readable assertions. */

describe('a real docusaurus build of the fixture handbook', () => {
  let site: BuiltSite;
  let siteDir: string;
  beforeAll(async () => {
    siteDir = copyFixtureSite('site');
    site = await buildSite(siteDir);
  });

  it('is deterministic: a second build gives byte-identical pages and kpis.json', {timeout: 180_000}, async () => {
    const again = await buildSite(siteDir, 'build-again');
    const files = listFiles(site.outDir).filter((file) => /\.(html|json)$/.test(file));
    expect(files.length).toBeGreaterThan(15);
    for (const file of files) expect(again.read(file), file).toBe(site.read(file));
  });

  it('renders a card with value, change, target, status and sparkline in a docs page', () => {
    const html = site.read('docs/product/index.html');
    const content = textOf(html);
    expect(content).toContain('Average delivery time');
    expect(content).toContain('9 days');
    expect(content).toContain('-1 day');
    expect(content).toContain('8 days');
    expect(content).toMatch(/on track|at risk|off track/i);
    expect(content).toContain('We changed how we size work in May');
    expect(html).toMatch(/<svg[^>]*role="img"/);
    expect(html).toMatch(/<desc[^>]*>12 monthly values from Dec 2025 to Nov 2026/);
    expect(content).toContain('Nov 1, 2026');
  });

  it('keeps ordinary Markdown working next to cards', () => {
    const html = site.read('docs/product/index.html');
    expect(html).toContain('theme-admonition-tip');
    expect(textOf(html)).toContain('Keep it short');
  });

  it('renders a qualitative KPI with its hand-set status and reasons in an MDX page', () => {
    const content = textOf(site.read('docs/people/index.html'));
    expect(content).toContain('Recovering; hiring under way');
    expect(content).toMatch(/at risk/i);
    expect(content).toContain('Two people carry most on-call load.');
    expect(content).toContain('We care about people.');
    expect(content).toMatch(/no data/i);
  });

  it('renders cards in blog posts and pages', () => {
    expect(textOf(site.read('blog/2026/11/05/update/index.html'))).toContain('9 days');
    expect(textOf(site.read('status/index.html'))).toContain('66');
  });

  it('renders inline references and the generated index', () => {
    const html = site.read('docs/organisation/index.html');
    expect(html).toMatch(/href="\/kpis\/product\/delivery-time"[^>]*>Average delivery time</);
    expect(textOf(html)).toContain('Product and Services');
    expect(html).toContain('href="/kpis/people/onboarding-time"');
  });

  it('footnotes cited KPIs once each, numbered with the page footnotes in order of first reference', () => {
    const html = site.read('docs/organisation/index.html').split('</head>')[1]!;
    const markers = [...html.matchAll(/id="user-content-fnref-([\w-]+?)(?:-\d)?" data-footnote-ref[^>]*>(\d+)</g)].map(
      (match) => `${match[2]}:${match[1]}`,
    );
    const hash = /fnref-few-?([\w]*)/.exec(html);
    expect(hash).not.toBeNull();
    // The page's own footnote, delivery time, communities, then delivery time's own [^board] (cited from its definition).
    expect(markers.map((marker) => marker.replace(/-[0-9a-f]{6}$/, ''))).toEqual([
      '1:few',
      '2:kpi-delivery-time',
      '3:kpi-communities',
      '3:kpi-communities',
      '2:kpi-delivery-time',
      '2:kpi-delivery-time',
      '2:kpi-delivery-time',
      '4:kpi-delivery-time-board',
    ]);
    const footnotes = textOf(html.slice(html.indexOf('data-footnotes')));
    expect(footnotes).toContain('Three or four per area at most.');
    expect(footnotes).toContain('Average delivery time : Median days from "in progress" to "done" for small features.');
    expect(footnotes).toContain('Read from the project board every month.');
    expect(html.match(/<li[^>]*id="user-content-fn-kpi-delivery-time-[0-9a-f]{6}"/g)).toHaveLength(1);
    expect(html).toContain('Back to reference 2-4');
  });

  it('renders the value, target and status forms of inline references', () => {
    const content = textOf(site.read('docs/organisation/index.html').split('</head>')[1]!);
    expect(content).toMatch(
      /Delivery time is 9 days 2 , against a target of 8 days by Jun 30, 2027 2 ; status (On track|At risk|Off track) 2/,
    );
    expect(content).toMatch(/it is 66 3 now/);
  });

  it('keeps footnote ids apart on a blog list page showing several posts', () => {
    const html = site.read('blog/index.html').split('</head>')[1]!;
    const ids = [...html.matchAll(/<li[^>]*id="(user-content-fn-[^"]+)"/g)].map((match) => match[1]);
    expect(ids.length).toBeGreaterThanOrEqual(2);
    expect(new Set(ids).size).toBe(ids.length);
    expect(html.match(/id="user-content-fn-kpi-delivery-time-[0-9a-f]{6}"/g)?.length).toBe(2);
    // Each post's footnote heading has an id of its own, and its references are described by it.
    const posts = html.split(/<article/).slice(1);
    expect(posts.length).toBe(2);
    const labels = posts.map((post) => /<h2[^>]*id="(footnote-label-[0-9a-f]{6})"/.exec(post)?.[1]);
    expect(labels.every(Boolean)).toBe(true);
    expect(new Set(labels).size).toBe(2);
    expect(html).not.toContain('"footnote-label"');
    posts.forEach((post, index) => {
      const described = [...post.matchAll(/aria-describedby="([^"]+)"/g)].map((match) => match[1]);
      expect(described.length).toBeGreaterThan(0);
      for (const id of described) expect(post).toContain(`id="${id}"`);
      expect(new Set(described)).toEqual(new Set([labels[index]]));
    });
  });

  it('shows the definition in cards, with its footnotes among the page footnotes', () => {
    const html = site.read('docs/product/index.html').split('</head>')[1]!;
    expect(textOf(html)).toMatch(/Definition Median days from "in progress" to "done" for small features\. 1/);
    expect(textOf(html.slice(html.indexOf('data-footnotes')))).toContain('Read from the project board every month.');
  });

  it('gives each KPI page a chart, the definition with footnotes, the SMART checklist and a download', () => {
    const html = site.read('kpis/product/delivery-time/index.html').split('</head>')[1]!;
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="[^"]+"/);
    expect(textOf(html)).toMatch(/Definition Median days from "in progress" to "done" for small features\. ?1/);
    expect(textOf(html)).toContain('Read from the project board every month.');
    expect(textOf(html)).toContain('SMART checklist');
    expect(html).toContain('href="/kpis/product/delivery-time.csv"');
    const csv = site.read('kpis/product/delivery-time.csv');
    expect(csv.split(/\r?\n/)[0]).toBe('date,value,note');
    expect(csv).toContain('2026-11-01,9');
  });

  it('generates the KPI pages the cards link to', () => {
    expect(textOf(site.read('kpis/index.html'))).toContain('Time to first contribution');
    expect(textOf(site.read('kpis/product/index.html'))).toContain('Build and run the services communities use.');
    const kpiPage = textOf(site.read('kpis/product/delivery-time/index.html'));
    expect(kpiPage).toContain('Median days from');
    expect(kpiPage).toContain('New sizing guide');
    expect(kpiPage).toContain('Product KPIs');
    expect(kpiPage).toContain('Organisation KPIs');
  });

  it('writes kpis.json with computed values, home pages and backlinks', () => {
    const json = JSON.parse(site.read('kpis.json'));
    expect(json.schemaVersion).toBe(1);
    expect(json.asOf).toBe('2026-11-20');
    expect(json.areas.map((area: {id: string}) => area.id)).toEqual(['product', 'people']);
    const delivery = json.kpis.find((kpi: {id: string}) => kpi.id === 'delivery-time');
    expect(delivery.latest).toEqual({date: '2026-11-01', value: 9});
    expect(delivery.status.level).toMatch(/on-track|at-risk|off-track/);
    expect(delivery.url).toBe('https://fixture.example.org/kpis/product/delivery-time');
    expect(delivery.home).toEqual({title: 'Product KPIs', url: 'https://fixture.example.org/docs/product'});
    expect(delivery.backlinks.map((link: {title: string}) => link.title)).toEqual([
      'Earlier update',
      'Quarterly update',
      'Organisation KPIs',
    ]);
    expect(delivery.series).toHaveLength(12);
  });

  it('renders an objective card one level below the heading it follows, with each impact', () => {
    const html = site.read('docs/organisation/index.html').split('</head>')[1]!;
    expect(html).toMatch(/<h2[^>]*id="this-quarter"/);
    expect(html).toMatch(
      /<h3 id="[^"]+" class="kpi-objective__title"><a href="\/kpis\/objectives\/faster-delivery">Deliver small features faster<\/a><\/h3>/,
    );
    const card = textOf(
      html.slice(html.indexOf('<article class="kpi-objective"'), html.indexOf('</article>', html.indexOf('kpi-objective'))),
    );
    expect(card).toContain('Period 2026-Q4 (Oct 1, 2026 – Dec 31, 2026)');
    expect(card).toContain('Owner Product lead');
    expect(card).toContain('Slice work so that it ships in days.');
    expect(card).toContain('Baseline → expected 10 days → 8 days (-2 days) Current 9 days on Nov 1, 2026');
    expect(card).toContain('Baseline → expected 63 → 70 Current 66 on Nov 1, 2026 42.9% of the way');
    expect(html).toMatch(/href="\/kpis\/product\/delivery-time"[^>]*>Average delivery time<\/a><span class="kpi-status/);
    expect(html).toMatch(/role="progressbar" aria-label="Progress of Average delivery time" [^>]*aria-valuenow="50" aria-valuetext="50%"/);
    // The description's footnote has ids of its own, apart from the page's footnotes.
    expect(html).toContain('id="kpi-objective-faster-delivery-fn-slices"');
    expect(html).not.toContain('::objective');
  });

  it('generates /kpis/objectives, a page per objective, and links to them from /kpis and the KPI pages', () => {
    const list = textOf(site.read('kpis/objectives/index.html').split('</head>')[1]!);
    const order = ['Current objectives', 'Deliver small features faster', 'Upcoming', 'Reach a hundred communities', 'Not started'];
    const past = ['Past objectives', 'Onboard newcomers quickly', 'No data'];
    const positions = [...order, ...past].map((part) => list.indexOf(part));
    expect(
      positions.every((position, index) => position >= 0 && (index === 0 || position > positions[index - 1]!)),
      list,
    ).toBe(true);
    const page = site.read('kpis/objectives/faster-delivery/index.html');
    expect(page).toMatch(/<h1 id="[^"]+" class="kpi-objective__title">Deliver small features faster<\/h1>/);
    expect(page).toContain('<meta data-rh="true" name="description" content="Slice work so that it ships in days.">');
    expect(site.read('kpis/index.html')).toContain('href="/kpis/objectives"');
    const kpiPage = site.read('kpis/product/delivery-time/index.html').split('</head>')[1]!;
    expect(kpiPage).toContain('href="/kpis/objectives/faster-delivery"');
    expect(textOf(kpiPage)).toMatch(/Objectives Deliver small features faster 2026-Q4 Status: \S.* expects 8 days/);
    expect(site.read('kpis/people/team-health/index.html')).not.toContain('/kpis/objectives/');
  });

  it('writes the objectives with their outcome to kpis.json', () => {
    const json = JSON.parse(site.read('kpis.json'));
    expect(json.objectives.map((objective: {id: string; phase: string}) => [objective.id, objective.phase])).toEqual([
      ['faster-delivery', 'current'],
      ['quicker-onboarding', 'past'],
      ['next-year', 'upcoming'],
    ]);
    const [faster] = json.objectives;
    expect(faster.url).toBe('https://fixture.example.org/kpis/objectives/faster-delivery');
    expect(faster.impacts[0]).toMatchObject({
      kpi: 'delivery-time',
      by: -2,
      baseline: {date: '2026-10-01', value: 10},
      expected: 8,
      current: {date: '2026-11-01', value: 9},
      progress: 0.5,
    });
  });

  it('puts the card components in one shared chunk rather than a copy in every page chunk', () => {
    const scripts = listFiles(site.outDir).filter((file) => /^assets\/js\/.*\.js$/.test(file));
    // A class name only the card's code holds.
    const withCardCode = scripts.filter((file) => site.read(file).includes('kpi-card__value'));
    expect(withCardCode).toHaveLength(1);
    expect(withCardCode[0]).toMatch(/^assets\/js\/kpi-components\.[0-9a-f]+\.js$/);
  });

  it('ships no KPI directive unrendered in page bodies', () => {
    // The <head> is excluded: Docusaurus derives a page's meta description from its raw Markdown.
    for (const page of ['docs/product/index.html', 'docs/people/index.html', 'docs/organisation/index.html']) {
      expect(site.read(page).split('</head>')[1]).not.toMatch(/:::?kpi|:kpi\[/);
    }
  });
});

describe('a build with a mistake in a page', () => {
  it('fails with the file, line and column of an unknown KPI or objective id, and a suggestion', async () => {
    const siteDir = copyFixtureSite('site', (dir) => {
      const page = join(dir, 'docs/product.md');
      writeFileSync(page, readFileSync(page, 'utf8').replace('::kpi{#communities}', '::kpi{#comunities}'));
      const organisation = join(dir, 'docs/organisation.md');
      writeFileSync(
        organisation,
        readFileSync(organisation, 'utf8').replace('::objective{#faster-delivery}', '::objective{#faster-delivry}'),
      );
    });
    const error = await buildSite(siteDir).then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect(error).toBeDefined();
    const message = describeError(error);
    expect(message).toContain('docs/product.md:13:1: unknown KPI "comunities"');
    expect(message).toContain('did you mean "communities"?');
    expect(message).toContain('docs/organisation.md:17:1: unknown objective "faster-delivry"');
    expect(message).toContain('did you mean "faster-delivery"?');
    const userError = (error as {cause?: Error}).cause;
    expect(userError?.name).toBe('KpiUserError');
    expect(userError?.stack).not.toMatch(/^\s+at /m);
  });
});
