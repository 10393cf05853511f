import {createRequire} from 'node:module';
import path from 'node:path';
import {KpiUserError} from '../../shared/errors';
import type {QueryLimits, SourceRow} from './postgres';

/** The embedded engine's package, pinned: its `-r.N` versions are prereleases that a caret range does not match. */
export const EMBEDDED_ENGINE_PACKAGE = '@duckdb/node-api';
export const EMBEDDED_ENGINE_VERSION = '1.5.6-r.1';

type EngineModule = typeof import('@duckdb/node-api');
type Connection = Awaited<ReturnType<Awaited<ReturnType<EngineModule['DuckDBInstance']['create']>>['connect']>>;

export interface EmbeddedEngineOptions {
  /** The site folder: the only files the engine may read. */
  siteDir: string;
  /** Where relative paths in SQL resolve. */
  registryDir: string;
  /** DuckDB's `memory_limit`, like `1GB`. */
  memoryLimit: string;
  /** Where to look for the package: the site first, then this plugin. */
  resolveFrom?: string[];
}

/**
 * The embedded engine: an in-memory DuckDB that reads files of the site folder
 * only, reaches no network and loads no extension. The sandbox is set, then
 * locked, before any query of the site runs.
 */
export class EmbeddedEngine {
  private connection: Promise<Connection> | undefined;

  constructor(private readonly options: EmbeddedEngineOptions) {}

  /** The engine's version, for cache keys: from its package's manifest, so that a build whose results are all cached never loads the engine. */
  async version(): Promise<string> {
    return requireFromSite<{version: string}>(this.options, `${EMBEDDED_ENGINE_PACKAGE}/package.json`).version;
  }

  async query(sql: string, {timeoutMs}: Pick<QueryLimits, 'timeoutMs'>): Promise<SourceRow[]> {
    const connection = await (this.connection ??= this.open());
    const timer = setTimeout(() => connection.interrupt(), timeoutMs);
    try {
      const reader = await connection.runAndReadAll(sql);
      return reader.getRowObjectsJS() as SourceRow[];
    } catch (error) {
      const message = (error as Error).message;
      throw new EngineError(/INTERRUPT/i.test(message) ? `the query ran longer than ${timeoutMs / 1000} s (option queryTimeout)` : message);
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    const connection = await this.connection;
    this.connection = undefined;
    connection?.closeSync();
  }

  private async open(): Promise<Connection> {
    const {DuckDBInstance} = requireFromSite<EngineModule>(this.options, EMBEDDED_ENGINE_PACKAGE);
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;
    const site = path.resolve(this.options.siteDir) + path.sep;
    for (const statement of [
      `SET allowed_directories=[${literal(site)}]`,
      `SET file_search_path=${literal(this.options.registryDir)}`,
      "SET TimeZone='UTC'",
      `SET memory_limit=${literal(this.options.memoryLimit)}`,
      'SET autoinstall_known_extensions=false',
      'SET autoload_known_extensions=false',
      'SET enable_external_access=false',
      'SET lock_configuration=true',
    ]) {
      await connection.run(statement);
    }
    return connection;
  }
}

/** An error the engine reported about a query: its message, to position and explain. */
export class EngineError extends Error {}

/** `request` (the engine package or a file of it), from the site first, then this plugin. */
function requireFromSite<T>({siteDir, resolveFrom = [siteDir, __dirname]}: EmbeddedEngineOptions, request: string): T {
  for (const from of resolveFrom) {
    try {
      return createRequire(path.join(from, 'noop.js'))(request) as T;
    } catch {
      // Try the next folder.
    }
  }
  throw new KpiUserError(
    [
      {
        file: 'package.json',
        message: `KPIs with \`metric\` or \`query\` need the package ${EMBEDDED_ENGINE_PACKAGE}, which is not installed`,
        expected: `${EMBEDDED_ENGINE_PACKAGE}@${EMBEDDED_ENGINE_VERSION} among the site's dependencies`,
        hint: `npm install --save-exact ${EMBEDDED_ENGINE_PACKAGE}@${EMBEDDED_ENGINE_VERSION}`,
      },
    ],
    'docusaurus-plugin-kpi cannot compute KPIs from raw data',
  );
}
