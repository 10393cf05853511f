import logger from '@docusaurus/logger';
import {type QueryTimings, computedOptions} from '../data/computed/loadComputed';
import {loadRegistry} from '../data/loadRegistry';
import {openNamedSources} from '../data/sources/namedSources';
import {SourceCache} from '../data/sources/sourceCache';
import type {PluginOptions} from '../options';
import {KpiUserError} from '../shared/errors';

export interface RefreshInput {
  siteDir: string;
  generatedFilesDir: string;
  options: PluginOptions;
  asOf: string;
}

export interface RefreshResult {
  /** Per source (`embedded` for the engine): the queries run and how long they took. */
  timings: QueryTimings;
  /** Why the KPIs could not all be computed, when they could not. */
  error?: KpiUserError;
}

/**
 * Every `metric` and `query` run again on its source, none read from the
 * cache, each result written over the cached one; a source that is down
 * fails the refresh rather than falling back on its old result.
 */
export async function refreshSite({siteDir, generatedFilesDir, options, asOf}: RefreshInput): Promise<RefreshResult> {
  const cache = SourceCache.inGeneratedFolder(generatedFilesDir, options.id);
  const sources = openNamedSources({sources: options.sources, refresh: 'always', onSourceError: 'fail'}, siteDir, cache);
  const timings: QueryTimings = {};
  const computed = {...computedOptions(options, asOf, cache, sources), ignoreCache: true, timings};
  try {
    await loadRegistry({siteDir, path: options.path, maxDataFileBytes: options.maxDataFileBytes, computed});
    return {timings};
  } catch (error) {
    if (!(error instanceof KpiUserError)) throw error;
    return {timings, error};
  } finally {
    await sources?.close();
  }
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** "warehouse: 12 queries in 1.4 s", one line per source, and a total. */
export function printRefresh({timings, error}: RefreshResult, elapsedMs: number): void {
  const names = Object.keys(timings).sort((a, b) => (a === 'embedded' ? 1 : b === 'embedded' ? -1 : a.localeCompare(b)));
  for (const name of names) {
    const {queries, ms} = timings[name]!;
    const label = name === 'embedded' ? 'embedded engine' : `source ${name}`;
    logger.info(`${label}: ${queries} ${queries === 1 ? 'query' : 'queries'} in ${(ms / 1000).toFixed(2)} s`);
  }
  const total = names.reduce((sum, name) => sum + timings[name]!.queries, 0);
  if (error) {
    logger.error(error.message);
    return;
  }
  if (total === 0) logger.info('No KPI has a `metric` or `query`: nothing to refresh.');
  else logger.success(`Refreshed ${plural(total, 'cached result')} in ${(elapsedMs / 1000).toFixed(2)} s`);
}
