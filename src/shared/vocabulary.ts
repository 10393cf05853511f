/**
 * Every list of names the plugin knows, once. The registry schema, the types,
 * the theme's labels, the lints and the report all derive from these arrays,
 * so adding a name here is the whole change. Theme components import this
 * module as `docusaurus-plugin-kpi/vocabulary`, which also works once ejected.
 */

/** From best to least known: the order of legends, counts, filters and reports. */
export const STATUS_LEVELS = ['achieved', 'on-track', 'at-risk', 'off-track', 'no-target', 'no-data', 'stale'] as const;
export type StatusLevel = (typeof STATUS_LEVELS)[number];

/**
 * The status of an objective or of one of its impacts: a KPI status, or
 * `not-started` before its period begins. From best to worst, the order
 * in which an objective takes "the worst of its impacts".
 */
export const OBJECTIVE_STATUS_LEVELS = [
  'achieved',
  'on-track',
  'not-started',
  'no-target',
  'at-risk',
  'stale',
  'no-data',
  'off-track',
] as const satisfies readonly (StatusLevel | 'not-started')[];
export type ObjectiveStatusLevel = (typeof OBJECTIVE_STATUS_LEVELS)[number];

/** Where `asOf` falls against an objective's period; also the order of `/kpis/objectives`. */
export const OBJECTIVE_PHASES = ['current', 'upcoming', 'past'] as const;
export type ObjectivePhase = (typeof OBJECTIVE_PHASES)[number];

/** Generated pages under the route base other than areas' (`/kpis/objectives`): no area may take their names. */
export const RESERVED_AREA_IDS = ['objectives'] as const;

/** How a status was reached: computed from the series, or set by hand in the registry. */
export const STATUS_ORIGINS = ['computed', 'manual'] as const;
export type StatusOrigin = (typeof STATUS_ORIGINS)[number];

/** `target`: closer to the target is better. */
export const DIRECTIONS = ['up', 'down', 'target'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const CADENCES = ['daily', 'weekly', 'monthly', 'quarterly', 'yearly'] as const;
export type Cadence = (typeof CADENCES)[number];

/** The period each cadence measures, for messages ("two months"). */
export const CADENCE_PERIODS: Readonly<Record<Cadence, string>> = {
  daily: 'day',
  weekly: 'week',
  monthly: 'month',
  quarterly: 'quarter',
  yearly: 'year',
};

export const TAGS = ['quantitative', 'qualitative', 'leading', 'lagging'] as const;
export type Tag = (typeof TAGS)[number];

/** Units a KPI value can have; `currency:XXX` comes on top, with an ISO 4217 code. */
export const UNITS = ['count', 'percent', 'ratio', 'days', 'hours', 'score', 'text'] as const;
export type Unit = (typeof UNITS)[number];

/** What an inline `:kpi[id]{show=…}` renders in the text. */
export const REFERENCE_SHOW_VALUES = ['title', 'value', 'change', 'target', 'status'] as const;
export type ReferenceShow = (typeof REFERENCE_SHOW_VALUES)[number];

/** The directives the remark transform turns into components. */
export const KPI_DIRECTIVE_NAMES = ['kpi', 'kpi-index', 'kpi-grid', 'objective'] as const;
export type KpiDirectiveName = (typeof KPI_DIRECTIVE_NAMES)[number];

/** `::kpi{#id variant=…}`: the full card (default), or a small one (title, value, change, status, sparkline). */
export const CARD_VARIANTS = ['full', 'compact'] as const;
export type CardVariant = (typeof CARD_VARIANTS)[number];

/** The keys of the `lints` option. */
export const LINT_RULES = [
  'maxKpisPerArea',
  'missingTarget',
  'targetPastDue',
  'missingOwner',
  'missingDataSource',
  'staleSeries',
  'uncitedKpi',
] as const;
export type LintRule = (typeof LINT_RULES)[number];

export const LINT_LEVELS = ['off', 'warn', 'error'] as const;
export type LintLevel = (typeof LINT_LEVELS)[number];

/** What `onBrokenKpiReferences` can do with a reference to an unknown KPI or area. */
export const REPORTING_SEVERITIES = ['throw', 'warn', 'ignore'] as const;
export type ReportingSeverity = (typeof REPORTING_SEVERITIES)[number];

/** Formats of `docusaurus kpi:report`. */
export const REPORT_FORMATS = ['md', 'csv', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Formats `docusaurus kpi:import <format> <folder>` reads: `gitlab` is a folder of handbook performance-indicator files. */
export const IMPORT_FORMATS = ['gitlab'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Kinds of named source (option `sources`): a PostgreSQL server, or a module of the site's own. */
export const SOURCE_TYPES = ['postgres', 'module'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

/** Option `refresh`: rerun every source query, or reuse a cached result where there is one. */
export const REFRESH_MODES = ['always', 'cached'] as const;
export type RefreshMode = (typeof REFRESH_MODES)[number];

/** Option `onSourceError`: fail the build, or fall back to the last successful result. */
export const SOURCE_ERROR_MODES = ['fail', 'cached'] as const;
export type SourceErrorMode = (typeof SOURCE_ERROR_MODES)[number];

/** Whether `value` is one of `names`, narrowing its type. */
export function isOneOf<T extends string>(names: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (names as readonly string[]).includes(value);
}

/** Raw files a `metric` or `query` may read, by extension. */
export const RAW_FILE_EXTENSIONS = ['.csv', '.parquet', '.json', '.ndjson', '.jsonl'] as const;
export type RawFileExtension = (typeof RAW_FILE_EXTENSIONS)[number];

/** The measures a `metric` names; anything else is read as an SQL aggregate expression. */
export const METRIC_MEASURES = ['count', 'count_distinct', 'sum', 'avg', 'min', 'max', 'median'] as const;
export type MetricMeasure = (typeof METRIC_MEASURES)[number];

/** Measures whose empty periods (between the first and the last with rows) are 0 rather than no point. */
export const ZERO_FILLED_MEASURES: readonly MetricMeasure[] = ['count', 'count_distinct', 'sum'];
