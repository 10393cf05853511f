import type {RouteConfig} from '@docusaurus/types';

/** Module paths written by `createData`, per page. */
export interface PageModules {
  index: string;
  areas: {id: string; permalink: string; modulePath: string}[];
  kpis: {id: string; permalink: string; modulePath: string}[];
}

/** The generated pages: `/kpis`, one per area, one per KPI. Pure. */
export function buildRoutes(indexPermalink: string, modules: PageModules): RouteConfig[] {
  return [
    {path: indexPermalink, component: '@theme/KpiIndexPage', exact: true, modules: {data: modules.index}},
    ...modules.areas.map((area) => ({
      path: area.permalink,
      component: '@theme/KpiAreaPage',
      exact: true,
      modules: {data: area.modulePath},
    })),
    ...modules.kpis.map((kpi) => ({
      path: kpi.permalink,
      component: '@theme/KpiPage',
      exact: true,
      modules: {data: kpi.modulePath},
    })),
  ];
}
