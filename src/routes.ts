import type {RouteConfig} from '@docusaurus/types';
import type {KpiDirectiveUse} from './checks/scan';
import {missingKpiCard, toKpiReferenceData} from './compute/cardData';
import {type PageLinks, toIndexData, toPageData} from './compute/pageData';
import {type PageUrls, indexPermalink, objectivesPermalink, reportsPermalink} from './compute/permalinks';
import {type KpiReportsPageData, type QuarterReport, toReportSummary} from './compute/quarterReport';
import type {ComputedKpi} from './compute/registry';
import {type ComputedObjective, missingObjectiveCard, objectiveDescriptionText, objectivesAimingAt} from './compute/objectives';
import {INDEX_DATA_FILE_NAME, kpiDataFileName, kpiReferenceDataFileName, objectiveDataFileName} from './shared/generatedModules';
import type {KpiAreaPageData, KpiCardData, ObjectivePageData, ObjectivesPageData, Registry} from './types';

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
  /** The objectives with their outcome at `asOf`; their pages exist when there is at least one. */
  objectives?: readonly ComputedObjective[];
}

type Page = {file: DataFile; route: PlannedRoute};

function page(path: string, component: string, name: string, data: object): Page {
  return {file: {name, data}, route: {path, component, exact: true, modules: {data: name}}};
}

/**
 * The generated pages and their data: `/kpis`, one page per area, one per KPI,
 * and with objectives `/kpis/objectives` and one page per objective. Pure.
 */
export function buildAllRoutes({registry, computed, links, urls, asOf, locale, objectives = []}: RoutesInput): KpiRoutes {
  const cards = objectives.map((objective) => objective.card);
  const index = {
    ...toIndexData(registry, computed, links, urls, asOf),
    ...(objectives.length > 0 && {objectivesPermalink: objectivesPermalink(urls)}),
  };
  const pages = [
    page(indexPermalink(urls), '@theme/KpiIndexPage', INDEX_DATA_FILE_NAME, index),
    ...index.areas.map((area) => {
      const cards = computed.filter(({kpi}) => kpi.area === area.id).map(({card}) => card);
      const data: KpiAreaPageData = {area, cards, indexPermalink: indexPermalink(urls)};
      return page(area.permalink, '@theme/KpiAreaPage', `area/${area.id}.json`, data);
    }),
    ...computed.map((entry) =>
      page(
        entry.card.permalink,
        '@theme/KpiPage',
        `page/${entry.kpi.id}.json`,
        withObjectives(toPageData(entry, computed, registry, links, urls, locale), objectivesAimingAt(entry.kpi.id, cards)),
      ),
    ),
    ...buildObjectiveRoutes(objectives, urls, asOf),
  ];
  return {dataFiles: pages.map((page) => page.file), routes: pages.map((page) => page.route)};
}

function withObjectives<T extends object>(data: T, objectives: ReturnType<typeof objectivesAimingAt>): T {
  return objectives.length > 0 ? {...data, objectives} : data;
}

/** `/kpis/objectives` (current first, then upcoming, then past) and `/kpis/objectives/<id>`; none without objectives. Pure. */
export function buildObjectiveRoutes(objectives: readonly ComputedObjective[], urls: PageUrls, asOf: string): Page[] {
  if (objectives.length === 0) return [];
  const inPhase = (phase: ComputedObjective['outcome']['phase']) =>
    objectives.filter(({outcome}) => outcome.phase === phase).map(({card}) => card);
  const byStart = (order: 1 | -1) => (a: ComputedObjective, b: ComputedObjective) =>
    order * (a.objective.period.from < b.objective.period.from ? -1 : a.objective.period.from > b.objective.period.from ? 1 : 0);
  const list: ObjectivesPageData = {
    asOf,
    indexPermalink: indexPermalink(urls),
    current: inPhase('current'),
    upcoming: [...objectives]
      .sort(byStart(1))
      .filter(({outcome}) => outcome.phase === 'upcoming')
      .map(({card}) => card),
    // The most recent first.
    past: [...objectives]
      .sort(byStart(-1))
      .filter(({outcome}) => outcome.phase === 'past')
      .map(({card}) => card),
  };
  return [
    page(objectivesPermalink(urls), '@theme/KpiObjectivesPage', 'objectives.json', list),
    ...objectives.map(({objective, card}) => {
      const description = objectiveDescriptionText(objective);
      const data: ObjectivePageData = {
        card,
        indexPermalink: indexPermalink(urls),
        objectivesPermalink: objectivesPermalink(urls),
        ...(description !== undefined && {description}),
      };
      return page(card.permalink, '@theme/KpiObjectivePage', `objective-page/${objective.id}.json`, data);
    }),
  ];
}

/** Every module the site's pages import, for the KPIs and objectives their directives name. Pure. */
export function buildPageDataFiles(
  computed: readonly ComputedKpi[],
  objectives: readonly ComputedObjective[],
  uses: readonly KpiDirectiveUse[],
): DataFile[] {
  const cited = (kinds: KpiDirectiveUse['kind'][]) => uses.flatMap((use) => (kinds.includes(use.kind) && use.target ? [use.target] : []));
  return [...buildCardDataFiles(computed, cited(['card', 'reference'])), ...buildObjectiveDataFiles(objectives, cited(['objective']))];
}

/** The card data `::objective{#id}` imports; unknown ids get a "missing" card, as for KPIs. Pure. */
export function buildObjectiveDataFiles(objectives: readonly ComputedObjective[], citedIds: Iterable<string>): DataFile[] {
  const known = new Set(objectives.map(({objective}) => objective.id));
  const unknown = [...new Set(citedIds)].filter((id) => !known.has(id));
  return [...objectives.map(({card}) => card), ...unknown.map(missingObjectiveCard)].map((card) => ({
    name: objectiveDataFileName(card.id),
    data: card,
  }));
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
