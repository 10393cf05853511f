import {appendFileSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {type BuiltSite, buildSite, copyFixtureSite} from './support/buildSite';
import {textOf} from './support/html';

/** The confidential KPI's values, raw and as the site formats them, and a note from its series. */
const NEEDLES = ['987654', '987,654', '912345', '912,345', '876543', '876,543', '75308', '75,308', 'renewal-4242'];

function addConfidentialKpi(siteDir: string, showConfidential: boolean): void {
  appendFileSync(
    join(siteDir, 'kpis/product.yml'),
    [
      '  - id: partner-revenue',
      '    title: Partner revenue',
      '    definition: Revenue from partner contracts.',
      '    unit: count',
      '    owner: Partnerships lead',
      '    tags: [quantitative, lagging]',
      '    confidential: true',
      '    targets:',
      '      - {value: 1200000, by: 2027-12-31}',
      '    data: data/partner-revenue.csv',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(siteDir, 'kpis/data/partner-revenue.csv'),
    'date,value,note\n2026-08-31,876543.219,\n2026-09-30,912345.678,\n2026-10-31,987654.321,renewal-4242\n',
  );
  writeFileSync(
    join(siteDir, 'docs/partners.md'),
    '# Partners\n\nWe track :kpi[partner-revenue]: it is :kpi[partner-revenue]{show=value} (:kpi[partner-revenue]{show=change}).\n\n::kpi{#partner-revenue}\n\n::kpi-index{area=product}\n',
  );
  if (showConfidential) {
    const config = join(siteDir, 'docusaurus.config.js');
    writeFileSync(config, readFileSync(config, 'utf8').replace("{asOf: '2026-11-20'}", "{asOf: '2026-11-20', showConfidential: true}"));
  }
}

/** Every file a build wrote (its output and Docusaurus's generated folder), with the needles each holds. */
function findNeedles(siteDir: string, outDir: string): string[] {
  return [outDir, join(siteDir, '.docusaurus')].flatMap((dir) =>
    readdirSync(dir, {recursive: true, withFileTypes: true})
      .filter((entry) => entry.isFile())
      .flatMap((entry) => {
        const path = join(entry.parentPath, entry.name);
        const content = readFileSync(path, 'latin1');
        return NEEDLES.filter((needle) => content.includes(needle)).map((needle) => `${relative(siteDir, path)}: ${needle}`);
      }),
  );
}

function fileCount(dir: string): number {
  return readdirSync(dir, {recursive: true, withFileTypes: true}).filter((entry) => entry.isFile()).length;
}

describe('a confidential KPI in a real build', () => {
  let siteDir: string;
  let site: BuiltSite;
  beforeAll(async () => {
    siteDir = copyFixtureSite('site', (dir) => addConfidentialKpi(dir, false));
    site = await buildSite(siteDir);
  }, 240_000);

  it('leaves its values out of every file of the build output and the generated folder', () => {
    expect(fileCount(site.outDir)).toBeGreaterThan(30);
    expect(fileCount(join(siteDir, '.docusaurus'))).toBeGreaterThan(10);
    expect(findNeedles(siteDir, site.outDir)).toEqual([]);
  });

  it('writes no CSV download for it, and kpis.json says it is confidential without values', () => {
    expect(readdirSync(join(site.outDir, 'kpis/product'))).not.toContain('partner-revenue.csv');
    const kpi = (JSON.parse(site.read('kpis.json')) as {kpis: Record<string, unknown>[]}).kpis.find(
      (entry) => entry.id === 'partner-revenue',
    )!;
    expect(kpi).toMatchObject({confidential: true, latest: null, previous: null, change: null, progress: null, series: []});
    expect(kpi.targets).toEqual([{value: 1200000, by: '2027-12-31'}]);
    expect(kpi.status).toMatchObject({level: expect.any(String), reasons: []});
  });

  it('shows its title, definition, owner, target and status, and says the values are confidential', () => {
    const page = textOf(site.read('docs/partners/index.html').split('</head>')[1]!);
    expect(page).toContain('Partner revenue');
    expect(page).toContain('Revenue from partner contracts.');
    expect(page).toContain('Partnerships lead');
    expect(page).toContain('1,200,000');
    expect(page).toContain('Confidential The values of this KPI are not published.');
    expect(page).toContain('it is confidential 1 ( confidential 1 )');
    expect(textOf(site.read('kpis/index.html'))).toMatch(/Partner revenue confidential/);
    const kpiPage = textOf(site.read('kpis/product/partner-revenue/index.html').split('</head>')[1]!);
    expect(kpiPage).toContain('The values of this KPI are confidential: this site does not publish them.');
    expect(kpiPage).not.toContain('Download the data');
    expect(site.read('kpis/product/partner-revenue/index.html')).not.toMatch(/<svg[^>]*role="img"/);
  });

  it('keeps it in the quarterly report, with its status judged on its values and no value shown', () => {
    const html = site.read('kpis/reports/2026-q3/index.html');
    const start = html.indexOf('<article', html.indexOf('id="report-kpi-partner-revenue"') - 200);
    const article = textOf(html.slice(start, html.indexOf('</article>', start)));
    expect(article).toMatch(/^Partner revenue Value Confidential /);
    expect(article).toMatch(/Status Status: (On track|At risk|Off track|Achieved)$/);
  });

  it('still shows the values of the other KPIs', () => {
    expect(textOf(site.read('docs/product/index.html'))).toContain('9 days');
  });
});

describe('a confidential KPI in a build with showConfidential: true', () => {
  let siteDir: string;
  let site: BuiltSite;
  beforeAll(async () => {
    siteDir = copyFixtureSite('site', (dir) => addConfidentialKpi(dir, true));
    site = await buildSite(siteDir);
  }, 240_000);

  it('shows its values in pages, the CSV download and kpis.json', () => {
    const found = findNeedles(siteDir, site.outDir);
    expect(found).toContain('build/docs/partners/index.html: 987,654');
    expect(found).toContain('build/kpis/product/partner-revenue.csv: 987654');
    expect(found).toContain('build/kpis/product/partner-revenue.csv: renewal-4242');
    expect(found).toContain('build/kpis.json: 912345');
    expect(textOf(site.read('docs/partners/index.html'))).not.toContain('Confidential');
  });
});
