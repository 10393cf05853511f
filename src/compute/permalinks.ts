import {normalizeUrl} from '@docusaurus/utils';
import type {KpiDefinition} from '../types';

/** Where the generated pages live: `/<routeBasePath>`, `/<routeBasePath>/<area>`, `/<routeBasePath>/<area>/<kpi>`. */
export interface PageUrls {
  baseUrl: string;
  routeBasePath: string;
}

export function indexPermalink({baseUrl, routeBasePath}: PageUrls): string {
  return normalizeUrl([baseUrl, routeBasePath]);
}

export function areaPermalink(urls: PageUrls, areaId: string): string {
  return normalizeUrl([indexPermalink(urls), areaId]);
}

export function kpiPermalink(urls: PageUrls, kpi: Pick<KpiDefinition, 'area' | 'id'>): string {
  return normalizeUrl([indexPermalink(urls), kpi.area, kpi.id]);
}

/** `/<routeBasePath>/reports`: the list of quarterly reports. */
export function reportsPermalink(urls: PageUrls): string {
  return normalizeUrl([indexPermalink(urls), 'reports']);
}

/** `/<routeBasePath>/reports/<yyyy>-q<n>`. */
export function reportPermalink(urls: PageUrls, slug: string): string {
  return normalizeUrl([reportsPermalink(urls), slug]);
}

/** `/<routeBasePath>/objectives`: every objective, the current ones first. */
export function objectivesPermalink(urls: PageUrls): string {
  return normalizeUrl([indexPermalink(urls), 'objectives']);
}

export function objectivePermalink(urls: PageUrls, objectiveId: string): string {
  return normalizeUrl([objectivesPermalink(urls), objectiveId]);
}
