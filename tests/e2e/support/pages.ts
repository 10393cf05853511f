/** The example handbook's pages, one or more of each kind the plugin renders or touches. */
export interface PageType {
  /** Stable name: screenshots are `<name>-….png`. */
  name: string;
  path: string;
  /** What must be on the page once it has loaded. */
  ready: string;
}

export const PAGE_TYPES: readonly PageType[] = [
  // The organisation's KPI page: Markdown prose with a `::kpi-index`.
  {name: 'organisation-index', path: '/docs/organization/kpis', ready: 'main section[aria-labelledby^="kpi-index-"]'},
  // A handbook page with cards, inline references and their footnotes.
  {name: 'handbook-cards', path: '/docs/business-development/kpis', ready: 'main article[data-kpi]'},
  // An MDX handbook page with cards.
  {name: 'handbook-cards-mdx', path: '/docs/people/kpis', ready: 'main article[data-kpi]'},
  // A handbook page citing KPIs inline only.
  {name: 'handbook-references', path: '/docs/kpis/what-are-kpis', ready: 'main sup a[href^="#user-content-fn-kpi-"]'},
  // The generated dashboard.
  {name: 'kpi-index', path: '/kpis', ready: 'main section[aria-labelledby^="kpi-index-"]'},
  // The generated page of an area.
  {name: 'area', path: '/kpis/business-development', ready: 'main article[data-kpi]'},
  // KPI pages: with a chart, footnoted definition, backlinks and roll-up ...
  {name: 'kpi-page', path: '/kpis/business-development/renewal-rate', ready: 'main figure svg[role="img"]'},
  // ... a qualitative KPI (text values, a table with notes) ...
  {name: 'kpi-page-qualitative', path: '/kpis/delivery-enablement/bi-readiness', ready: 'main article[data-kpi]'},
  // ... and a KPI without data.
  {name: 'kpi-page-no-data', path: '/kpis/people/time-to-hire', ready: 'main article[data-kpi]'},
];

/** The labels of the statuses, as the cards and badges write them in English. */
export const STATUS_LABELS = ['Achieved', 'On track', 'At risk', 'Off track', 'No target', 'No data', 'Stale'];
