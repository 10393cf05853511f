import {Joi, RouteBasePathSchema} from '@docusaurus/utils-validation';
import type {OptionValidationContext} from '@docusaurus/types';
import {QUARTER_PATTERN} from './shared/quarters';
import {KpiOptionsError} from './shared/errors';
import {findSecrets, hideSecretsWhenShown, redact} from './shared/redact';
import {
  LINT_LEVELS,
  LINT_RULES,
  REFRESH_MODES,
  REPORTING_SEVERITIES,
  SOURCE_ERROR_MODES,
  SOURCE_TYPES,
  type LintLevel,
  type LintRule,
  type RefreshMode,
  type ReportingSeverity,
  type SourceErrorMode,
} from './shared/vocabulary';

export type {RefreshMode, ReportingSeverity, SourceErrorMode};

/** Limits every named source applies to its queries. */
export interface SourceLimits {
  /** Longest a query may run, in milliseconds (default 60 000). */
  statementTimeout: number;
  /** Most rows a query may return; more fails the query (default 100 000). */
  maxRows: number;
  /** Most queries run at once against this source (default 4). */
  maxConcurrency: number;
}

/** A PostgreSQL server: `pg` connects to it, every query in a read-only transaction. */
export interface PostgresSourceOptions extends SourceLimits {
  type: 'postgres';
  /** `postgresql://user:password@host:port/database`, usually from the environment: never printed. */
  connectionString: string;
  /** TLS, passed to the driver as is: `true`, or Node TLS options (`ca`, `cert`, `key`, `rejectUnauthorized`, …). */
  ssl?: boolean | Record<string, unknown>;
  /** Longest wait for a connection, in milliseconds (default 10 000). */
  connectTimeout: number;
}

/** A module of the site's own whose default export creates a `KpiSource`. */
export interface ModuleSourceOptions extends SourceLimits {
  type: 'module';
  /** Path relative to the site folder, or a package name. */
  module: string;
  /** Handed to the module's factory as is. */
  options: Record<string, unknown>;
}

export type SourceOptions = PostgresSourceOptions | ModuleSourceOptions;

/** The level of each lint rule: the `lints` option. */
export type LintLevels = Record<LintRule, LintLevel>;

export const DEFAULT_LINT_LEVELS: LintLevels = Object.fromEntries(LINT_RULES.map((rule) => [rule, 'warn'])) as LintLevels;

/** "Three or four at most." */
export const DEFAULT_MAX_KPIS_PER_AREA = 4;

export interface PluginOptions {
  id: string;
  /** Registry folder, relative to the site directory. */
  path: string;
  /** Base of the generated pages: `/<routeBasePath>`, `/<routeBasePath>/<area>`, `/<routeBasePath>/<area>/<kpi>`. */
  routeBasePath: string;
  /** ISO date to judge KPIs at; else the `KPI_AS_OF` environment variable; else today (UTC). */
  asOf?: string;
  /** What an unknown KPI or area in a page does to the build. */
  onBrokenKpiReferences: ReportingSeverity;
  /** Relative band for "at target" (direction `target`) and "at risk" (projection within it). */
  tolerance: number;
  /** How many recent points the trend is fitted to when projecting to a due date. */
  trendWindow: number;
  /** Largest series file accepted, in bytes. */
  maxDataFileBytes: number;
  /** Largest raw file a `metric` or `query` may read, in bytes (default 1 GiB). */
  maxRawFileBytes: number;
  /** Longest a `metric` or `query` may run on the embedded engine, in milliseconds (default 60 000). */
  queryTimeout: number;
  /** Memory the embedded engine may use, as DuckDB writes it (default `1GB`). */
  engineMemoryLimit: string;
  /** Level of each lint rule: `off`, `warn` (default) or `error`. */
  lints: LintLevels;
  /** Most KPIs an area should have before the `maxKpisPerArea` lint speaks up. */
  maxKpisPerArea: number;
  /** Named sources that `metric` and `query` read with `source: NAME`. */
  sources: Record<string, SourceOptions>;
  /** `always` reruns every source query; `cached` reuses a cached result. Default: `always` in a production build, `cached` otherwise. */
  refresh?: RefreshMode;
  /** With a source down: `fail` the build, or use the last `cached` result (the card says as of when). */
  onSourceError: SourceErrorMode;
  /**
   * Quarterly reports: `true` (default) for the last four complete quarters before `asOf` that
   * have data, `false` for none, or a list of quarters like `['2026-Q2', '2026-Q3']`.
   */
  reports: boolean | string[];
  /** Show the values of `confidential: true` KPIs (an internal build); by default they are left out of the whole build output. */
  showConfidential: boolean;
}

type SourceOptionsInput =
  | (Partial<Omit<PostgresSourceOptions, 'type'>> & Pick<PostgresSourceOptions, 'type'>)
  | (Partial<Omit<ModuleSourceOptions, 'type'>> & Pick<ModuleSourceOptions, 'type'>);

export type Options = Partial<Omit<PluginOptions, 'id' | 'lints' | 'sources'>> & {
  lints?: Partial<LintLevels>;
  sources?: Record<string, SourceOptionsInput>;
};

export const DEFAULT_OPTIONS: Omit<PluginOptions, 'id'> = {
  path: 'kpis',
  routeBasePath: 'kpis',
  onBrokenKpiReferences: 'throw',
  tolerance: 0.05,
  trendWindow: 6,
  maxDataFileBytes: 5 * 1024 * 1024,
  maxRawFileBytes: 1024 * 1024 * 1024,
  queryTimeout: 60_000,
  engineMemoryLimit: '1GB',
  lints: DEFAULT_LINT_LEVELS,
  maxKpisPerArea: DEFAULT_MAX_KPIS_PER_AREA,
  sources: {},
  onSourceError: 'fail',
  reports: true,
  showConfidential: false,
};

export const DEFAULT_SOURCE_LIMITS: SourceLimits = {statementTimeout: 60_000, maxRows: 100_000, maxConcurrency: 4};

const LintLevelSchema = Joi.string().equal(...LINT_LEVELS);

// Unknown rule names are rejected (Joi objects refuse unknown keys), so a typo cannot silently do nothing.
const LintsSchema = Joi.object<LintLevels>(
  Object.fromEntries(LINT_RULES.map((rule) => [rule, LintLevelSchema.default(DEFAULT_LINT_LEVELS[rule])])),
).default(DEFAULT_LINT_LEVELS);

const isoDate = Joi.string()
  .pattern(/^\d{4}-\d{2}-\d{2}$/)
  .message('"asOf" must be an ISO date like 2026-11-20');

const sourceLimitKeys = {
  statementTimeout: Joi.number().integer().min(1).default(DEFAULT_SOURCE_LIMITS.statementTimeout),
  maxRows: Joi.number().integer().min(1).default(DEFAULT_SOURCE_LIMITS.maxRows),
  maxConcurrency: Joi.number().integer().min(1).max(64).default(DEFAULT_SOURCE_LIMITS.maxConcurrency),
};

const PostgresSourceSchema = Joi.object<PostgresSourceOptions>({
  type: Joi.string().equal('postgres').required(),
  connectionString: Joi.string()
    .required()
    .messages({'any.required': '{#label} is required (for example process.env.KPI_WAREHOUSE_URL: is it set?)'}),
  ssl: Joi.alternatives(Joi.boolean(), Joi.object().unknown()),
  connectTimeout: Joi.number().integer().min(1).default(10_000),
  ...sourceLimitKeys,
});

const ModuleSourceSchema = Joi.object<ModuleSourceOptions>({
  type: Joi.string().equal('module').required(),
  module: Joi.string().required(),
  options: Joi.object().unknown().default({}),
  ...sourceLimitKeys,
});

const SourceSchema = Joi.alternatives().conditional('.type', {
  switch: [
    {is: 'postgres', then: PostgresSourceSchema},
    {is: 'module', then: ModuleSourceSchema},
  ],
  otherwise: Joi.object({
    type: Joi.string()
      .equal(...SOURCE_TYPES)
      .required(),
  }).unknown(),
});

const SourcesSchema = Joi.object()
  .pattern(/^[A-Za-z][\w-]*$/, SourceSchema)
  .messages({'object.unknown': '{#label}: a source name starts with a letter, then letters, digits, - or _'})
  .default({});

const OptionsSchema = Joi.object<PluginOptions>({
  path: Joi.string().default(DEFAULT_OPTIONS.path),
  routeBasePath: RouteBasePathSchema.default(DEFAULT_OPTIONS.routeBasePath),
  asOf: isoDate,
  onBrokenKpiReferences: Joi.string()
    .equal(...REPORTING_SEVERITIES)
    .default(DEFAULT_OPTIONS.onBrokenKpiReferences),
  tolerance: Joi.number().min(0).max(1).default(DEFAULT_OPTIONS.tolerance),
  trendWindow: Joi.number().integer().min(2).default(DEFAULT_OPTIONS.trendWindow),
  maxDataFileBytes: Joi.number().integer().min(1).default(DEFAULT_OPTIONS.maxDataFileBytes),
  maxRawFileBytes: Joi.number().integer().min(1).default(DEFAULT_OPTIONS.maxRawFileBytes),
  queryTimeout: Joi.number().integer().min(1).default(DEFAULT_OPTIONS.queryTimeout),
  engineMemoryLimit: Joi.string()
    .pattern(/^\d+(\.\d+)?\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i)
    .default(DEFAULT_OPTIONS.engineMemoryLimit)
    .messages({'string.pattern.base': '"engineMemoryLimit" must be a size like 512MB or 2GB'}),
  lints: LintsSchema,
  maxKpisPerArea: Joi.number().integer().min(1).default(DEFAULT_OPTIONS.maxKpisPerArea),
  sources: SourcesSchema,
  refresh: Joi.string().equal(...REFRESH_MODES),
  onSourceError: Joi.string()
    .equal(...SOURCE_ERROR_MODES)
    .default(DEFAULT_OPTIONS.onSourceError),
  reports: Joi.alternatives()
    .try(
      Joi.boolean(),
      Joi.array()
        .items(Joi.string().pattern(QUARTER_PATTERN).message('{#label} must be a quarter like 2026-Q3'))
        .unique((a: string, b: string) => a.toUpperCase() === b.toUpperCase()),
    )
    .default(DEFAULT_OPTIONS.reports)
    .messages({'alternatives.types': "\"reports\" must be true, false or a list of quarters like ['2026-Q2', '2026-Q3']"}),
  showConfidential: Joi.boolean().default(DEFAULT_OPTIONS.showConfidential),
});

/**
 * Validates the options. A failure is reported with the messages only, with
 * credentials blanked out: Docusaurus would print the whole options object,
 * connection strings included. The site config itself is then made to
 * serialise without them, since Docusaurus writes it into the client bundle.
 */
export function validateOptions({validate, options}: OptionValidationContext<Options, PluginOptions>): PluginOptions {
  let validated: PluginOptions;
  try {
    validated = validate(OptionsSchema, options);
  } catch (error) {
    throw new KpiOptionsError(redact((error as Error).message, findSecrets(options)));
  }
  if (options?.sources) {
    for (const source of Object.values(options.sources)) hideSecretsWhenShown(source);
    hideSecretsWhenShown(validated.sources);
  }
  return validated;
}

/** The date KPIs are judged at: option, then `KPI_AS_OF`, then today. */
export function resolveAsOf(options: Pick<PluginOptions, 'asOf'>, env: NodeJS.ProcessEnv, today: string): string {
  const fromEnv = env.KPI_AS_OF;
  if (options.asOf) return options.asOf;
  if (fromEnv) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fromEnv)) {
      throw new Error(`KPI_AS_OF must be an ISO date like 2026-11-20, not "${fromEnv}"`);
    }
    return fromEnv;
  }
  return today;
}
