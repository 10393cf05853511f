import {Joi, RouteBasePathSchema} from '@docusaurus/utils-validation';
import type {OptionValidationContext} from '@docusaurus/types';
import {LINT_LEVELS, LINT_RULES, REPORTING_SEVERITIES, type LintLevel, type LintRule, type ReportingSeverity} from './shared/vocabulary';

export type {ReportingSeverity};

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
  /** Level of each lint rule: `off`, `warn` (default) or `error`. */
  lints: LintLevels;
  /** Most KPIs an area should have before the `maxKpisPerArea` lint speaks up. */
  maxKpisPerArea: number;
}

export type Options = Partial<Omit<PluginOptions, 'id' | 'lints'>> & {lints?: Partial<LintLevels>};

export const DEFAULT_OPTIONS: Omit<PluginOptions, 'id'> = {
  path: 'kpis',
  routeBasePath: 'kpis',
  onBrokenKpiReferences: 'throw',
  tolerance: 0.05,
  trendWindow: 6,
  maxDataFileBytes: 5 * 1024 * 1024,
  lints: DEFAULT_LINT_LEVELS,
  maxKpisPerArea: DEFAULT_MAX_KPIS_PER_AREA,
};

const LintLevelSchema = Joi.string().equal(...LINT_LEVELS);

// Unknown rule names are rejected (Joi objects refuse unknown keys), so a typo cannot silently do nothing.
const LintsSchema = Joi.object<LintLevels>(
  Object.fromEntries(LINT_RULES.map((rule) => [rule, LintLevelSchema.default(DEFAULT_LINT_LEVELS[rule])])),
).default(DEFAULT_LINT_LEVELS);

const isoDate = Joi.string()
  .pattern(/^\d{4}-\d{2}-\d{2}$/)
  .message('"asOf" must be an ISO date like 2026-11-20');

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
  lints: LintsSchema,
  maxKpisPerArea: Joi.number().integer().min(1).default(DEFAULT_OPTIONS.maxKpisPerArea),
});

export function validateOptions({validate, options}: OptionValidationContext<Options, PluginOptions>): PluginOptions {
  return validate(OptionsSchema, options);
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
