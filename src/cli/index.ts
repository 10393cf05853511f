import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import logger from '@docusaurus/logger';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {todayIso} from '../compute/dates';
import {IMPORT_FORMATS, REPORT_FORMATS, type ReportFormat, isOneOf} from '../shared/vocabulary';
import {computeQuarterReport} from '../compute/quarterReport';
import {withoutConfidentialValues} from '../compute/confidential';
import {QUARTER_EXPECTED, type Quarter, isComplete, parseQuarter, quarterEnd, quarterId} from '../shared/quarters';
import {formatQuarterReport} from '../output/quarterReport';
import {type PluginOptions, resolveAsOf} from '../options';
import {formatReport, toReport} from '../output/report';
import type {Registry} from '../types';
import {checkSite, computeAt, loadRegistryOrError} from './check';
import {printCheckReport, toJsonProblem} from './checkReport';
import {printRefresh, refreshSite} from './refresh';

type Cli = Parameters<NonNullable<Plugin['extendCli']>>[0];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Adds `kpi:check`, `kpi:report`, `kpi:import` and `kpi:refresh` (`kpi:check:<id>`, …
 * for a plugin instance other than the default one).
 */
export function extendKpiCli(cli: Cli, context: LoadContext, options: PluginOptions): void {
  const suffix = options.id === 'default' ? '' : `:${options.id}`;
  const {siteDir, siteConfig, i18n} = context;
  const locale = i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale;
  addImportCommand(cli, suffix, siteDir, options);
  addRefreshCommand(cli, suffix, context, options);

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
      const report = await checkSite({
        siteDir,
        generatedFilesDir: context.generatedFilesDir,
        siteConfig,
        options,
        asOf,
        locale,
        baseUrl: context.baseUrl,
      });
      if (report.results.some((result) => result.severity === 'error')) process.exitCode = 1;
      if (json) process.stdout.write(`${JSON.stringify(report.results.map(toJsonProblem), null, 2)}\n`);
      else printCheckReport(report, performance.now() - started);
    });

  cli
    .command(`kpi:report${suffix}`)
    .description('Write a dated snapshot of every KPI (value, change, target, status) as Markdown, CSV or JSON.')
    .option('--as-of <date>', 'compute the KPIs at this ISO date (default: the `asOf` option, KPI_AS_OF or today)')
    .option('--format <format>', `one of ${REPORT_FORMATS.join(', ')}`, 'md')
    .option('--quarter <quarter>', 'the quarterly report of this quarter, like 2026-Q3, as its page shows it (as of its last day)')
    .option('--out <file>', 'write to this file (relative to the current folder) instead of standard output')
    .action(async (command: {opts(): {asOf?: string; format: string; out?: string; quarter?: string}}) => {
      const {asOf: asOfFlag, format, out, quarter: quarterFlag} = command.opts();
      const asOf = cliAsOf(asOfFlag, options);
      if (!asOf) return;
      if (!isOneOf(REPORT_FORMATS, format)) return fail(`--format must be one of ${REPORT_FORMATS.join(', ')}, not "${format}"`);
      const quarter = quarterFlag === undefined ? undefined : parseQuarter(quarterFlag);
      if (quarterFlag !== undefined) {
        if (!quarter) return fail(`--quarter must be ${QUARTER_EXPECTED}, not "${quarterFlag}"`);
        if (!isComplete(quarter, asOf)) {
          return fail(
            `--quarter ${quarterId(quarter)} ends on ${quarterEnd(quarter)}, after ${asOf}: a quarterly report covers a quarter that is over`,
          );
        }
      }
      const registry = await loadOrReport(context, options, asOf);
      if (!registry) return;
      const {text, what} = quarter ? quarterText(registry, quarter, format) : snapshotText(registry, asOf, format);
      if (!out) {
        process.stdout.write(text);
        return;
      }
      const file = path.resolve(out);
      await mkdir(path.dirname(file), {recursive: true});
      await writeFile(file, text);
      logger.success(`Wrote ${what} to ${path.relative(process.cwd(), file) || file}`);
    });
  const {snapshotText, quarterText} = reportTexts(context, options, locale);
}

/** The text of `kpi:report`: a snapshot as of a date, or a quarter's report. */
function reportTexts(context: LoadContext, options: PluginOptions, locale: string) {
  const {siteConfig} = context;
  const snapshotText = (registry: Registry, asOf: string, format: ReportFormat) => {
    // What the site publishes: without the values of confidential KPIs, unless `showConfidential`.
    const shown = withoutConfidentialValues(
      registry,
      computeAt(registry, options, {asOf, locale, baseUrl: context.baseUrl}),
      options.showConfidential,
    );
    const {computed} = shown;
    return {
      text: formatReport(toReport(shown.registry, computed, asOf, siteConfig.url), format),
      what: `the KPI report as of ${asOf} (${computed.length} KPIs)`,
    };
  };
  // The same computation as the report's page.
  const quarterText = (registry: Registry, quarter: Quarter, format: ReportFormat) => {
    const report = computeQuarterReport(registry, quarter, {
      tolerance: options.tolerance,
      trendWindow: options.trendWindow,
      locale,
      urls: {baseUrl: context.baseUrl, routeBasePath: options.routeBasePath},
      siteUrl: siteConfig.url,
      trailingSlash: siteConfig.trailingSlash,
      showConfidential: options.showConfidential,
    });
    return {text: formatQuarterReport(report, format), what: `the KPI report of ${report.quarter}`};
  };
  return {snapshotText, quarterText};
}

function fail(message: string): void {
  logger.error(message);
  process.exitCode = 1;
}

/** `kpi:import <format> <folder>`: another format's KPI files turned into a registry. */
function addImportCommand(cli: Cli, suffix: string, siteDir: string, options: PluginOptions): void {
  cli
    .command(`kpi:import${suffix} <format> <folder>`)
    .description(`Turn a folder of KPI files of another format (${IMPORT_FORMATS.join(', ')}) into a KPI registry in the KPI folder.`)
    .option('--force', 'overwrite registry files that exist')
    .option('--link-base <url>', 'where the imported pages were published, to make their relative links absolute')
    .action(async (format: string, folder: string, command: {opts(): {force?: boolean; linkBase?: string}}) => {
      const {force = false, linkBase} = command.opts();
      const registryDir = path.resolve(siteDir, options.path);
      // Loaded here: its HTML and Markdown libraries are not needed by builds or the other commands.
      const {runImport} = await import('./import.js');
      process.exitCode = await runImport({format, folder, siteDir, registryDir, force, linkBase, cwd: process.cwd()});
    });
}

/** `kpi:refresh`: every metric and query run again, their cached results rewritten. */
function addRefreshCommand(cli: Cli, suffix: string, context: LoadContext, options: PluginOptions): void {
  cli
    .command(`kpi:refresh${suffix}`)
    .description('Run every metric and query again on its source, ignoring and rewriting the cached results.')
    .option('--as-of <date>', 'compute the KPIs at this ISO date (default: the `asOf` option, KPI_AS_OF or today)')
    .action(async (command: {opts(): {asOf?: string}}) => {
      const asOf = cliAsOf(command.opts().asOf, options);
      if (!asOf) return;
      const started = performance.now();
      const result = await refreshSite({siteDir: context.siteDir, generatedFilesDir: context.generatedFilesDir, options, asOf});
      if (result.error) process.exitCode = 1;
      printRefresh(result, performance.now() - started);
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

async function loadOrReport(context: LoadContext, options: PluginOptions, asOf: string): Promise<Registry | undefined> {
  const {registry, error} = await loadRegistryOrError(context, options, asOf);
  if (error) {
    logger.error(error.message);
    process.exitCode = 1;
  }
  return registry;
}
