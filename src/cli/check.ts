import type {DocusaurusConfig} from '@docusaurus/types';
import {KpiUserError} from '../shared/errors';
import {loadRegistry} from '../data/loadRegistry';
import {type ComputedKpi, computeRegistry} from '../compute/registry';
import {runChecks} from '../checks/runChecks';
import {readSitePages} from '../checks/sitePages';
import {scanText} from '../checks/scan';
import type {PluginOptions} from '../options';
import {openNamedSources} from '../data/sources/namedSources';
import {SourceCache} from '../data/sources/sourceCache';
import type {Registry} from '../types';
import type {CheckReport} from './checkReport';
import {computedOptions} from '../data/computed/loadComputed';

export interface CheckInput {
  siteDir: string;
  generatedFilesDir: string;
  siteConfig: Pick<DocusaurusConfig, 'presets' | 'plugins'>;
  options: PluginOptions;
  asOf: string;
  locale: string;
  baseUrl: string;
}

/** The registry, or the error that lists the problems keeping it from loading. */
export async function loadRegistryOrError(
  {siteDir, generatedFilesDir}: {siteDir: string; generatedFilesDir: string},
  options: PluginOptions,
  asOf: string,
): Promise<{registry: Registry; error?: undefined} | {registry?: undefined; error: KpiUserError}> {
  // Through the build's cache: a query that has not changed is not run again.
  const cache = SourceCache.inGeneratedFolder(generatedFilesDir, options.id);
  const sources = openNamedSources(options, siteDir, cache);
  const computed = computedOptions(options, asOf, cache, sources);
  try {
    return {registry: await loadRegistry({siteDir, path: options.path, maxDataFileBytes: options.maxDataFileBytes, computed})};
  } catch (error) {
    if (!(error instanceof KpiUserError)) throw error;
    return {error};
  } finally {
    await sources?.close();
  }
}

export function computeAt(
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
 * Every check a build makes, and the lints, without building: the pages are
 * found on disk, since no content plugin lists them.
 */
export async function checkSite(input: CheckInput): Promise<CheckReport> {
  const {siteDir, options} = input;
  const {registry, error} = await loadRegistryOrError(input, options, input.asOf);
  const pages = await readSitePages(siteDir, input.siteConfig);
  const scans = pages.map(({page, text}) => scanText(page, text));
  const scan = {uses: scans.flatMap((one) => one.uses), problems: scans.flatMap((one) => one.problems)};
  const results = runChecks({
    ...(registry && {loaded: {registry, computed: computeAt(registry, options, input)}}),
    ...(error && {registryProblems: error.problems}),
    scan,
    onBrokenKpiReferences: options.onBrokenKpiReferences,
    lints: options.lints,
    maxKpisPerArea: options.maxKpisPerArea,
    asOf: input.asOf,
  });
  return {results, ...(registry && {registry}), pages: pages.map(({page}) => page), uses: scan.uses};
}
