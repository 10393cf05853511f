import {createRequire} from 'node:module';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import type {ModuleSourceOptions} from '../../options';
import {findSecrets, redact} from '../../shared/redact';
import {REQUIRED_DIALECT_FUNCTIONS} from '../computed/sqlDialect';
import type {KpiSource} from './kpiSource';
import {KpiSourceError, type SourceFailure} from './sourceError';

/** What a site's source module's factory is given. */
export interface SourceModuleContext {
  /** The source's name in the `sources` option. */
  name: string;
  /** The source's `options`, as written in the site config. */
  options: Record<string, unknown>;
  siteDir: string;
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET']);

/** A path (`./…`, `../…`, absolute) is relative to the site folder; anything else is a package the site installed. */
function resolveModule(specifier: string, siteDir: string): string {
  if (specifier.startsWith('.') || path.isAbsolute(specifier)) return path.resolve(siteDir, specifier);
  return createRequire(path.join(siteDir, 'package.json')).resolve(specifier);
}

type Factory = (context: SourceModuleContext) => KpiSource | Promise<KpiSource>;

/** The factory: the default export, or `createSource`, also as a CommonJS `module.exports`. */
function findFactory(loaded: Record<string, unknown>): Factory | undefined {
  const candidates = [loaded.default, loaded.createSource, (loaded.default as Record<string, unknown> | undefined)?.createSource];
  return candidates.find((candidate): candidate is Factory => typeof candidate === 'function');
}

/** Loads `type: 'module'`: the site's own module whose factory returns a `KpiSource`. */
export async function loadModuleSource(name: string, options: ModuleSourceOptions, siteDir: string): Promise<KpiSource> {
  const setupError = (message: string, hint?: string) =>
    new KpiSourceError(name, 'setup', `source ${name}: ${message}`, hint ? {hint} : {});
  let loaded: Record<string, unknown>;
  try {
    loaded = (await import(pathToFileURL(resolveModule(options.module, siteDir)).href)) as Record<string, unknown>;
  } catch (error) {
    throw setupError(`could not load module ${options.module}: ${(error as Error).message}`, 'a path is relative to the site folder');
  }
  const factory = findFactory(loaded);
  if (!factory) throw setupError(`module ${options.module} exports no source factory`, 'export default a function returning the source');
  const source = await factory({name, options: options.options, siteDir});
  const missing = (['query', 'close'] as const).filter((method) => typeof source?.[method] !== 'function');
  if (missing.length > 0) {
    throw setupError(
      `the source from module ${options.module} has no ${missing.join('() or ')}() method`,
      'see "Writing a source module" in the README',
    );
  }
  const dialect = source.dialect as unknown as Record<string, unknown> | undefined;
  const lacking = dialect === undefined ? [] : REQUIRED_DIALECT_FUNCTIONS.filter((key) => typeof dialect?.[key] !== 'function');
  if (lacking.length > 0) {
    throw setupError(
      `the dialect of the source from module ${options.module} has no ${lacking.join('(), ')}() function`,
      'see "The SQL dialect" in the README, or leave `dialect` out to take queries only',
    );
  }
  return withModuleErrors(name, source, findSecrets(options));
}

/**
 * A module's errors as source errors, free of its credentials: a module says
 * a source is down with `failure: 'unavailable'` (or a network error code).
 */
function withModuleErrors(name: string, source: KpiSource, secrets: string[]): KpiSource {
  return {
    ...(source.dialect && {dialect: source.dialect}),
    query: async (sql, limits) => {
      try {
        return await source.query(sql, limits);
      } catch (error) {
        if (error instanceof KpiSourceError) throw error;
        const {failure, code, message} = (error ?? {}) as {failure?: SourceFailure; code?: string; message?: string};
        const kind: SourceFailure = failure ?? (code && NETWORK_CODES.has(code) ? 'unavailable' : 'query');
        throw new KpiSourceError(name, kind, `source ${name}: ${redact(message ?? String(error), secrets)}`);
      }
    },
    close: () => source.close(),
  };
}
