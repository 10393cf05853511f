import {mkdir, readFile, readdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import logger from '@docusaurus/logger';
import type {DocusaurusConfig, LoadContext, Plugin} from '@docusaurus/types';
import {posixPath} from '@docusaurus/utils';
import {type ComputedKpi, computeRegistry} from './content';
import {todayIso} from './compute/dates';
import {loadRegistry} from './data/loadRegistry';
import {KpiUserError, type Problem, formatProblem} from './errors';
import {type LintRule, lintProblem, runLints} from './lints';
import {type PluginOptions, resolveAsOf} from './options';
import {findBrokenReferences} from './references';
import {REPORT_FORMATS, type ReportFormat, formatReport, toReport} from './report';
import {type KpiDirectiveUse, type SourcePage, scanText} from './scan';
import type {Registry} from './types';

type Cli = Parameters<NonNullable<Plugin['extendCli']>>[0];

/** What kind of problem a check found: a lint rule, or one of the checks a build always makes. */
export type CheckRule = LintRule | 'registry' | 'directive' | 'brokenReference';

export interface CheckResult {
  severity: 'warn' | 'error';
  rule: CheckRule;
  problem: Problem;
}

export interface CheckReport {
  results: CheckResult[];
  /** Undefined when the KPI files have errors. */
  registry?: Registry;
  pages: SourcePage[];
  uses: KpiDirectiveUse[];
}

export interface CheckInput {
  siteDir: string;
  siteConfig: Pick<DocusaurusConfig, 'presets' | 'plugins'>;
  options: PluginOptions;
  asOf: string;
  locale: string;
  baseUrl: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Adds `kpi:check` and `kpi:report` (`kpi:check:<id>`, `kpi:report:<id>` for
 * a plugin instance other than the default one).
 */
export function extendKpiCli(cli: Cli, context: LoadContext, options: PluginOptions): void {
  const suffix = options.id === 'default' ? '' : `:${options.id}`;
  const {siteDir, siteConfig, i18n} = context;
  const locale = i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale;

  cli
    .command(`kpi:check${suffix}`)
    .description('Check KPI files and the pages citing them (data, directives, references, lints) without building the site.')
    .option('--json', 'print the problems as a JSON array instead of a report')
    .option('--as-of <date>', 'judge KPIs at this ISO date (default: the `asOf` option, KPI_AS_OF or today)')
    .action(async (command: {opts(): {json?: boolean; asOf?: string}}) => {
      const {json, asOf: asOfFlag} = command.opts();
      const asOf = cliAsOf(asOfFlag, options);
      if (!asOf) return;
      const started = performance.now();
      const report = await checkSite({siteDir, siteConfig, options, asOf, locale, baseUrl: context.baseUrl});
      if (report.results.some((result) => result.severity === 'error')) process.exitCode = 1;
      if (json) process.stdout.write(`${JSON.stringify(report.results.map(toJsonProblem), null, 2)}\n`);
      else printCheckReport(report, performance.now() - started);
    });

  cli
    .command(`kpi:report${suffix}`)
    .description('Write a dated snapshot of every KPI (value, change, target, status) as Markdown, CSV or JSON.')
    .option('--as-of <date>', 'compute the KPIs at this ISO date (default: the `asOf` option, KPI_AS_OF or today)')
    .option('--format <format>', `one of ${REPORT_FORMATS.join(', ')}`, 'md')
    .option('--out <file>', 'write to this file (relative to the current folder) instead of standard output')
    .action(async (command: {opts(): {asOf?: string; format: string; out?: string}}) => {
      const {asOf: asOfFlag, format, out} = command.opts();
      const asOf = cliAsOf(asOfFlag, options);
      if (!asOf) return;
      if (!(REPORT_FORMATS as readonly string[]).includes(format)) {
        logger.error(`--format must be one of ${REPORT_FORMATS.join(', ')}, not "${format}"`);
        process.exitCode = 1;
        return;
      }
      const registry = await loadOrReport(siteDir, options);
      if (!registry) return;
      const computed = computeAt(registry, options, {asOf, locale, baseUrl: context.baseUrl});
      const text = formatReport(toReport(registry, computed, asOf, siteConfig.url), format as ReportFormat);
      if (!out) {
        process.stdout.write(text);
        return;
      }
      const file = path.resolve(out);
      await mkdir(path.dirname(file), {recursive: true});
      await writeFile(file, text);
      logger.success(`Wrote the KPI report as of ${asOf} (${computed.length} KPIs) to ${path.relative(process.cwd(), file) || file}`);
    });
}

/** The `--as-of` date, else the configured one; undefined (after reporting) when invalid. */
function cliAsOf(flag: string | undefined, options: PluginOptions): string | undefined {
  if (flag !== undefined && !ISO_DATE.test(flag)) {
    logger.error(`--as-of must be an ISO date like 2026-11-20, not "${flag}"`);
    process.exitCode = 1;
    return undefined;
  }
  try {
    return flag ?? resolveAsOf(options, process.env, todayIso());
  } catch (error) {
    logger.error((error as Error).message);
    process.exitCode = 1;
    return undefined;
  }
}

async function loadOrReport(siteDir: string, options: PluginOptions): Promise<Registry | undefined> {
  try {
    return await loadRegistry({siteDir, path: options.path, maxDataFileBytes: options.maxDataFileBytes});
  } catch (error) {
    if (!(error instanceof KpiUserError)) throw error;
    logger.error(error.message);
    process.exitCode = 1;
    return undefined;
  }
}

function computeAt(
  registry: Registry,
  options: PluginOptions,
  {asOf, locale, baseUrl}: {asOf: string; locale: string; baseUrl: string},
): ComputedKpi[] {
  return computeRegistry(registry, {
    asOf,
    tolerance: options.tolerance,
    trendWindow: options.trendWindow,
    locale,
    urls: {baseUrl, routeBasePath: options.routeBasePath},
  });
}

/**
 * Every check a build makes, and the lints, without building: KPI files,
 * directives in pages, references to unknown KPIs or areas, then lints.
 */
export async function checkSite(input: CheckInput): Promise<CheckReport> {
  const {siteDir, options} = input;
  const results: CheckResult[] = [];
  let registry: Registry | undefined;
  try {
    registry = await loadRegistry({siteDir, path: options.path, maxDataFileBytes: options.maxDataFileBytes});
  } catch (error) {
    if (!(error instanceof KpiUserError)) throw error;
    results.push(...error.problems.map((problem): CheckResult => ({severity: 'error', rule: 'registry', problem})));
  }

  const pages = await findSitePages(siteDir, input.siteConfig);
  const scans = await Promise.all(
    pages.map(async (page) => {
      const text = await readFile(page.filePath, 'utf8');
      page.title = pageTitle(text, page.file);
      return scanText(page, text);
    }),
  );
  const uses = scans.flatMap((scan) => scan.uses);
  results.push(...scans.flatMap((scan) => scan.problems.map((problem): CheckResult => ({severity: 'error', rule: 'directive', problem}))));

  if (registry) {
    if (options.onBrokenKpiReferences !== 'ignore') {
      const severity = options.onBrokenKpiReferences === 'throw' ? 'error' : 'warn';
      results.push(...findBrokenReferences(uses, registry).map((problem): CheckResult => ({severity, rule: 'brokenReference', problem})));
    }
    const computed = computeAt(registry, options, input);
    results.push(...runLints(registry, computed, uses, {lints: options.lints, maxKpisPerArea: options.maxKpisPerArea, asOf: input.asOf}));
  }
  return {results, ...(registry && {registry}), pages, uses};
}

const PAGE_EXTENSIONS = new Set(['.md', '.mdx']);

/** Folders Docusaurus compiles Markdown from, by default and as the classic preset or content plugins configure them. */
export function contentFolders(siteConfig: Pick<DocusaurusConfig, 'presets' | 'plugins'>): {dir: string; kind: SourcePage['kind']}[] {
  const folders = new Map<string, SourcePage['kind']>([
    ['docs', 'docs'],
    ['versioned_docs', 'docs'],
    ['blog', 'blog'],
    ['src/pages', 'pages'],
    ['i18n', 'docs'],
  ]);
  const kinds = {docs: 'docs', blog: 'blog', pages: 'pages'} as const;
  for (const preset of siteConfig.presets ?? []) {
    if (!Array.isArray(preset) || typeof preset[0] !== 'string' || !preset[0].includes('classic')) continue;
    for (const key of ['docs', 'blog', 'pages'] as const) {
      const configured = (preset[1] as Record<string, unknown>)[key] as {path?: unknown} | false | undefined;
      if (configured && typeof configured.path === 'string') folders.set(posixPath(configured.path), kinds[key]);
    }
  }
  for (const plugin of siteConfig.plugins ?? []) {
    if (!Array.isArray(plugin) || typeof plugin[0] !== 'string') continue;
    const kind = /content-(docs|blog|pages)/.exec(plugin[0])?.[1] as SourcePage['kind'] | undefined;
    const configured = (plugin[1] as {path?: unknown} | undefined)?.path;
    if (kind && typeof configured === 'string') folders.set(posixPath(configured), kind);
  }
  return [...folders].map(([dir, kind]) => ({dir, kind}));
}

/**
 * The Markdown files of the site, found on disk: without a build, the content
 * plugins never list them. Files and folders Docusaurus ignores by default
 * (`_` prefixed, `__tests__`, dot files, `node_modules`) are skipped. Titles
 * (filled in by `checkSite`, which reads the files) come from front matter or
 * the first heading; the permalink is the file's path,
 * since routes are only known after a build.
 */
export async function findSitePages(siteDir: string, siteConfig: Pick<DocusaurusConfig, 'presets' | 'plugins'>): Promise<SourcePage[]> {
  const seen = new Set<string>();
  const pages: SourcePage[] = [];
  for (const {dir, kind} of contentFolders(siteConfig)) {
    for (const filePath of await markdownFiles(path.resolve(siteDir, dir))) {
      if (seen.has(filePath)) continue;
      seen.add(filePath);
      const file = posixPath(path.relative(siteDir, filePath));
      pages.push({filePath, file, permalink: `/${file}`, title: '', kind: dir === 'i18n' ? i18nKind(file) : kind});
    }
  }
  return pages.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** `title` from front matter, else the first `#` heading, else the file name. */
export function pageTitle(text: string, file: string): string {
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
  const fromFrontMatter = frontMatter && /^title:\s*(.+?)\s*$/m.exec(frontMatter)?.[1];
  if (fromFrontMatter) return fromFrontMatter.replace(/^(['"])(.*)\1$/, '$2');
  const heading = /^#\s+(.+?)\s*#*\s*$/m.exec(text)?.[1];
  return heading ?? path.posix.basename(file, path.posix.extname(file));
}

function i18nKind(file: string): SourcePage['kind'] {
  if (file.includes('/docusaurus-plugin-content-blog')) return 'blog';
  if (file.includes('/docusaurus-plugin-content-pages')) return 'pages';
  return 'docs';
}

async function markdownFiles(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, {withFileTypes: true});
  } catch {
    return [];
  }
  const nested = await Promise.all(
    entries.map(async (entry) => {
      if (/^[._]/.test(entry.name) || entry.name === 'node_modules' || entry.name === '__tests__') return [];
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return markdownFiles(full);
      return entry.isFile() && PAGE_EXTENSIONS.has(path.extname(entry.name)) ? [full] : [];
    }),
  );
  return nested.flat();
}

/** The JSON form of one result, every key present. */
export function toJsonProblem({severity, rule, problem}: CheckResult) {
  return {
    severity,
    rule,
    file: problem.file,
    line: problem.line ?? null,
    column: problem.column ?? null,
    message: problem.message,
    expected: problem.expected ?? null,
    hint: problem.hint ?? null,
  };
}

const RULE_TITLES: Record<string, string> = {
  registry: 'KPI files',
  directive: 'malformed KPI directives',
  brokenReference: 'broken KPI references',
};

/** The human report: errors then warnings, grouped by rule, with counts. */
export function formatCheckGroups(results: readonly CheckResult[], severity: CheckResult['severity']): string | undefined {
  const chosen = results.filter((result) => result.severity === severity);
  if (chosen.length === 0) return undefined;
  const groups = new Map<CheckRule, CheckResult[]>();
  for (const result of chosen) groups.set(result.rule, [...(groups.get(result.rule) ?? []), result]);
  const blocks = [...groups].map(([rule, group]) => {
    const title = RULE_TITLES[rule] ?? `lint ${rule}`;
    const problems = group.map((result) =>
      formatProblem(isLint(result.rule) ? lintProblem(result as CheckResult & {rule: LintRule}) : result.problem),
    );
    return `${logger.name(`${title} (${group.length})`)}\n${problems.join('\n')}`;
  });
  return `${chosen.length} ${severity === 'error' ? plural(chosen.length, 'error') : plural(chosen.length, 'warning')}:\n\n${blocks.join('\n\n')}\n`;
}

function isLint(rule: CheckRule): boolean {
  return !(rule in RULE_TITLES);
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}

function printCheckReport(report: CheckReport, elapsedMs: number): void {
  const errors = report.results.filter((result) => result.severity === 'error').length;
  const warnings = report.results.length - errors;
  const errorText = formatCheckGroups(report.results, 'error');
  const warningText = formatCheckGroups(report.results, 'warn');
  if (errorText) logger.error(errorText);
  if (warningText) logger.warn(warningText);
  const scope = report.registry
    ? `${report.registry.kpis.length} KPIs in ${report.registry.areas.length} areas, ${report.uses.length} directives in ${report.pages.length} pages`
    : `${report.uses.length} directives in ${report.pages.length} pages`;
  const summary = `${errors} ${plural(errors, 'error')}, ${warnings} ${plural(warnings, 'warning')} (checked ${scope} in ${(elapsedMs / 1000).toFixed(2)}s)`;
  if (errors > 0) logger.error(`KPI check failed: ${summary}`);
  else logger.success(`KPI check passed: ${summary}`);
}
