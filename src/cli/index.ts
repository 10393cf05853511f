import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import logger from '@docusaurus/logger';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {todayIso} from '../compute/dates';
import {REPORT_FORMATS, isOneOf} from '../shared/vocabulary';
import {type PluginOptions, resolveAsOf} from '../options';
import {formatReport, toReport} from '../output/report';
import type {Registry} from '../types';
import {checkSite, computeAt, loadRegistryOrError} from './check';
import {printCheckReport, toJsonProblem} from './checkReport';
import {printRefresh, refreshSite} from './refresh';

type Cli = Parameters<NonNullable<Plugin['extendCli']>>[0];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Adds `kpi:check`, `kpi:report` and `kpi:refresh` (`kpi:check:<id>`, … for
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
    .option('--out <file>', 'write to this file (relative to the current folder) instead of standard output')
    .action(async (command: {opts(): {asOf?: string; format: string; out?: string}}) => {
      const {asOf: asOfFlag, format, out} = command.opts();
      const asOf = cliAsOf(asOfFlag, options);
      if (!asOf) return;
      if (!isOneOf(REPORT_FORMATS, format)) {
        logger.error(`--format must be one of ${REPORT_FORMATS.join(', ')}, not "${format}"`);
        process.exitCode = 1;
        return;
      }
      const registry = await loadOrReport(context, options, asOf);
      if (!registry) return;
      const computed = computeAt(registry, options, {asOf, locale, baseUrl: context.baseUrl});
      const text = formatReport(toReport(registry, computed, asOf, siteConfig.url), format);
      if (!out) {
        process.stdout.write(text);
        return;
      }
      const file = path.resolve(out);
      await mkdir(path.dirname(file), {recursive: true});
      await writeFile(file, text);
      logger.success(`Wrote the KPI report as of ${asOf} (${computed.length} KPIs) to ${path.relative(process.cwd(), file) || file}`);
    });

  cli
    .command(`kpi:refresh${suffix}`)
    .description('Run every metric and query again on its source, ignoring and rewriting the cached results.')
    .option('--as-of <date>', 'compute the KPIs at this ISO date (default: the `asOf` option, KPI_AS_OF or today)')
    .action(async (command: {opts(): {asOf?: string}}) => {
      const asOf = cliAsOf(command.opts().asOf, options);
      if (!asOf) return;
      const started = performance.now();
      const result = await refreshSite({siteDir, generatedFilesDir: context.generatedFilesDir, options, asOf});
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
