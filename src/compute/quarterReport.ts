import {applyTrailingSlash} from '@docusaurus/utils-common';
import type {Registry} from '../types';
import type {
  KpiReportsPageData,
  QuarterReport,
  ReportChange,
  ReportKpi,
  ReportObjective,
  ReportStatusChange,
  ReportSummary,
} from '../shared/reportTypes';
import {computeChart, describeChart} from './chart';
import {type ValueFormatter, createValueFormatter} from './format';
import {indexPermalink, reportPermalink, reportsPermalink, type PageUrls} from './permalinks';
import {type Quarter, previousQuarter, quarterEnd, quarterId, quarterSlug, quarterStart, yearBefore} from '../shared/quarters';
import {type ComputedKpi, computeRegistry} from './registry';
import {computeChange} from './values';
import {computeObjectives} from './objectives';
import {withoutConfidentialValues} from './confidential';
import {STATUS_LEVELS} from '../shared/vocabulary';

/**
 * A quarterly report: every KPI as it was on the quarter's last day, against
 * the previous quarter's end and a year before, and the KPIs whose status
 * changed. The page, `kpi:report --quarter` and its Markdown, CSV and JSON
 * all come from this one pure computation.
 */

export type {KpiReportsPageData, QuarterReport, ReportChange, ReportKpi, ReportObjective, ReportStatusChange, ReportSummary};

export function toReportSummary(report: QuarterReport): ReportSummary {
  const levels = report.areas.flatMap((area) => area.kpis.map((kpi) => kpi.status.level));
  return {
    quarter: report.quarter,
    year: report.year,
    number: report.number,
    permalink: report.permalink,
    formatted: {start: report.formatted.start, end: report.formatted.end},
    statusCounts: STATUS_LEVELS.map((level) => ({level, count: levels.filter((other) => other === level).length})).filter(
      (entry) => entry.count > 0,
    ),
    statusChanges: report.statusChanges.length,
  };
}

export interface QuarterReportOptions {
  tolerance: number;
  trendWindow: number;
  locale: string;
  urls: PageUrls;
  /** The site's URL, for the online version's address. */
  siteUrl?: string;
  trailingSlash?: boolean;
  /** Keep the values of `confidential: true` KPIs (an internal build); by default they are left out, as everywhere else. */
  showConfidential: boolean;
}

/** The report of `quarter`: the registry computed as of its last day, as of the previous quarter's and a year before. Pure. */
export function computeQuarterReport(registry: Registry, quarter: Quarter, options: QuarterReportOptions): QuarterReport {
  const end = quarterEnd(quarter);
  const previousEnd = quarterEnd(previousQuarter(quarter));
  const yearBeforeEnd = quarterEnd(yearBefore(quarter));
  // Statuses are judged on every value; what the report shows of confidential KPIs is then left without them.
  const at = (asOf: string) => withoutConfidentialValues(registry, computeRegistry(registry, {...options, asOf}), options.showConfidential);
  const [{registry: shown, computed: now}, {computed: before}, {computed: yearAgo}] = [at(end), at(previousEnd), at(yearBeforeEnd)];
  const byId = (list: ComputedKpi[]) => new Map(list.map((entry) => [entry.kpi.id, entry]));
  const [beforeById, yearAgoById] = [byId(before), byId(yearAgo)];
  const context = {from: quarterStart(yearBefore(quarter)), start: quarterStart(quarter), end, locale: options.locale};

  const kpis = now.map((entry) => reportKpi(entry, beforeById.get(entry.kpi.id)!, yearAgoById.get(entry.kpi.id)!, shown, context));
  const areas = registry.areas
    .map((area) => ({id: area.id, title: area.title, kpis: kpis.filter((_, index) => now[index]!.kpi.area === area.id)}))
    .filter((area) => area.kpis.length > 0);
  const areaTitles = new Map(registry.areas.map((area) => [area.id, area.title]));
  const statusChanges = kpis.flatMap((kpi, index): ReportStatusChange[] =>
    kpi.status.level === kpi.previousStatus
      ? []
      : [
          {
            kpi: {id: kpi.id, title: kpi.title, permalink: kpi.permalink},
            area: areaTitles.get(now[index]!.kpi.area) ?? now[index]!.kpi.area,
            from: kpi.previousStatus,
            to: kpi.status.level,
            reasons: kpi.status.reasons,
          },
        ],
  );
  const long = new Intl.DateTimeFormat(options.locale, {dateStyle: 'long', timeZone: 'UTC'});
  const formatLong = (date: string) => long.format(new Date(`${date}T00:00:00Z`));
  const permalink = reportPermalink(options.urls, quarterSlug(quarter));
  const dates = {start: quarterStart(quarter), end, previousEnd, yearBeforeEnd};
  return {
    quarter: quarterId(quarter),
    slug: quarterSlug(quarter),
    year: quarter.year,
    number: quarter.quarter,
    dates,
    formatted: {
      start: formatLong(dates.start),
      end: formatLong(end),
      previousEnd: formatLong(previousEnd),
      yearBeforeEnd: formatLong(yearBeforeEnd),
    },
    permalink,
    url: onlineUrl(permalink, options),
    reportsPermalink: reportsPermalink(options.urls),
    indexPermalink: indexPermalink(options.urls),
    areas,
    statusChanges,
    // Judged on what is shown, like the objectives' own pages.
    objectives: quarterObjectives(shown, quarter, options),
  };
}

/**
 * The objectives whose period overlaps the quarter, with their outcome as
 * judged on its last day (by the objectives' own computation), in file order.
 */
function quarterObjectives(registry: Registry, quarter: Quarter, options: QuarterReportOptions): ReportObjective[] {
  const [from, to] = [quarterStart(quarter), quarterEnd(quarter)];
  const {tolerance, trendWindow, locale, urls} = options;
  return computeObjectives(registry, {asOf: to, tolerance, trendWindow, locale, urls})
    .filter(({objective}) => objective.period.from <= to && objective.period.to >= from)
    .map(({objective, card}) => ({
      id: objective.id,
      title: card.title,
      period: objective.period.label,
      owner: card.owner,
      permalink: card.permalink,
      status: card.status,
    }));
}

interface ChartContext {
  /** First day of the chart: the start of the quarter a year before. */
  from: string;
  start: string;
  end: string;
  locale: string;
}

function reportKpi(now: ComputedKpi, before: ComputedKpi, yearAgo: ComputedKpi, registry: Registry, context: ChartContext): ReportKpi {
  const {kpi, values, card} = now;
  const formatter = createValueFormatter(kpi.unit, context.locale);
  const latest = values.latest;
  const change = (then: ComputedKpi) => reportChange(latest?.value, then.values.latest?.value, now, formatter);
  const changeQuarter = change(before);
  const changeYear = change(yearAgo);
  const shown = (registry.series[kpi.id] ?? []).filter((point) => point.date >= context.from && point.date <= context.end);
  const highlight = {from: context.start, to: context.end, label: `${formatter.date(context.start)} – ${formatter.date(context.end)}`};
  const geometry = computeChart(shown, kpi.targets, formatter, {
    width: 360,
    height: 160,
    xTicks: 4,
    yTicks: 3,
    events: kpi.events,
    highlight,
  });
  return {
    id: kpi.id,
    title: kpi.title,
    permalink: card.permalink,
    unit: kpi.unit,
    value: latest?.value ?? null,
    measured: latest?.date ?? null,
    ...(changeQuarter && {changeQuarter}),
    ...(changeYear && {changeYear}),
    status: values.status,
    stale: values.stale,
    previousStatus: before.values.status.level,
    formatted: {
      ...(card.formatted.value !== undefined && {value: card.formatted.value}),
      ...(card.formatted.asOf !== undefined && {measured: card.formatted.asOf}),
      ...(card.formatted.target !== undefined && {target: card.formatted.target, targetBy: card.formatted.targetBy}),
    },
    ...(geometry && {chart: {geometry, description: describeChart(shown, formatter, kpi.cadence)!}}),
    ...(card.confidential && {confidential: true as const}),
  };
}

function reportChange(
  latest: number | string | undefined,
  then: number | string | undefined,
  {kpi, values}: ComputedKpi,
  formatter: ValueFormatter,
): ReportChange | undefined {
  if (typeof latest !== 'number' || typeof then !== 'number') return undefined;
  const change = computeChange(latest, then, kpi.direction, values.target);
  const absolute = Number(change.absolute.toPrecision(12));
  const relative = change.relative === null ? null : Number(change.relative.toPrecision(12));
  const text = formatter.change(absolute);
  return {
    absolute,
    relative,
    sentiment: change.sentiment,
    formatted: relative === null ? text : `${text} (${formatter.relative(relative)})`,
  };
}

/** The online version's address, as the site serves it under its trailingSlash setting. */
function onlineUrl(permalink: string, {siteUrl, urls, trailingSlash}: QuarterReportOptions): string {
  const served = applyTrailingSlash(permalink, {baseUrl: urls.baseUrl, trailingSlash});
  return siteUrl ? new URL(served, siteUrl).href : served;
}
