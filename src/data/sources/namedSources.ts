import logger from '@docusaurus/logger';
import type {SourceOptions} from '../../options';
import type {RefreshMode, SourceErrorMode} from '../../shared/vocabulary';
import type {SqlDialect} from '../computed/sqlDialect';
import type {KpiSource} from './kpiSource';
import {concurrencyLimiter, withTimeout} from './limiter';
import {loadModuleSource} from './moduleSource';
import {PostgresSource, type QueryLimits, type SourceRow} from './postgres';
import {type CachedResult, type SourceCache, plainRow} from './sourceCache';
import {KpiSourceError} from './sourceError';

export interface SourceResult {
  rows: SourceRow[];
  /** ISO timestamp of the query that produced the rows. */
  queriedAt: string;
  /** The source failed and the last successful result stands in (`onSourceError: 'cached'`). */
  stale: boolean;
}

export interface NamedSourcesOptions {
  sources: Record<string, SourceOptions>;
  siteDir: string;
  cache: SourceCache;
  refresh: RefreshMode;
  onSourceError: SourceErrorMode;
}

// A module source that ignores its time limit is cut off a little after it, to leave it room to report.
const MODULE_TIMEOUT_GRACE_MS = 1000;

/**
 * The site's named sources, each opened the first time a query uses it (so
 * `pg` is only loaded for a build that queries a postgres source), each with
 * its own concurrency bound, limits and cache policy.
 */
export class NamedSources {
  private readonly opened = new Map<string, Promise<KpiSource>>();
  private readonly limiters = new Map<string, ReturnType<typeof concurrencyLimiter>>();

  constructor(private readonly options: NamedSourcesOptions) {}

  names(): string[] {
    return Object.keys(this.options.sources);
  }

  /** The source, opened once; rejects with a `KpiSourceError` when it cannot be set up. */
  open(name: string): Promise<KpiSource> {
    let source = this.opened.get(name);
    if (!source) {
      const config = this.options.sources[name];
      if (!config) return Promise.reject(new KpiSourceError(name, 'setup', `there is no source named ${name}`));
      source =
        config.type === 'postgres'
          ? Promise.resolve().then(() => new PostgresSource(name, config, this.options.siteDir))
          : loadModuleSource(name, config, this.options.siteDir);
      this.opened.set(name, source);
      this.limiters.set(name, concurrencyLimiter(config.maxConcurrency));
    }
    return source;
  }

  /** The source's SQL dialect (a module source is opened to read it); undefined when it has none. */
  async dialect(name: string): Promise<SqlDialect | undefined> {
    return (await this.open(name)).dialect;
  }

  /** Runs `sql` on source `name`, or reuses a cached result as `refresh` and `onSourceError` allow. */
  async query(name: string, sql: string): Promise<SourceResult> {
    const {cache, refresh, onSourceError} = this.options;
    const cached = refresh === 'cached' || onSourceError === 'cached' ? await cache.read(name, sql) : undefined;
    if (cached && refresh === 'cached') return {rows: cached.rows, queriedAt: cached.queriedAt, stale: false};
    try {
      const rows = (await this.run(name, sql)).map(plainRow);
      const entry: CachedResult = {source: name, sql, queriedAt: new Date().toISOString(), rows};
      await cache.write(entry);
      return {rows, queriedAt: entry.queriedAt, stale: false};
    } catch (error) {
      if (!(error instanceof KpiSourceError) || error.failure !== 'unavailable' || !cached) throw error;
      logger.warn(`${error.message}\nUsing the result of the last successful query, from ${cached.queriedAt} (onSourceError: 'cached').`);
      return {rows: cached.rows, queriedAt: cached.queriedAt, stale: true};
    }
  }

  private async run(name: string, sql: string): Promise<SourceRow[]> {
    const source = await this.open(name);
    const config = this.options.sources[name]!;
    const limits = {timeoutMs: config.statementTimeout, maxRows: config.maxRows};
    return this.limiters.get(name)!(async () => {
      if (config.type === 'postgres') return source.query(sql, limits);
      // A module's own limits are trusted no further than this.
      const rows = await withTimeout(source.query(sql, limits), limits.timeoutMs + MODULE_TIMEOUT_GRACE_MS, () => tooSlow(name, limits));
      if (!Array.isArray(rows)) throw new KpiSourceError(name, 'setup', `source ${name}: query() returned no array of rows`);
      if (rows.length > limits.maxRows) {
        throw new KpiSourceError(name, 'limit', `the query returned more than ${limits.maxRows} rows (option maxRows of source ${name})`);
      }
      return rows;
    });
  }

  /** Closes every source opened; errors closing one do not keep the others open. */
  async close(): Promise<void> {
    const sources = await Promise.allSettled(this.opened.values());
    this.opened.clear();
    await Promise.allSettled(sources.map((source) => (source.status === 'fulfilled' ? source.value.close() : undefined)));
  }
}

const tooSlow = (name: string, limits: QueryLimits) =>
  new KpiSourceError(name, 'limit', `the query ran longer than ${limits.timeoutMs / 1000} s (option statementTimeout of source ${name})`);

/**
 * The site's named sources, or undefined when it has none. Production builds
 * query them afresh unless `refresh` says otherwise; `docusaurus start` and
 * the commands reuse cached results by default.
 */
export function openNamedSources(
  {sources, refresh, onSourceError}: {sources: Record<string, SourceOptions>; refresh?: RefreshMode; onSourceError: SourceErrorMode},
  siteDir: string,
  cache: SourceCache,
): NamedSources | undefined {
  if (Object.keys(sources).length === 0) return undefined;
  const mode = refresh ?? (process.env.NODE_ENV === 'production' ? 'always' : 'cached');
  return new NamedSources({sources, siteDir, cache, refresh: mode, onSourceError});
}
