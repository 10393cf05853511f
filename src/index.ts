import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {loadRegistry} from './data/loadRegistry';
import {getRegistryTranslationFiles, readDefaultCodeTranslationMessages, translateRegistry} from './data/translations';
import {todayIso} from './compute/dates';
import {parseDefinition} from './compute/definitions/parse';
import type {PageLinks} from './compute/pageData';
import {type ComputedKpi, computeRegistry} from './compute/registry';
import {type ComputedObjective, computeObjectives} from './compute/objectives';
import {withoutConfidentialValues} from './compute/confidential';
import {findPageLinks} from './checks/references';
import {reportChecksToBuild, runChecks} from './checks/runChecks';
import {scanPages} from './checks/scan';
import {collectSourcePages} from './checks/sitePages';
import {publishDefinitions} from './remark/definitionStore';
import {writeBuildFiles} from './output/buildFiles';
import {extendKpiCli} from './cli';
import {type PluginOptions, resolveAsOf} from './options';
import {reportsAreaClash, resolveReportQuarters} from './shared/quarters';
import {KpiUserError} from './shared/errors';
import {type QuarterReport, computeQuarterReport} from './compute/quarterReport';
import type {PageUrls} from './compute/permalinks';
import {openNamedSources} from './data/sources/namedSources';
import {SourceCache} from './data/sources/sourceCache';
import {type DataFile, buildAllRoutes, buildPageDataFiles, buildReportRoutes} from './routes';
import {DEFINITIONS_DATA_FILE_NAME, PLUGIN_NAME} from './shared/generatedModules';
import {componentChunkOptimization} from './webpack/componentChunk';
import {registryDependencyRule} from './webpack/registryDependencies';
import {translationDescriptionsRule} from './webpack/translationDescriptions';
import {dataModulesRule} from './webpack/dataModules';
import type {Registry} from './types';
import {computedOptions} from './data/computed/loadComputed';

export {default as remarkKpi} from './remark';
export type {RemarkKpiOptions} from './remark';
export {validateOptions} from './options';
export type {Options, PluginOptions} from './options';
export type {KpiSource, QueryLimits, SourceRow, SqlDialect} from './data/sources/kpiSource';
export type {SourceModuleContext} from './data/sources/moduleSource';
export {getSwizzleConfig} from './swizzle';
export * from './types';
// The quarterly report's shapes build on those of types.ts, so they are exported beside them rather than through them.
export type * from './shared/reportTypes';

export interface LoadedKpis {
  /** What the build shows: without the values of confidential KPIs, unless `showConfidential`. */
  registry: Registry;
  asOf: string;
  computed: ComputedKpi[];
  /** Objectives with their outcome at `asOf`. */
  objectives: ComputedObjective[];
  /** Everything as loaded, confidential values included: for the checks and to compute again in another locale, never rendered or written. */
  unredacted: {registry: Registry; computed: ComputedKpi[]};
}

/** Values and cards as the build shows them; see `withoutConfidentialValues`. */
function computeShown(
  registry: Registry,
  options: Pick<PluginOptions, 'tolerance' | 'trendWindow' | 'showConfidential'> & {asOf: string; locale: string; urls: PageUrls},
): LoadedKpis {
  const {asOf, tolerance, trendWindow, locale, urls} = options;
  const computed = computeRegistry(registry, {asOf, tolerance, trendWindow, locale, urls});
  const shown = withoutConfidentialValues(registry, computed, options.showConfidential);
  // Objectives are judged on what is shown, so that an impact on a confidential KPI gives none of its values away.
  const objectives = computeObjectives(shown.registry, {asOf, tolerance, trendWindow, locale, urls});
  return {...shown, asOf, objectives, unredacted: {registry, computed}};
}

export default async function pluginKpi(context: LoadContext, options: PluginOptions): Promise<Plugin<LoadedKpis>> {
  const {siteDir, baseUrl, i18n, siteConfig} = context;
  const locale = i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale;
  const urls = {baseUrl, routeBasePath: options.routeBasePath};
  const registryDir = path.resolve(siteDir, options.path);
  // Found by allContentLoaded, written to the build output by postBuild.
  let pageLinks: PageLinks | undefined;
  // A file rewritten whenever the published definitions change: pages citing a KPI depend on it.
  let definitionsFile: string | undefined;

  const compute = (registry: Registry, asOf: string): LoadedKpis => computeShown(registry, {...options, asOf, locale, urls});

  return {
    name: PLUGIN_NAME,

    getThemePath: () => '../lib/theme',
    getTypeScriptThemePath: () => '../src/theme',

    getPathsToWatch: () => [path.join(registryDir, '**/*.{yml,yaml,json,csv,parquet,ndjson,jsonl}')],

    configureWebpack: (_config, isServer) =>
      webpackConfig({isServer, definitionsFile, dataDir: path.join(context.generatedFilesDir, PLUGIN_NAME)}),

    async loadContent() {
      const asOf = resolveAsOf(options, process.env, todayIso());
      const cache = SourceCache.inGeneratedFolder(context.generatedFilesDir, options.id);
      const sources = openNamedSources(options, siteDir, cache);
      try {
        const computed = computedOptions(options, asOf, cache, sources);
        const registry = await loadRegistry({siteDir, path: options.path, maxDataFileBytes: options.maxDataFileBytes, computed});
        return compute(registry, asOf);
      } finally {
        await sources?.close();
      }
    },

    getTranslationFiles: async ({content}) => getRegistryTranslationFiles(content.registry),

    getDefaultCodeTranslationMessages: () => readDefaultCodeTranslationMessages(i18n.currentLocale),

    translateContent: ({content, translationFiles}) =>
      compute(translateRegistry(content.unredacted.registry, translationFiles), content.asOf),

    // After translation, so pages footnote the definitions in their locale.
    // The pages depend on a file written only after publishing (not on the YAML
    // itself), so that `docusaurus start` recompiles them with the new definitions.
    async contentLoaded({content, actions}) {
      const definitions = content.computed.map(({kpi, card}) => ({
        id: kpi.id,
        title: kpi.title,
        permalink: card.permalink,
        definition: kpi.definition,
        footnotes: kpi.footnotes,
      }));
      publishDefinitions(options.id, siteDir, definitions.map(parseDefinition));
      definitionsFile = await actions.createData(DEFINITIONS_DATA_FILE_NAME, JSON.stringify(definitions));
    },

    // Pages are scanned here, once every content plugin has loaded, so that
    // references are checked and backlinks found before anything is bundled.
    async allContentLoaded({allContent, actions}) {
      const {registry, asOf, computed, objectives, unredacted} = allContent[PLUGIN_NAME]![options.id] as LoadedKpis;
      const scan = await scanPages(collectSourcePages(allContent, siteDir));
      reportChecksToBuild(runChecks({loaded: unredacted, scan, ...options, asOf}));
      const links = findPageLinks(scan.uses);
      pageLinks = links;

      await writeDataFiles(actions.createData, buildPageDataFiles(computed, objectives, scan.uses));
      const pages = buildAllRoutes({registry, computed, links, urls, asOf, locale, objectives});
      // Reports judge statuses on every value, then leave out what is confidential themselves.
      const reports = buildReportRoutes(quarterReports(unredacted.registry, asOf, options, {locale, urls, siteConfig}), urls);
      const modulePaths = new Map(await writeDataFiles(actions.createData, [...pages.dataFiles, ...reports.dataFiles]));
      for (const route of [...pages.routes, ...reports.routes])
        actions.addRoute({...route, modules: {data: modulePaths.get(route.modules.data)!}});
    },

    // `docusaurus kpi:check` and `kpi:report`: they load the data themselves, as loadContent never runs for them.
    extendCli(cli) {
      extendKpiCli(cli, context, options);
    },

    async postBuild({outDir, content}) {
      await writeBuildFiles({
        outDir,
        registry: content.registry,
        computed: content.computed,
        objectives: content.objectives,
        asOf: content.asOf,
        links: pageLinks!,
        siteUrl: siteConfig.url,
        baseUrl,
        trailingSlash: siteConfig.trailingSlash,
        routeBasePath: options.routeBasePath,
      });
    },
  };
}

/** The plugin's webpack rules, and on the client its chunk of page components. */
function webpackConfig({isServer, definitionsFile, dataDir}: {isServer: boolean; definitionsFile?: string; dataDir: string}) {
  // The compiled theme, as `getThemePath` names it (from lib/ at run time, from src/ in tests).
  const themeDir = path.resolve(__dirname, '../lib/theme');
  return {
    ...(!isServer && {optimization: componentChunkOptimization(themeDir)}),
    module: {
      rules: [
        registryDependencyRule(definitionsFile ? [definitionsFile] : []),
        translationDescriptionsRule(themeDir),
        dataModulesRule(dataDir),
      ],
    },
  };
}

/** The quarterly reports of the `reports` option, each computed as of its quarter's last day. */
function quarterReports(
  registry: Registry,
  asOf: string,
  options: PluginOptions,
  {locale, urls, siteConfig}: {locale: string; urls: PageUrls; siteConfig: LoadContext['siteConfig']},
): QuarterReport[] {
  const quarters = resolveReportQuarters(options.reports, asOf, registry.series);
  const clash = reportsAreaClash(registry.areas, quarters);
  if (clash) throw new KpiUserError([clash]);
  return quarters.map((quarter) =>
    computeQuarterReport(registry, quarter, {
      tolerance: options.tolerance,
      trendWindow: options.trendWindow,
      locale,
      urls,
      siteUrl: siteConfig.url,
      trailingSlash: siteConfig.trailingSlash,
      showConfidential: options.showConfidential,
    }),
  );
}

/**
 * Writes each data file with `createData`, giving back its name and the path of the module written.
 * As compact JSON: given an object, `createData` indents it, and webpack then reads, hashes and keeps
 * twice the bytes (the quarterly reports of a 400-KPI handbook are megabytes each).
 */
function writeDataFiles(createData: (name: string, data: string) => Promise<string>, files: readonly DataFile[]) {
  return Promise.all(files.map(async (file) => [file.name, await createData(file.name, JSON.stringify(file.data))] as const));
}
