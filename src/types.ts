/**
 * The shapes that flow through the plugin: registry (as loaded from data
 * files) → computed values → card data (what the theme renders).
 */

import type {ObjectiveDefinition, ObjectiveLink} from './shared/objectiveTypes';
import type {Cadence, Direction, StatusLevel, StatusOrigin} from './shared/vocabulary';
export type * from './shared/objectiveTypes';
export type {
  Cadence,
  Direction,
  LintLevel,
  LintRule,
  ObjectivePhase,
  ObjectiveStatusLevel,
  ReferenceShow,
  ReportFormat,
  ReportingSeverity,
  StatusLevel,
  StatusOrigin,
  Tag,
  Unit,
} from './shared/vocabulary';

/** Where something came from, for error messages and "edit this" links. */
export interface SourcePosition {
  /** Path relative to the site directory, with forward slashes. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

export interface Area {
  id: string;
  title: string;
  description?: string;
  owner?: string;
  /** Order in `areas.yml`. */
  order: number;
  source: SourcePosition;
}

export interface Target {
  value: number;
  /** Due date, ISO `YYYY-MM-DD`. */
  by: string;
  label?: string;
}

/** Something that happened to a KPI, drawn on its chart and listed with its data: `events: [{date, label}]`. */
export interface KpiEvent {
  /** ISO `YYYY-MM-DD`. */
  date: string;
  label: string;
}

export interface ManualStatus {
  level: StatusLevel;
  reasons: string[];
}

export interface KpiDefinition {
  id: string;
  area: string;
  title: string;
  /** Markdown (paragraphs, lists, tables), may cite `[^key]` footnotes from `footnotes`. */
  definition?: string;
  footnotes: Record<string, string>;
  /** `count | percent | ratio | currency:XXX | days | hours | score | text` or any other word. */
  unit: string;
  direction: Direction;
  tags: string[];
  cadence: Cadence;
  owner?: string;
  /** Sorted by due date, ascending. */
  targets: Target[];
  /** Series file, relative to the registry folder. */
  data?: string;
  /** The series computed from raw rows by a declarative metric (at most one of `data`, `metric`, `query`). */
  metric?: KpiMetric;
  /** The series computed by an SQL query returning `date`, `value` and optionally `note`. */
  query?: KpiQuery;
  parent?: string;
  status?: ManualStatus;
  /** Its values are left out of the build output, unless the option `showConfidential` is true. */
  confidential?: boolean;
  /** Sorted by date, ascending; absent or empty when the KPI has none. */
  events?: KpiEvent[];
  source: SourcePosition;
}

/** `metric:` on a KPI: rows of a raw file (or a source's table) grouped into periods of the KPI's cadence. */
export interface KpiMetric {
  /** A raw file relative to the registry folder, or a table of the named `source`. */
  from: string;
  /** The column that dates each row (UTC). */
  time: string;
  /** `count(*)`, `count(col)`, `count_distinct(col)`, `sum(col)`, … or any SQL aggregate expression. */
  measure: string;
  /** An SQL condition on the rows. */
  where?: string;
  /** Each point aggregates its period and the `window - 1` before it (default 1). */
  window: number;
  /** Each point aggregates every row from the first period up to its own. */
  cumulative: boolean;
  /** A named source (option `sources`); the embedded engine when absent. */
  source?: string;
}

/** `query:` on a KPI. */
export interface KpiQuery {
  sql: string;
  source?: string;
}

/** How a computed series was computed, for the KPI page and `kpis.json`. */
export interface Computation {
  kind: 'metric' | 'query';
  /** The SQL the engine ran. */
  sql: string;
  /** Raw files read, relative to the site folder. */
  files: string[];
  /** `embedded` or the name of a source. */
  source: string;
  /** ISO timestamp of the query that produced the series. */
  computedAt: string;
}

export interface SeriesPoint {
  /** ISO `YYYY-MM-DD`. */
  date: string;
  /** Numbers for quantitative KPIs, text for `unit: text`. */
  value: number | string;
  note?: string;
}

export interface Registry {
  /** Absolute path of the registry folder. */
  dir: string;
  areas: Area[];
  /** In area order, then file order. */
  kpis: KpiDefinition[];
  /** Keyed by KPI id; sorted by date, ascending. Missing when the KPI has no `data`. */
  series: Record<string, SeriesPoint[]>;
  /** Keyed by KPI id, for KPIs with a `metric` or `query`. */
  computations?: Record<string, Computation>;
  /**
   * Keyed by KPI id: for a KPI whose named source was down when the build ran
   * (`onSourceError: 'cached'`), the ISO date of the last successful query,
   * whose cached result stands in.
   */
  lastSuccessfulQuery?: Record<string, string>;
  /** From `objectives.yml`, in file order; absent or empty when there is none. */
  objectives?: ObjectiveDefinition[];
}

export interface Change {
  absolute: number;
  /** `null` when the previous value is zero. */
  relative: number | null;
  /** Whether the change is good news according to `direction`. */
  sentiment: 'better' | 'worse' | 'unchanged';
}

export interface KpiStatus {
  level: StatusLevel;
  /** Why: computed explanations, or the reasons given by hand. */
  reasons: string[];
  origin: StatusOrigin;
}

export interface KpiValues {
  latest?: SeriesPoint;
  previous?: SeriesPoint;
  change?: Change;
  /** The target in force at `asOf`. */
  target?: Target;
  /** 0..1 (clamped) of the way from the first value of the series to the target. */
  progress?: number;
  /** Linear projection of the recent trend at the target's due date. */
  projected?: number;
  stale: boolean;
  status: KpiStatus;
}

/** Static geometry of a sparkline, computed at build time so the browser gets plain SVG. */
export interface SparklineGeometry {
  width: number;
  height: number;
  /** SVG path `d` of the line. */
  line: string;
  /** y of the bottom of the area under the line. */
  baseline: number;
  /** Position of the earliest point. */
  first: {x: number; y: number};
  /** Position of the latest point. */
  last: {x: number; y: number};
  /** y of the target in force, when it falls inside the chart. */
  targetY?: number;
}

/** A tick of a chart axis: its position along the axis and its formatted label. */
export interface ChartTick {
  /** x (date axis) or y (value axis) in chart coordinates. */
  position: number;
  label: string;
}

/** A measured point of a chart. */
export interface ChartPoint {
  x: number;
  y: number;
  /** ISO `YYYY-MM-DD`. */
  date: string;
  /** Formatted value, e.g. "15 days". */
  value: string;
  /** Date and value, e.g. "Oct 31, 2026: 15 days", for the point's `<title>`. */
  label: string;
}

/** The stretch of time over which one target was in force, drawn as a dashed step. */
export interface ChartTargetStep {
  /** From the previous target's due date (or the start of the series)… */
  x1: number;
  /** …to this target's due date. */
  x2: number;
  y: number;
  /** Formatted target value, e.g. "10 days". */
  value: string;
  /** Formatted due date. */
  by: string;
  /** The target's own label from the registry. */
  label?: string;
  /** Where the step's label starts (`text-anchor: start`): at its left end, above the step or, to stay clear of points and inside the plot, below it. */
  labelX: number;
  labelY: number;
  /** Whether the step is wide enough for its label. */
  showLabel: boolean;
}

/** An event of a KPI drawn on its chart: a vertical marker across the plot with a label at its top. */
export interface ChartEvent {
  x: number;
  /** ISO `YYYY-MM-DD`. */
  date: string;
  /** The date formatted for the site's locale. */
  formattedDate: string;
  label: string;
  labelX: number;
  labelY: number;
  /** Which side of the marker the label is on: `start` right of it, `end` left of it. */
  anchor: 'start' | 'end';
}

/** Static geometry of the chart of a KPI page, computed at build time so the browser gets plain SVG. */
export interface ChartGeometry {
  width: number;
  height: number;
  /** The plot area, inside the margins that hold the axis labels. */
  plot: {left: number; top: number; right: number; bottom: number};
  /** Date axis, along the bottom. */
  xTicks: ChartTick[];
  /** Value axis, along the left. */
  yTicks: ChartTick[];
  /** SVG path `d` of the line through the points. */
  line: string;
  points: ChartPoint[];
  /** The targets in force over time, in date order. */
  targets: ChartTargetStep[];
  /** SVG path `d` of the step line joining the target steps. */
  targetPath?: string;
  /** The KPI's events within the chart's dates, in date order. */
  events: ChartEvent[];
  /** A stretch of time shaded behind the line (the quarter of a quarterly report). */
  highlight?: {x1: number; x2: number; label: string};
}

/** One criterion of the SMART checklist of a KPI page, checked against the registry. */
export interface SmartCriterion {
  criterion: 'specific' | 'measurable' | 'attainable' | 'relevant' | 'time-bound';
  met: boolean;
  /** What in the registry meets the criterion, or what is missing. */
  evidence: string;
}

/** Everything a card needs, formatted for the site's locale. Written as JSON per KPI. */
export interface KpiCardData {
  id: string;
  title: string;
  area: {id: string; title: string};
  /** KPI page on the site (generated route), already with baseUrl. */
  permalink: string;
  unit: string;
  direction: Direction;
  tags: string[];
  cadence: Cadence;
  owner?: string;
  status: KpiStatus;
  stale: boolean;
  /** Locale-formatted strings; absent when there is nothing to show. */
  formatted: {
    value?: string;
    previous?: string;
    /** Signed, e.g. "−2 days". */
    change?: string;
    /** Signed, e.g. "−18.2%". */
    changeRelative?: string;
    target?: string;
    targetBy?: string;
    progress?: string;
    asOf?: string;
    /** When a source was down and a cached result stands in: the date of the last successful query. */
    lastSuccessfulQuery?: string;
  };
  change?: Change;
  /** 0..1 */
  progress?: number;
  sparkline?: SparklineGeometry;
  /** Text alternative for the sparkline, e.g. "24 monthly values from … to …, from 18 days to 9 days". */
  sparklineDescription?: string;
  /** The KPI's events within the sparkline's dates, date formatted, for its text alternative. */
  events?: {date: string; label: string}[];
  /** Set for a reference the registry does not know (only with `onBrokenKpiReferences` not `throw`). */
  missing?: boolean;
  /** A `confidential: true` KPI whose values this build leaves out (no `showConfidential`). */
  confidential?: boolean;
}

/**
 * What an inline `:kpi[id]` reference can show: the part of the card data it
 * needs, written as its own JSON per KPI so that a page citing a KPI does not
 * download the KPI's whole card.
 */
export interface KpiReferenceData {
  id: string;
  title: string;
  permalink: string;
  status: {level: StatusLevel};
  formatted: Pick<KpiCardData['formatted'], 'value' | 'change' | 'target' | 'targetBy'>;
  missing?: boolean;
  /** Its values are left out of this build: the reference says so instead. */
  confidential?: boolean;
}

/** A link to a handbook page. */
export interface PageLink {
  permalink: string;
  title: string;
}

/** One KPI as listed on index pages and in `::kpi-index`. */
export interface KpiSummary {
  id: string;
  title: string;
  permalink: string;
  status: StatusLevel;
  tags: string[];
  value?: string;
  /** Its value is left out of this build. */
  confidential?: boolean;
  home?: PageLink;
  /** Ids of KPIs that roll up to this one. */
  children: string[];
  parent?: string;
}

export interface AreaSummary {
  id: string;
  title: string;
  description?: string;
  owner?: string;
  permalink: string;
  /** The handbook page that is home to most of the area's KPIs. */
  home?: PageLink;
  kpis: KpiSummary[];
}

/** Data of `/kpis` and of `::kpi-index`. */
export interface KpiIndexData {
  areas: AreaSummary[];
  asOf: string;
  /** The objectives page, with baseUrl, when the registry has objectives. */
  objectivesPermalink?: string;
}

/** Data of the page of one area. */
export interface KpiAreaPageData {
  area: AreaSummary;
  cards: KpiCardData[];
  /** The `/kpis` page, with baseUrl. */
  indexPermalink: string;
}

/** Data of the page of one KPI. */
export interface KpiPageData {
  card: KpiCardData;
  area: {id: string; title: string; permalink: string};
  /** The `/kpis` page, with baseUrl. */
  indexPermalink: string;
  /** The definition as plain text, for the page's meta description. */
  description?: string;
  /** The definition and its footnotes as HTML, made from Markdown without raw HTML or unsafe links. */
  definitionHtml?: string;
  targets: {value: string; by: string; label?: string; inForce: boolean}[];
  /**
   * The measurements and the KPI's events, in date order: an event on the date of a
   * measurement is listed with it, any other event is a row of its own, without a value.
   */
  points: {date: string; value?: string; note?: string; events?: string[]}[];
  home?: PageLink;
  backlinks: PageLink[];
  parent?: PageLink;
  children: PageLink[];
  /** The full chart: measurements up to `asOf` and the targets in force over time. Absent without numeric data. */
  chart?: {geometry: ChartGeometry; description: string};
  /** The status judged at the end of each of the last 12 periods of the KPI's cadence, oldest first. */
  statusHistory: StatusHistoryEntry[];
  /** The SMART checklist, filled from the registry. */
  smart: SmartCriterion[];
  /** The objectives that aim to move the KPI. */
  objectives?: ObjectiveLink[];
  /** How the series is computed, for a KPI with a `metric` or `query`. */
  computation?: KpiPageComputation;
  /**
   * The series as a file in the build output (`<kpi page>.csv`, with baseUrl),
   * written by the plugin's `postBuild`. Absent when the KPI has no measurements.
   */
  download?: {csv: string};
}

/** The status of a KPI as judged at the end of one period. */
export interface StatusHistoryEntry {
  /** The period's last day, ISO. */
  date: string;
  /** The period as its page shows it: the month ("Oct 2026") for monthly KPIs, else the formatted date. */
  label: string;
  status: KpiStatus;
}

/** How the series of a computed KPI is computed, as its page shows it. */
export interface KpiPageComputation {
  kind: Computation['kind'];
  /** A metric's fields as written in the YAML (`from`, `time`, `measure`, …); empty for a query. */
  fields: {name: string; value: string}[];
  /** A query's SQL as written, or the SQL a metric compiles to. */
  sql: string;
  /** Raw files read, relative to the site folder. */
  files: string[];
  /** A named source; absent for the embedded engine. */
  source?: string;
  /** When the series was computed, formatted for the site's locale, in UTC. */
  computedAt: string;
}
