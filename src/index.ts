import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {loadRegistry} from './data/loadRegistry';
import {getRegistryTranslationFiles, readDefaultCodeTranslationMessages, translateRegistry} from './data/translations';
import {todayIso} from './compute/dates';
import {parseDefinition} from './compute/definitions/parse';
import type {PageLinks} from './compute/pageData';
import {type ComputedKpi, computeRegistry} from './compute/registry';
import {findPageLinks} from './checks/references';
import {reportChecksToBuild, runChecks} from './checks/runChecks';
import {scanPages} from './checks/scan';
import {collectSourcePages} from './checks/sitePages';
import {publishDefinitions} from './remark/definitionStore';
import {writeBuildFiles} from './output/buildFiles';
import {extendKpiCli} from './cli';
import {type PluginOptions, resolveAsOf} from './options';
import {openNamedSources} from './data/sources/namedSources';
import {SourceCache} from './data/sources/sourceCache';
import {type DataFile, buildAllRoutes, buildCardDataFiles} from './routes';
import {DEFINITIONS_DATA_FILE_NAME, PLUGIN_NAME} from './shared/generatedModules';
import {componentChunkOptimization} from './webpack/componentChunk';
import {registryDependencyRule} from './webpack/registryDependencies';
import {translationDescriptionsRule} from './webpack/translationDescriptions';
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

export interface LoadedKpis {
  registry: Registry;
  asOf: string;
  computed: ComputedKpi[];
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

  const compute = (registry: Registry, asOf: string): LoadedKpis => ({
    registry,
    asOf,
    computed: computeRegistry(registry, {asOf, tolerance: options.tolerance, trendWindow: options.trendWindow, locale, urls}),
  });
  const writeDataFiles = (createData: (name: string, data: object) => Promise<string>, files: readonly DataFile[]) =>
    Promise.all(files.map(async (file) => [file.name, await createData(file.name, file.data)] as const));

  return {
    name: PLUGIN_NAME,

    getThemePath: () => '../lib/theme',
    getTypeScriptThemePath: () => '../src/theme',

    getPathsToWatch: () => [path.join(registryDir, '**/*.{yml,yaml,json,csv,parquet,ndjson,jsonl}')],

    configureWebpack(_config, isServer) {
      // The compiled theme, as `getThemePath` names it (from lib/ at run time, from src/ in tests).
      const themeDir = path.resolve(__dirname, '../lib/theme');
      return {
        ...(!isServer && {optimization: componentChunkOptimization(themeDir)}),
        module: {rules: [registryDependencyRule(definitionsFile ? [definitionsFile] : []), translationDescriptionsRule(themeDir)]},
      };
    },

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

    translateContent: ({content, translationFiles}) => compute(translateRegistry(content.registry, translationFiles), content.asOf),

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
      definitionsFile = await actions.createData(DEFINITIONS_DATA_FILE_NAME, definitions);
    },

    // Pages are scanned here, once every content plugin has loaded, so that
    // references are checked and backlinks found before anything is bundled.
    async allContentLoaded({allContent, actions}) {
      const {registry, asOf, computed} = allContent[PLUGIN_NAME]![options.id] as LoadedKpis;
      const scan = await scanPages(collectSourcePages(allContent, siteDir));
      reportChecksToBuild(runChecks({loaded: {registry, computed}, scan, ...options, asOf}));
      const links = findPageLinks(scan.uses);
      pageLinks = links;

      const cited = scan.uses.flatMap((use) => (use.kind !== 'index' && use.target ? [use.target] : []));
      await writeDataFiles(actions.createData, buildCardDataFiles(computed, cited));
      const {dataFiles, routes} = buildAllRoutes({registry, computed, links, urls, asOf, locale});
      const modulePaths = new Map(await writeDataFiles(actions.createData, dataFiles));
      for (const route of routes) actions.addRoute({...route, modules: {data: modulePaths.get(route.modules.data)!}});
    },

    // `docusaurus kpi:check` and `kpi:report`: they load the data themselves, as loadContent never runs for them.
    extendCli(cli) {
      extendKpiCli(cli, context, options);
    },

    async postBuild({outDir, content}) {
      await writeBuildFiles({
        outDir,
        ...content,
        links: pageLinks!,
        siteUrl: siteConfig.url,
        baseUrl,
        trailingSlash: siteConfig.trailingSlash,
        routeBasePath: options.routeBasePath,
      });
    },
  };
}
