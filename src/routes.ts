import type {RouteConfig} from '@docusaurus/types';
import {missingKpiCard, toKpiReferenceData} from './compute/cardData';
import {type PageLinks, toIndexData, toPageData} from './compute/pageData';
import {type PageUrls, indexPermalink, reportsPermalink} from './compute/permalinks';
import {type KpiReportsPageData, type QuarterReport, toReportSummary} from './compute/quarterReport';
import type {ComputedKpi} from './compute/registry';
import {INDEX_DATA_FILE_NAME, kpiDataFileName, kpiReferenceDataFileName} from './shared/generatedModules';
import type {KpiAreaPageData, KpiCardData, Registry} from './types';

/** A JSON module to write with `createData`. */
export interface DataFile {
  name: string;
  data: object;
}

/** A route whose `modules.data` names one of the data files, to be replaced by the path `createData` returns. */
export type PlannedRoute = Pick<RouteConfig, 'path' | 'component' | 'exact'> & {modules: {data: string}};

export interface KpiRoutes {
  dataFiles: DataFile[];
  routes: PlannedRoute[];
}

export interface RoutesInput {
  registry: Registry;
  computed: readonly ComputedKpi[];
  links: PageLinks;
  urls: PageUrls;
  asOf: string;
  locale: string;
}

/** The generated pages and their data: `/kpis`, one page per area, one per KPI. Pure. */
export function buildAllRoutes({registry, computed, links, urls, asOf, locale}: RoutesInput): KpiRoutes {
  const index = toIndexData(registry, computed, links, urls, asOf);
  const route = (path: string, component: string, name: string, data: object) => ({
    file: {name, data},
    route: {path, component, exact: true, modules: {data: name}},
  });
  const pages = [
    route(indexPermalink(urls), '@theme/KpiIndexPage', INDEX_DATA_FILE_NAME, index),
    ...index.areas.map((area) => {
      const cards = computed.filter(({kpi}) => kpi.area === area.id).map(({card}) => card);
      const data: KpiAreaPageData = {area, cards, indexPermalink: indexPermalink(urls)};
      return route(area.permalink, '@theme/KpiAreaPage', `area/${area.id}.json`, data);
    }),
    ...computed.map((entry) =>
      route(
        entry.card.permalink,
        '@theme/KpiPage',
        `page/${entry.kpi.id}.json`,
        toPageData(entry, computed, registry, links, urls, locale),
      ),
    ),
  ];
  return {dataFiles: pages.map((page) => page.file), routes: pages.map((page) => page.route)};
}

/**
 * The modules Markdown pages import: each KPI's card data and the smaller
 * data of an inline reference. Unknown ids cited by pages get a "missing"
 * card, so a build that only warns about them can still compile the page. Pure.
 */
export function buildCardDataFiles(computed: readonly ComputedKpi[], citedIds: Iterable<string>): DataFile[] {
  const known = new Set(computed.map(({kpi}) => kpi.id));
  const unknown = [...new Set(citedIds)].filter((id) => !known.has(id));
  const files = (card: KpiCardData): DataFile[] => [
    {name: kpiDataFileName(card.id), data: card},
    {name: kpiReferenceDataFileName(card.id), data: toKpiReferenceData(card)},
  ];
  return [...computed.map(({card}) => card), ...unknown.map(missingKpiCard)].flatMap(files);
}

/**
 * The quarterly reports' pages: `/kpis/reports` listing them, newest first,
 * and one page per report. No pages without reports. Pure.
 */
export function buildReportRoutes(reports: readonly QuarterReport[], urls: PageUrls): KpiRoutes {
  if (reports.length === 0) return {dataFiles: [], routes: []};
  const list: KpiReportsPageData = {reports: reports.map(toReportSummary), indexPermalink: indexPermalink(urls)};
  const pages = [
    {path: reportsPermalink(urls), component: '@theme/KpiReportsPage', name: 'reports.json', data: list as object},
    ...reports.map((report) => ({
      path: report.permalink,
      component: '@theme/KpiReportPage',
      name: `report/${report.slug}.json`,
      data: report,
    })),
  ];
  return {
    dataFiles: pages.map(({name, data}) => ({name, data})),
    routes: pages.map(({path, component, name}) => ({path, component, exact: true, modules: {data: name}})),
  };
}
