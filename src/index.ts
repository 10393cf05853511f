import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import logger from '@docusaurus/logger';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {type ComputedKpi, type PageLinks, computeRegistry, indexPermalink, toIndexData, toPageData} from './content';
import {todayIso} from './compute/dates';
import {loadRegistry} from './data/loadRegistry';
import {KpiUserError, formatProblem} from './errors';
import {DEFINITIONS_DATA_FILE_NAME, INDEX_DATA_FILE_NAME, PLUGIN_NAME, kpiDataFileName, kpiReferenceDataFileName} from './generatedModules';
import {type PluginOptions, resolveAsOf} from './options';
import {findBacklinks, findBrokenReferences, findHomePages} from './references';
import {reportLints, runLints} from './lints';
import {extendKpiCli} from './cli';
import {buildRoutes} from './routes';
import {scanPages} from './scan';
import {collectSourcePages} from './sources';
import {missingKpiCard, toKpiReferenceData} from './compute/cardData';
import {toKpisJson} from './exportJson';
import {seriesToCsv} from './compute/seriesCsv';
import {getRegistryTranslationFiles, readDefaultCodeTranslationMessages, translateRegistry} from './translations';
import {publishDefinitions} from './remark/definitions';
import {registryDependencyRule} from './webpack/registryDependencies';
import {translationDescriptionsRule} from './webpack/translationDescriptions';
import {componentChunkOptimization} from './webpack/componentChunk';
import type {KpiCardData, Registry} from './types';

export {default as remarkKpi} from './remark';
export type {RemarkKpiOptions} from './remark';
export {validateOptions} from './options';
export type {Options, PluginOptions} from './options';
export {getSwizzleConfig} from './swizzle';
export * from './types';

/** `kpis.json` for the default route base: `<outDir>/<routeBasePath>.json`, one per plugin instance. */
function kpisJsonPath(outDir: string, routeBasePath: string): string {
  return path.join(outDir, `${routeBasePath.replace(/^\/+|\/+$/g, '') || 'kpis'}.json`);
}

export interface LoadedKpis {
  registry: Registry;
  asOf: string;
  computed: ComputedKpi[];
}

export default async function pluginKpi(context: LoadContext, options: PluginOptions): Promise<Plugin<LoadedKpis>> {
  const {siteDir, baseUrl, i18n} = context;
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

  return {
    name: PLUGIN_NAME,

    getThemePath: () => '../lib/theme',
    getTypeScriptThemePath: () => '../src/theme',

    getPathsToWatch: () => [path.join(registryDir, '**/*.{yml,yaml,json,csv}')],

    configureWebpack(_config, isServer) {
      // The compiled theme, as `getThemePath` names it (from lib/ at run time, from src/ in tests).
      const themeDir = path.resolve(__dirname, '../lib/theme');
      return {
        ...(!isServer && {optimization: componentChunkOptimization(themeDir)}),
        module: {
          rules: [registryDependencyRule(definitionsFile ? [definitionsFile] : []), translationDescriptionsRule(themeDir)],
        },
      };
    },

    async loadContent() {
      const registry = await loadRegistry({siteDir, path: options.path, maxDataFileBytes: options.maxDataFileBytes});
      return compute(registry, resolveAsOf(options, process.env, todayIso()));
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
      publishDefinitions(options.id, siteDir, definitions);
      definitionsFile = await actions.createData(DEFINITIONS_DATA_FILE_NAME, definitions);
    },

    // Pages are scanned here, once every content plugin has loaded, so that
    // references are checked and backlinks found before anything is bundled.
    async allContentLoaded({allContent, actions}) {
      const {registry, asOf, computed} = allContent[PLUGIN_NAME]![options.id] as LoadedKpis;
      const scan = await scanPages(collectSourcePages(allContent, siteDir));
      if (scan.problems.length > 0) throw new KpiUserError(scan.problems, 'Malformed KPI directives');
      reportBrokenReferences(findBrokenReferences(scan.uses, registry), options.onBrokenKpiReferences);
      reportLints(runLints(registry, computed, scan.uses, {lints: options.lints, maxKpisPerArea: options.maxKpisPerArea, asOf}));

      const homes = findHomePages(scan.uses);
      const links = {homes, backlinks: findBacklinks(scan.uses, homes)};
      pageLinks = links;
      const writeCard = (card: KpiCardData) =>
        Promise.all([
          actions.createData(kpiDataFileName(card.id), card),
          actions.createData(kpiReferenceDataFileName(card.id), toKpiReferenceData(card)),
        ]);
      await Promise.all(computed.map(({card}) => writeCard(card)));
      // Unknown ids still get a module, so a build that only warns can compile the page.
      const knownIds = new Set(computed.map(({kpi}) => kpi.id));
      const unknownIds = new Set(scan.uses.filter((use) => use.kind !== 'index' && !knownIds.has(use.target!)).map((use) => use.target!));
      await Promise.all([...unknownIds].map((id) => writeCard(missingKpiCard(id))));

      const indexData = toIndexData(registry, computed, links, urls, asOf);
      const index = await actions.createData(INDEX_DATA_FILE_NAME, indexData);
      const areas = await Promise.all(
        indexData.areas.map(async (area) => ({
          id: area.id,
          permalink: area.permalink,
          modulePath: await actions.createData(`area/${area.id}.json`, {
            area,
            cards: computed.filter(({kpi}) => kpi.area === area.id).map(({card}) => card),
          }),
        })),
      );
      const kpis = await Promise.all(
        computed.map(async (entry) => ({
          id: entry.kpi.id,
          permalink: entry.card.permalink,
          modulePath: await actions.createData(`page/${entry.kpi.id}.json`, toPageData(entry, computed, registry, links, urls, locale)),
        })),
      );
      for (const route of buildRoutes(indexPermalink(urls), {index, areas, kpis})) actions.addRoute(route);
    },

    // `docusaurus kpi:check` and `kpi:report`: they load the data themselves, as loadContent never runs for them.
    extendCli(cli) {
      extendKpiCli(cli, context, options);
    },

    async postBuild({outDir, content}) {
      const {registry, asOf, computed} = content;
      const kpisJson = toKpisJson(registry, computed, pageLinks!, {
        asOf,
        siteUrl: context.siteConfig.url,
        baseUrl,
        trailingSlash: context.siteConfig.trailingSlash,
      });
      const file = kpisJsonPath(outDir, options.routeBasePath);
      await mkdir(path.dirname(file), {recursive: true});
      await writeFile(file, `${JSON.stringify(kpisJson, null, 2)}\n`);
      // The series downloads the KPI pages link to: `<KPI page>.csv`.
      await Promise.all(
        computed
          .filter(({kpi}) => (registry.series[kpi.id] ?? []).length > 0)
          .map(async ({kpi, card}) => {
            const csv = path.join(outDir, `${card.permalink.slice(baseUrl.length)}.csv`);
            await mkdir(path.dirname(csv), {recursive: true});
            await writeFile(csv, seriesToCsv(registry.series[kpi.id]!));
          }),
      );
    },
  };
}

function reportBrokenReferences(problems: ReturnType<typeof findBrokenReferences>, severity: PluginOptions['onBrokenKpiReferences']): void {
  if (problems.length === 0 || severity === 'ignore') return;
  if (severity === 'throw') {
    throw new KpiUserError(problems, 'Broken KPI references (set `onBrokenKpiReferences` to "warn" to build anyway)');
  }
  logger.warn(`Broken KPI references:\n\n${problems.map(formatProblem).join('\n\n')}`);
}
