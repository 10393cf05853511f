/**
 * The shapes of objectives (`kpis/objectives.yml`): as loaded, their computed
 * outcome at `asOf`, and what the theme renders. Re-exported by `types.ts`.
 */

import type {ObjectivePhase, ObjectiveStatusLevel} from './vocabulary';

/** The stretch of time an objective covers, inclusive. */
export interface ObjectivePeriod {
  /** As written: `2026-Q4`, `2026`, or `2026-10-01/2026-12-31` for `{from, to}`. */
  label: string;
  /** First day, ISO `YYYY-MM-DD`. */
  from: string;
  /** Last day, ISO `YYYY-MM-DD`. */
  to: string;
}

/** The expected effect of an objective on one KPI: reach `to`, or change by `by` over the period. */
export interface ObjectiveImpact {
  kpi: string;
  to?: number;
  by?: number;
}

export interface ObjectiveDefinition {
  id: string;
  title: string;
  period: ObjectivePeriod;
  owner: string;
  area?: string;
  /** Markdown (inline), may cite `[^key]` footnotes from `footnotes`. */
  description?: string;
  footnotes: Record<string, string>;
  impact: ObjectiveImpact[];
  source: {file: string; line: number; column: number};
}

export interface ObjectiveStatus {
  level: ObjectiveStatusLevel;
  reasons: string[];
}

/** One impact judged at `asOf`. */
export interface ImpactOutcome {
  kpi: string;
  /** The KPI's latest point on or before the period's first day, else the first point inside the period. */
  baseline?: {date: string; value: number};
  /** True when no point precedes the period, so the baseline is the first point inside it. */
  baselineInPeriod: boolean;
  /** `to`, or baseline + `by`. */
  expected?: number;
  /** The latest point at `asOf`, or at the period's last day once it is over. */
  current?: {date: string; value: number};
  /** 0..1 of the way from baseline to expected. */
  progress?: number;
  status: ObjectiveStatus;
}

/** An objective judged at `asOf`. */
export interface ObjectiveOutcome {
  id: string;
  phase: ObjectivePhase;
  status: ObjectiveStatus;
  impacts: ImpactOutcome[];
}

/** One impact as the objective card shows it, formatted in the site's locale. */
export interface ObjectiveImpactCardData {
  kpi: {id: string; title: string; permalink: string};
  status: ObjectiveStatus;
  baselineInPeriod: boolean;
  /** 0..1 */
  progress?: number;
  formatted: {
    baseline?: string;
    baselineDate?: string;
    expected?: string;
    /** The impact as written: "+200 communities" for `by`, absent for `to`. */
    by?: string;
    current?: string;
    currentDate?: string;
    progress?: string;
  };
}

/** Everything an objective card shows. Written as JSON per objective. */
export interface ObjectiveCardData {
  id: string;
  title: string;
  /** The objective's page, with baseUrl. */
  permalink: string;
  owner: string;
  area?: {id: string; title: string; permalink: string};
  phase: ObjectivePhase;
  period: {label: string; from: string; to: string};
  status: ObjectiveStatus;
  /** The description and its footnotes as HTML, made from Markdown without raw HTML or unsafe links. */
  descriptionHtml?: string;
  impacts: ObjectiveImpactCardData[];
  /** Set for an id the registry does not know (only with `onBrokenKpiReferences` not `throw`). */
  missing?: boolean;
}

/** Data of `/kpis/objectives`: current objectives first, then upcoming, then past. */
export interface ObjectivesPageData {
  asOf: string;
  indexPermalink: string;
  current: ObjectiveCardData[];
  upcoming: ObjectiveCardData[];
  past: ObjectiveCardData[];
}

/** Data of the page of one objective. */
export interface ObjectivePageData {
  card: ObjectiveCardData;
  indexPermalink: string;
  objectivesPermalink: string;
  /** The description as plain text, for the page's meta description. */
  description?: string;
}

/** An objective as a KPI page lists it. */
export interface ObjectiveLink {
  id: string;
  title: string;
  permalink: string;
  period: string;
  status: {level: ObjectiveStatusLevel};
  /** Formatted expected value of the impact on this KPI. */
  expected?: string;
}
