import {describe, expect, it} from 'vitest';
import {computeQuarterReport, toReportSummary} from '../../src/compute/quarterReport';
import {computeRegistry} from '../../src/compute/registry';
import {defaultReportQuarters, parseQuarter, quarterEnd, quarterSlug, quarterStart} from '../../src/shared/quarters';
import {reportsAreaClash, resolveReportQuarters} from '../../src/shared/quarters';
import {formatQuarterReport} from '../../src/output/quarterReport';
import type {KpiDefinition, Registry, SeriesPoint} from '../../src/types';

/** Month ends from Jan 2025 on, one value a month. */
function monthEnds(values: number[]): SeriesPoint[] {
  return values.map((value, i) => ({date: new Date(Date.UTC(2025, i + 1, 0)).toISOString().slice(0, 10), value}));
}

const kpi = (id: string, area: string, extra: Partial<KpiDefinition> = {}): KpiDefinition => ({
  id,
  area,
  title: `KPI ${id}`,
  footnotes: {},
  unit: 'days',
  direction: 'down',
  tags: [],
  cadence: 'monthly',
  targets: [{value: 10, by: '2026-12-31'}],
  source: {file: `kpis/${area}.yml`, line: 3, column: 5},
  ...extra,
});

// delivery: 22 months, Jan 2025 to Oct 2026; engagement stops in Apr 2026 (stale by the end of Q3 2026).
const registry: Registry = {
  dir: '/site/kpis',
  areas: [
    {id: 'product', title: 'Product', order: 0, source: {file: 'kpis/areas.yml', line: 1, column: 3}},
    {id: 'people', title: 'People', order: 1, source: {file: 'kpis/areas.yml', line: 3, column: 3}},
    {id: 'empty', title: 'Empty', order: 2, source: {file: 'kpis/areas.yml', line: 5, column: 3}},
  ],
  kpis: [
    kpi('delivery', 'product', {
      events: [
        {date: '2026-08-15', label: 'New sizing guide'},
        {date: '2024-01-01', label: 'Too early'},
      ],
    }),
    kpi('engagement', 'people', {unit: 'percent', direction: 'up', targets: [{value: 70, by: '2026-06-30'}]}),
  ],
  series: {
    delivery: monthEnds([40, 38, 37, 35, 34, 33, 31, 30, 28, 27, 26, 25, 24, 22, 21, 20, 19, 17, 15, 13, 11, 10]),
    engagement: monthEnds([60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75]),
  },
};
const options = {
  tolerance: 0.05,
  trendWindow: 6,
  locale: 'en',
  urls: {baseUrl: '/handbook/', routeBasePath: 'kpis'},
  showConfidential: false,
};
const q3 = parseQuarter('2026-Q3')!;

describe('quarters', () => {
  it('parses, names and dates quarters', () => {
    expect(parseQuarter('2026-q4')).toEqual({year: 2026, quarter: 4});
    expect(parseQuarter('2026-Q5')).toBeUndefined();
    expect(parseQuarter('Q3 2026')).toBeUndefined();
    expect(quarterSlug(q3)).toBe('2026-q3');
    expect([quarterStart(q3), quarterEnd(q3)]).toEqual(['2026-07-01', '2026-09-30']);
    expect(quarterEnd({year: 2024, quarter: 1})).toBe('2024-03-31');
  });

  it('defaults to the last four complete quarters before asOf that have data, newest first', () => {
    const ids = (asOf: string) => defaultReportQuarters(asOf, registry.series).map(quarterSlug);
    expect(ids('2026-11-20')).toEqual(['2026-q3', '2026-q2', '2026-q1', '2025-q4']);
    // The quarter that ends on asOf is complete.
    expect(ids('2026-09-30')[0]).toBe('2026-q3');
    expect(ids('2025-07-15')).toEqual(['2025-q2', '2025-q1']);
    expect(ids('2024-12-31')).toEqual([]);
  });

  it('resolves the reports option: default, off, or the quarters listed, refusing one not over at asOf', () => {
    expect(resolveReportQuarters(true, '2026-11-20', registry.series)).toHaveLength(4);
    expect(resolveReportQuarters(false, '2026-11-20', registry.series)).toEqual([]);
    expect(resolveReportQuarters(['2025-Q4', '2026-Q2'], '2026-11-20', registry.series).map(quarterSlug)).toEqual(['2026-q2', '2025-q4']);
    expect(() => resolveReportQuarters(['2026-Q4'], '2026-11-20', registry.series)).toThrow(
      /"reports" lists 2026-Q4, which ends on 2026-12-31, after asOf 2026-11-20/,
    );
  });
});

describe('an area called reports', () => {
  it('is refused at its id while reports are on, and allowed without them', () => {
    const areas = [{id: 'reports', title: 'Reports', order: 0, source: {file: 'kpis/areas.yml', line: 7, column: 7}}];
    expect(reportsAreaClash(areas, [q3])).toMatchObject({
      file: 'kpis/areas.yml',
      line: 7,
      column: 7,
      hint: expect.stringContaining('reports: false'),
    });
    expect(reportsAreaClash(areas, [])).toBeUndefined();
    expect(reportsAreaClash(registry.areas, [q3])).toBeUndefined();
  });
});

describe('computeQuarterReport', () => {
  const report = computeQuarterReport(registry, q3, {...options, siteUrl: 'https://handbook.example.org', trailingSlash: true});
  const delivery = report.areas[0]!.kpis[0]!;
  const engagement = report.areas[1]!.kpis[0]!;

  it('names the quarter, its dates, long and absolute, its page and the online version under trailingSlash', () => {
    expect(report).toMatchObject({quarter: '2026-Q3', slug: '2026-q3', year: 2026, number: 3});
    expect(report.dates).toEqual({start: '2026-07-01', end: '2026-09-30', previousEnd: '2026-06-30', yearBeforeEnd: '2025-09-30'});
    expect(report.formatted).toEqual({
      start: 'July 1, 2026',
      end: 'September 30, 2026',
      previousEnd: 'June 30, 2026',
      yearBeforeEnd: 'September 30, 2025',
    });
    expect(report.permalink).toBe('/handbook/kpis/reports/2026-q3');
    expect(report.url).toBe('https://handbook.example.org/handbook/kpis/reports/2026-q3/');
    expect(report.reportsPermalink).toBe('/handbook/kpis/reports');
  });

  it('shows every KPI by area, leaving out areas without KPIs, with the value as of the quarter end', () => {
    expect(report.areas.map((area) => area.id)).toEqual(['product', 'people']);
    expect(delivery).toMatchObject({value: 11, measured: '2026-09-30', formatted: {value: '11 days', measured: 'Sep 30, 2026'}});
  });

  it('compares with the previous quarter end and a year before, with the meaning of the direction', () => {
    // Sep 2026: 11 days; Jun 2026: 17 days; Sep 2025: 28 days.
    expect(delivery.changeQuarter).toEqual({absolute: -6, relative: -0.352941176471, sentiment: 'better', formatted: '-6 days (-35.3%)'});
    expect(delivery.changeYear).toMatchObject({absolute: -17, sentiment: 'better'});
    // Its latest point, Apr 2026, is the same on both days.
    expect(engagement.changeQuarter).toMatchObject({absolute: 0, sentiment: 'unchanged'});
    expect(engagement.changeYear).toMatchObject({absolute: 7, sentiment: 'better'});
  });

  it('judges statuses as they were on the quarter end, and lists the KPIs whose status changed since the previous one', () => {
    const atEnd = computeRegistry(registry, {...options, asOf: '2026-09-30'});
    expect(delivery.status).toEqual(atEnd[0]!.values.status);
    expect(engagement.status.level).toBe('stale');
    expect(engagement.previousStatus).toBe('achieved');
    expect(report.statusChanges).toContainEqual({
      kpi: {id: 'engagement', title: 'KPI engagement', permalink: '/handbook/kpis/people/engagement'},
      area: 'People',
      from: 'achieved',
      to: 'stale',
      reasons: engagement.status.reasons,
    });
    for (const change of report.statusChanges) expect(change.from).not.toBe(change.to);
  });

  it('charts the quarter in context: the five quarters up to its end, the quarter shaded, its events marked', () => {
    const chart = delivery.chart!.geometry;
    expect(chart.points[0]!.date).toBe('2025-07-31');
    expect(chart.points.at(-1)!.date).toBe('2026-09-30');
    expect(chart.highlight!.label).toBe('Jul 1, 2026 – Sep 30, 2026');
    expect(chart.events.map((event) => event.label)).toEqual(['New sizing guide']);
    expect(delivery.chart!.description).toContain('15 monthly values');
  });

  it('lists the objectives whose period overlaps the quarter, with their outcome on its last day', () => {
    expect(report.objectives).toEqual([]);
    const objective = (id: string, period: {label: string; from: string; to: string}, to: number) => ({
      id,
      title: `Objective ${id}`,
      period,
      owner: 'Product lead',
      footnotes: {},
      impact: [{kpi: 'delivery', to}],
      source: {file: 'kpis/objectives.yml', line: 1, column: 3},
    });
    const withObjectives: Registry = {
      ...registry,
      objectives: [
        objective('q3', {label: '2026-Q3', from: '2026-07-01', to: '2026-09-30'}, 12),
        objective('year', {label: '2026', from: '2026-01-01', to: '2026-12-31'}, 5),
        objective('q4', {label: '2026-Q4', from: '2026-10-01', to: '2026-12-31'}, 8),
      ],
    };
    const objectives = computeQuarterReport(withObjectives, q3, options).objectives;
    expect(objectives.map((entry) => [entry.id, entry.period, entry.status.level])).toEqual([
      // Sep 2026: 11 days, under the 12 expected.
      ['q3', '2026-Q3', 'achieved'],
      ['year', '2026', expect.not.stringMatching(/^(achieved|not-started)$/)],
    ]);
    expect(objectives[0]).toMatchObject({title: 'Objective q3', owner: 'Product lead', permalink: '/handbook/kpis/objectives/q3'});
  });

  it('summarises a report for the list of reports', () => {
    expect(toReportSummary(report)).toMatchObject({
      quarter: '2026-Q3',
      permalink: '/handbook/kpis/reports/2026-q3',
      statusChanges: report.statusChanges.length,
    });
    expect(toReportSummary(report).statusCounts.reduce((sum, entry) => sum + entry.count, 0)).toBe(2);
  });
});

describe('formatQuarterReport', () => {
  const report = computeQuarterReport(registry, q3, {...options, siteUrl: 'https://handbook.example.org'});

  it('writes Markdown with the online version, the status changes and a table per area, links absolute', () => {
    const md = formatQuarterReport(report, 'md');
    expect(md).toMatch(/^# KPI report, Q3 2026\n/);
    expect(md).toContain('Online version: https://handbook.example.org/handbook/kpis/reports/2026-q3');
    expect(md).toContain(
      '- [KPI engagement](https://handbook.example.org/handbook/kpis/people/engagement) (People): from Achieved to Stale',
    );
    expect(md).toContain('## Product\n\n| KPI | Value | Measured | Against the previous quarter | Against a year before | Status |');
    expect(md).toContain(
      '| [KPI delivery](https://handbook.example.org/handbook/kpis/product/delivery) | 11 days | Sep 30, 2026 | -6 days (-35.3%), better |',
    );
  });

  it('writes CSV with one raw line per KPI, and JSON of the same report without chart geometry', () => {
    const csv = formatQuarterReport(report, 'csv').trim().split(/\r?\n/);
    expect(csv[0]).toBe(
      'quarter,as_of,area,area_title,kpi,kpi_title,unit,value,measured,change_quarter,change_quarter_relative,change_year,change_year_relative,status,previous_status,status_changed,stale,reasons,confidential',
    );
    expect(csv[1]).toMatch(/^2026-Q3,2026-09-30,product,Product,delivery,KPI delivery,days,11,2026-09-30,-6,-0.352941176471,-17,/);
    const json = JSON.parse(formatQuarterReport(report, 'json'));
    expect(json).toMatchObject({generator: 'docusaurus-plugin-kpi', quarter: '2026-Q3', url: report.url});
    expect(json.areas[0].kpis[0].chart).toBeUndefined();
    expect(json.areas[0].kpis[0].changeQuarter).toEqual(JSON.parse(JSON.stringify(report.areas[0]!.kpis[0]!.changeQuarter)));
  });
});

describe('a confidential KPI in a quarterly report', () => {
  const confidential: Registry = {
    ...registry,
    kpis: registry.kpis.map((entry) => (entry.id === 'delivery' ? {...entry, confidential: true} : entry)),
    objectives: [
      {
        id: 'faster',
        title: 'Deliver faster',
        period: {label: '2026-Q3', from: '2026-07-01', to: '2026-09-30'},
        owner: 'Product lead',
        footnotes: {},
        impact: [{kpi: 'delivery', to: 12}],
        source: {file: 'kpis/objectives.yml', line: 1, column: 3},
      },
    ],
  };
  // Its values, raw and formatted: Sep 2026 (11), Jun 2026 (17) and Sep 2025 (28).
  const needles = ['11 days', '-6 days', '-17', '35.3', '"value": 11', ',11,'];

  it('keeps its status, judged on every value, and leaves its values, changes, chart and computed reasons out', () => {
    const shown = computeQuarterReport(confidential, q3, options);
    const full = computeQuarterReport(confidential, q3, {...options, showConfidential: true});
    const [kpi, fullKpi] = [shown.areas[0]!.kpis[0]!, full.areas[0]!.kpis[0]!];
    expect(kpi.status.level).toBe(fullKpi.status.level);
    expect(kpi.status.level).not.toBe('no-data');
    expect(kpi.previousStatus).toBe(fullKpi.previousStatus);
    expect(kpi).toMatchObject({id: 'delivery', value: null, measured: null, confidential: true, formatted: {target: '10 days'}});
    expect(kpi.status.reasons).toEqual([]);
    expect(kpi.changeQuarter ?? kpi.changeYear ?? kpi.chart).toBeUndefined();
    expect(fullKpi).toMatchObject({value: 11, formatted: {value: '11 days'}});
    expect(fullKpi.confidential).toBeUndefined();
  });

  it('judges the objectives on what it shows, and no format carries the values', () => {
    const shown = computeQuarterReport(confidential, q3, {...options, siteUrl: 'https://handbook.example.org'});
    expect(shown.objectives[0]!.status.reasons.join(' ')).not.toMatch(/\d+ days/);
    for (const format of ['md', 'csv', 'json'] as const) {
      const text = formatQuarterReport(shown, format);
      for (const needle of needles) expect(text, `${format}: ${needle}`).not.toContain(needle);
    }
    expect(formatQuarterReport(shown, 'md')).toContain(
      '| [KPI delivery](https://handbook.example.org/handbook/kpis/product/delivery) | confidential | — |',
    );
    expect(formatQuarterReport(shown, 'csv').split(/\r?\n/)[1]).toMatch(
      /^2026-Q3,2026-09-30,product,Product,delivery,KPI delivery,days,,,,,,,\w[\w-]*,[\w-]+,(true|false),false,,true$/,
    );
  });
});
