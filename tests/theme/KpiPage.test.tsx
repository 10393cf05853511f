import {renderToStaticMarkup} from 'react-dom/server';
import {describe, expect, it, vi} from 'vitest';
// The page without the classic theme's Layout, which needs a whole site.
import KpiPage from '../../src/theme/KpiPage/Content';
import {toPageData} from '../../src/compute/pageData';
import {computeRegistry} from '../../src/compute/registry';
import type {KpiDefinition, KpiPageData, Registry} from '../../src/types';
import {textOf} from '../support/html';

// The test stand-in for Link passes Docusaurus-only props (`autoAddBaseUrl`) on to its <a>; React warns once.
const consoleError = console.error.bind(console);
vi.spyOn(console, 'error').mockImplementation((message: unknown, ...rest: unknown[]) => {
  if (typeof message === 'string' && message.includes('does not recognize the') && rest.includes('autoAddBaseUrl')) return;
  consoleError(message, ...rest);
});

const source = {file: 'kpis/product.yml', line: 1, column: 1};
const urls = {baseUrl: '/handbook/', routeBasePath: 'kpis'};

function definition(overrides: Partial<KpiDefinition>): KpiDefinition {
  return {
    id: 'delivery-time',
    area: 'product',
    title: 'Average delivery time',
    definition: 'Days from order to delivery[^avg], averaged over the month.',
    footnotes: {avg: 'Mean of all orders delivered in the month.'},
    unit: 'days',
    direction: 'down',
    tags: ['quantitative'],
    cadence: 'monthly',
    owner: 'Product lead',
    targets: [
      {value: 15, by: '2025-03-31'},
      {value: 10, by: '2027-01-31', label: 'Stretch'},
    ],
    data: 'data/delivery-time.csv',
    source,
    ...overrides,
  };
}

const registry: Registry = {
  dir: '/site/kpis',
  areas: [{id: 'product', title: 'Product and Services', order: 0, source}],
  kpis: [
    definition({parent: 'customer-experience'}),
    definition({
      id: 'customer-experience',
      title: 'Customer experience',
      definition: undefined,
      footnotes: {},
      unit: 'text',
      owner: undefined,
      targets: [],
      data: undefined,
    }),
  ],
  series: {
    'delivery-time': [
      {date: '2025-01-31', value: 18},
      {date: '2025-02-28', value: 16, note: 'New courier, "express" tier'},
      {date: '2025-03-31', value: 14},
      {date: '2025-04-30', value: 13},
      // After asOf: in the table, not on the chart.
      {date: '2026-12-31', value: 2},
    ],
  },
};

const computed = computeRegistry(registry, {asOf: '2025-05-15', tolerance: 0.05, trendWindow: 6, locale: 'en', urls});
const links = {
  homes: new Map([['delivery-time', {permalink: '/handbook/docs/product', title: 'Product'}]]),
  backlinks: new Map([['delivery-time', [{permalink: '/handbook/blog/update', title: 'November update'}]]]),
};
const delivery = toPageData(computed[0]!, computed, registry, links, urls, 'en');
const experience = toPageData(computed[1]!, computed, registry, links, urls, 'en');

function render(data: KpiPageData): string {
  return renderToStaticMarkup(<KpiPage data={data} />);
}

/** Visible and spoken text, without markup. */

/** The markup of the `<section>` whose heading says `heading`. */
function section(html: string, heading: string): string {
  const start = html.indexOf(`>${heading}</h2>`);
  expect(start, `section "${heading}"`).toBeGreaterThan(-1);
  return html.slice(html.lastIndexOf('<section', start), html.indexOf('</section>', start));
}

describe('toPageData (page additions)', () => {
  it('charts the measurements up to asOf with the targets in force over time', () => {
    expect(delivery.chart!.geometry.points.map((point) => point.date)).toEqual(['2025-01-31', '2025-02-28', '2025-03-31', '2025-04-30']);
    expect(delivery.chart!.geometry.targets.map((step) => step.value)).toEqual(['15 days', '10 days']);
    expect(delivery.chart!.description).toBe(
      '4 monthly values from Jan 2025 to Apr 2025: from 18 days to 13 days, lowest 13 days, highest 18 days.',
    );
  });

  it('has no chart and no download without measurements', () => {
    expect(experience).not.toHaveProperty('chart');
    expect(experience).not.toHaveProperty('download');
  });

  it('links the series file next to the page, with the baseUrl', () => {
    expect(delivery.card.permalink).toBe('/handbook/kpis/product/delivery-time');
    expect(delivery.download).toEqual({csv: '/handbook/kpis/product/delivery-time.csv'});
  });

  it('fills the SMART checklist from the registry, formatted for the locale', () => {
    expect(delivery.smart.map((item) => [item.criterion, item.met])).toEqual([
      ['specific', true],
      ['measurable', true],
      ['attainable', true],
      ['relevant', true],
      ['time-bound', true],
    ]);
    expect(delivery.smart[3]!.evidence).toBe('Owned by Product lead in Product and Services; rolls up to Customer experience.');
    expect(delivery.smart[4]!.evidence).toBe('Measured monthly; all 2 targets have due dates, the last Jan 31, 2027.');
    expect(experience.smart.filter((item) => item.met)).toEqual([]);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(delivery))).toEqual(delivery);
  });
});

describe('KpiPage', () => {
  const html = render(delivery);

  it('has breadcrumbs to the index and the area, and the KPI as the current page', () => {
    const nav = html.slice(html.indexOf('<nav'), html.indexOf('</nav>'));
    expect(nav).toContain('aria-label="Breadcrumbs"');
    expect(nav).toContain('<a href="/handbook/kpis" class="breadcrumbs__link">All KPIs</a>');
    expect(nav).toContain('<a href="/handbook/kpis/product" class="breadcrumbs__link">Product and Services</a>');
    expect(nav).toContain('aria-current="page">Average delivery time</span>');
  });

  it('has the title as the only h1, the card title as h2 and sections as h2', () => {
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    expect(html).toContain('<h1>Average delivery time</h1>');
    expect(html).toMatch(
      /<article[^>]*data-kpi="delivery-time"[^>]*>.*?<h2 id="[^"]+"[^>]*><a href="\/handbook\/kpis\/product\/delivery-time"/,
    );
    // The only h3 is the definition's (visually hidden) footnotes label.
    expect([...html.matchAll(/<h3[^>]*>(.*?)<\/h3>/g)].map((match) => textOf(match[1]!))).toEqual(['Footnotes']);
    const headings = [...html.matchAll(/<h2[^>]*>(.*?)<\/h2>/g)].map((match) => textOf(match[1]!));
    expect(headings).toEqual([
      'Average delivery time',
      'Definition',
      'Status history',
      'SMART checklist',
      'Targets',
      'Data',
      'Home page',
      'Referenced in',
      'Rolls up to',
    ]);
  });

  it('shows the full chart beside the card, named and described', () => {
    const card = html.indexOf('<article');
    const figure = html.indexOf('<figure');
    expect(figure).toBeGreaterThan(card);
    expect(html).toContain('<title id="kpi-chart-delivery-time-title">Average delivery time over time</title>');
    expect(html).toContain(
      '<desc id="kpi-chart-delivery-time-desc">4 monthly values from Jan 2025 to Apr 2025: from 18 days to 13 days, lowest 13 days, highest 18 days. ' +
        'The dashed line shows the target in force over time: 15 days until Mar 31, 2025; 10 days until Jan 31, 2027.</desc>',
    );
    expect(html).toContain('<title>Apr 30, 2025: 13 days</title>');
  });

  it('shows the definition with its footnotes', () => {
    const definition = textOf(section(html, 'Definition'));
    expect(definition).toContain('Days from order to delivery 1 , averaged over the month.');
    expect(definition).toContain('Mean of all orders delivered in the month.');
  });

  it('shows the SMART checklist with met or not met in words, and the evidence', () => {
    const smart = section(html, 'SMART checklist');
    expect(textOf(smart)).toContain('5 of 5 criteria met');
    expect(textOf(smart)).toContain('Specific Met "Average delivery time" has a written definition.');
    expect(textOf(smart)).toContain('Time-bound Met Measured monthly; all 2 targets have due dates, the last Jan 31, 2027.');
    expect(smart.match(/<li /g)).toHaveLength(5);
    // The icons are decoration: the words say it.
    expect(smart).toMatch(/<span[^>]*aria-hidden="true">✓<\/span>/);
  });

  it('says which criteria are not met', () => {
    const smart = textOf(section(render(experience), 'SMART checklist'));
    expect(smart).toContain('0 of 5 criteria met');
    expect(smart).toContain('Specific Not met "Customer experience" has no definition of what is counted and how.');
    expect(smart).toContain('Measurable Not met A qualitative KPI without a status set by hand.');
    expect(smart).toContain('Relevant Not met No owner is named in Product and Services.');
  });

  it('lists the targets, marking the one in force', () => {
    const targets = textOf(section(html, 'Targets'));
    expect(targets).toContain('15 days by Mar 31, 2025');
    expect(targets).toContain('10 days by Jan 31, 2027 (Stretch) in force');
  });

  it('shows the data as an accessible table, newest first', () => {
    const data = section(html, 'Data');
    expect(data).toMatch(/<table[^>]*><caption[^>]*>Measurements of Average delivery time<\/caption>/);
    expect(data.match(/<th scope="col"/g)).toHaveLength(3);
    const rows = [...data.matchAll(/<tr><th scope="row"[^>]*>(.*?)<\/th><td[^>]*>(.*?)<\/td>/g)].map((match) => [match[1], match[2]]);
    expect(rows).toEqual([
      ['Dec 31, 2026', '2 days'],
      ['Apr 30, 2025', '13 days'],
      ['Mar 31, 2025', '14 days'],
      ['Feb 28, 2025', '16 days'],
      ['Jan 31, 2025', '18 days'],
    ]);
    expect(data).toContain('<td>New courier, &quot;express&quot; tier</td>');
  });

  it('has no note column when no measurement has a note', () => {
    const noNotes = render({...delivery, points: delivery.points.map(({date, value}) => ({date, value}))});
    expect(section(noNotes, 'Data').match(/<th scope="col"/g)).toHaveLength(2);
  });

  it('offers the series as a file download, outside client routing and the broken-link check', () => {
    const data = section(html, 'Data');
    // `pathname://` is Docusaurus Link's escape hatch for files (its stand-in here leaves it in the href).
    expect(data).toMatch(
      /<a href="pathname:\/\/\/handbook\/kpis\/product\/delivery-time\.csv"[^>]* target="_self" download="delivery-time\.csv">Download the data \(CSV\)<\/a>/,
    );
  });

  it('says there is no data, and offers no download, without measurements', () => {
    const page = render(experience);
    expect(textOf(section(page, 'Data'))).toContain('No measurements yet.');
    expect(page).not.toContain('download=');
    expect(page).not.toContain('<figure');
    expect(textOf(section(page, 'Targets'))).toContain('No target is set.');
    expect(textOf(section(page, 'Definition'))).toContain('This KPI has no definition yet.');
  });

  it('links the home page, backlinks and roll-ups', () => {
    expect(section(html, 'Home page')).toContain('<a href="/handbook/docs/product">Product</a>');
    expect(section(html, 'Referenced in')).toContain('<a href="/handbook/blog/update">November update</a>');
    expect(section(html, 'Rolls up to')).toContain('<a href="/handbook/kpis/product/customer-experience">Customer experience</a>');
    const parent = render(experience);
    expect(section(parent, 'Rolled up from')).toContain('<a href="/handbook/kpis/product/delivery-time">Average delivery time</a>');
    expect(textOf(section(parent, 'Home page'))).toContain('No handbook page has a card for this KPI yet.');
    expect(textOf(section(parent, 'Referenced in'))).toContain('No other page cites this KPI.');
  });

  it('has unique ids, and every aria-labelledby points at one', () => {
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]!);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [, labelledBy] of html.matchAll(/aria-labelledby="([^"]+)"/g)) {
      for (const id of labelledBy!.split(' ')) expect(ids).toContain(id);
    }
  });

  it('renders byte-identical markup every time', () => {
    expect(render(delivery)).toBe(html);
  });

  it('escapes text from data', () => {
    const page = render({...delivery, card: {...delivery.card, title: '<script>alert(1)</script>'}});
    expect(page).not.toContain('<script>');
    expect(page).toContain('&lt;script&gt;');
  });
});

describe('KpiPage of a computed KPI', () => {
  const metric = {
    from: 'raw/logins.csv',
    time: 'logged_in_at',
    measure: 'count_distinct(hub_id)',
    where: "status = 'ok'",
    window: 3,
    cumulative: false,
  };
  const sql = "WITH _kpi_rows AS (SELECT * FROM read_csv('kpis/raw/logins.csv'))";
  const computedRegistry: Registry = {
    ...registry,
    kpis: [
      definition({data: undefined, metric}),
      definition({id: 'renewal-rate', title: 'Renewal rate', data: undefined, query: {sql: 'select 1'}}),
    ],
    computations: {
      'delivery-time': {kind: 'metric', sql, files: ['kpis/raw/logins.csv'], source: 'embedded', computedAt: '2025-05-15T08:30:00.000Z'},
      'renewal-rate': {kind: 'query', sql: 'select 1', files: [], source: 'warehouse', computedAt: '2025-05-15T08:30:00.000Z'},
    },
  };
  const entries = computeRegistry(computedRegistry, {asOf: '2025-05-15', tolerance: 0.05, trendWindow: 6, locale: 'en', urls});
  const page = (index: number, locale = 'en') => toPageData(entries[index]!, entries, computedRegistry, links, urls, locale);

  it('gives the metric as written, the SQL, the files and the time of the query', () => {
    expect(page(0).computation).toEqual({
      kind: 'metric',
      fields: [
        {name: 'from', value: 'raw/logins.csv'},
        {name: 'time', value: 'logged_in_at'},
        {name: 'measure', value: 'count_distinct(hub_id)'},
        {name: 'where', value: "status = 'ok'"},
        {name: 'window', value: '3'},
      ],
      sql,
      files: ['kpis/raw/logins.csv'],
      computedAt: 'May 15, 2025 at 8:30:00 AM UTC',
    });
    expect(page(0, 'fr-FR').computation!.computedAt).toBe('15 mai 2025 à 08:30:00 UTC');
    expect(page(1).computation).toMatchObject({kind: 'query', fields: [], source: 'warehouse'});
    expect(delivery.computation).toBeUndefined();
  });

  it('says how the KPI is computed, after the targets: the fields, then the SQL behind a disclosure', () => {
    const html = render(page(0));
    const headings = [...html.matchAll(/<h2[^>]*>(.*?)<\/h2>/g)].map((match) => textOf(match[1]!));
    expect(headings.slice(4, 7)).toEqual(['Targets', 'How it is computed', 'Data']);
    const computation = section(html, 'How it is computed');
    expect(textOf(computation).replace(/ ,/g, ',')).toContain(
      'Computed by the build from kpis/raw/logins.csv, with this metric, on May 15, 2025 at 8:30:00 AM UTC:',
    );
    expect(computation).toContain('<dt><code>measure</code></dt><dd><code>count_distinct(hub_id)</code></dd>');
    expect(computation).toMatch(/<details[^>]*><summary>The SQL the metric runs<\/summary><pre><code>WITH _kpi_rows/);
    expect(computation).toContain('read_csv(&#x27;kpis/raw/logins.csv&#x27;)');
  });

  it('shows a query as its SQL, naming the source it ran on', () => {
    const computation = section(render(page(1)), 'How it is computed');
    expect(textOf(computation).replace(/ ,/g, ',')).toContain('Computed by the build from warehouse, with this SQL query');
    expect(computation).toContain('<pre class="');
    expect(computation).not.toContain('<details');
  });
});
