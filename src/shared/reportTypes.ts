import type {Change, ChartGeometry, KpiStatus, StatusLevel} from '../types';
import type {Quarter} from './quarters';
import type {ObjectiveStatus} from './objectiveTypes';

/** The shapes of a quarterly report (`computeQuarterReport`), as its page, `kpi:report --quarter` and its data files carry them. */

/** A change of a KPI between two days: raw for machines, formatted for people. */
export interface ReportChange extends Change {
  /** Signed, with the relative change when there is one: "−2 days (−18.2%)". */
  formatted: string;
}

export interface ReportKpi {
  id: string;
  title: string;
  /** The KPI's page, with baseUrl. */
  permalink: string;
  unit: string;
  /** Latest measurement on or before the quarter's last day. */
  value: number | string | null;
  /** Its date, ISO. */
  measured: string | null;
  /** Against the latest measurement on or before the previous quarter's last day. */
  changeQuarter?: ReportChange;
  /** Against the latest measurement on or before the same day a year before. */
  changeYear?: ReportChange;
  /** As judged on the quarter's last day. */
  status: KpiStatus;
  stale: boolean;
  /** As judged on the previous quarter's last day. */
  previousStatus: StatusLevel;
  formatted: {value?: string; measured?: string; target?: string; targetBy?: string};
  /** The quarter in context: the five quarters up to its end, the quarter shaded. Absent without numeric data. */
  chart?: {geometry: ChartGeometry; description: string};
  /** A `confidential: true` KPI whose values this report leaves out (no `showConfidential`): its status is still judged on them. */
  confidential?: true;
}

export interface ReportArea {
  id: string;
  title: string;
  kpis: ReportKpi[];
}

/** A KPI whose status on the quarter's last day differs from the one on the previous quarter's last day. */
export interface ReportStatusChange {
  kpi: {id: string; title: string; permalink: string};
  area: string;
  from: StatusLevel;
  to: StatusLevel;
  reasons: string[];
}

/** An objective of the quarter with its outcome on the quarter's last day. */
export interface ReportObjective {
  id: string;
  title: string;
  /** As written: "2026-Q3", "2026" or a range. */
  period: string;
  owner: string;
  /** The objective's page, with baseUrl. */
  permalink: string;
  /** As judged on the quarter's last day. */
  status: ObjectiveStatus;
}

export interface QuarterReport {
  /** `2026-Q3`. */
  quarter: string;
  /** `2026-q3`: the last segment of its URL. */
  slug: string;
  year: number;
  number: Quarter['quarter'];
  /** ISO dates: the quarter's first and last day, the previous quarter's last day, the last day of the quarter a year before. */
  dates: {start: string; end: string; previousEnd: string; yearBeforeEnd: string};
  /** The same dates, long and absolute ("September 30, 2026"), in the site's locale. */
  formatted: {start: string; end: string; previousEnd: string; yearBeforeEnd: string};
  /** The report's page, with baseUrl. */
  permalink: string;
  /** The online version: absolute when the site's URL is known, as the site serves it. */
  url: string;
  /** `/kpis/reports` and `/kpis`, with baseUrl. */
  reportsPermalink: string;
  indexPermalink: string;
  areas: ReportArea[];
  statusChanges: ReportStatusChange[];
  /** The quarter's objectives with their outcome; empty when the registry has none. */
  objectives: ReportObjective[];
}

/** One report as `/kpis/reports` lists it. */
export interface ReportSummary {
  quarter: string;
  year: number;
  number: Quarter['quarter'];
  permalink: string;
  formatted: {start: string; end: string};
  /** How many KPIs had each status on the quarter's last day, in the order of the status levels; only levels with KPIs. */
  statusCounts: {level: StatusLevel; count: number}[];
  /** How many KPIs changed status over the quarter. */
  statusChanges: number;
}

/** Data of `/kpis/reports`. */
export interface KpiReportsPageData {
  /** Newest first. */
  reports: ReportSummary[];
  indexPermalink: string;
}
