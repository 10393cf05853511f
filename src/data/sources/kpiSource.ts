import type {SqlDialect} from '../computed/sqlDialect';
import type {QueryLimits, SourceRow} from './postgres';

export type {QueryLimits, SourceRow} from './postgres';
export type {SqlDialect} from '../computed/sqlDialect';

/**
 * A named source, as a source module's factory returns it (and as the
 * built-in PostgreSQL source implements it).
 */
export interface KpiSource {
  /**
   * Runs one SELECT and resolves to its rows, as plain objects keyed by column
   * name. It must give up after `limits.timeoutMs` and return at most
   * `limits.maxRows` rows (the build cuts it off a little after, either way).
   * To say the source is down (so that `onSourceError: 'cached'` may use the
   * last result), reject with an error whose `failure` is `'unavailable'`.
   */
  query(sql: string, limits: QueryLimits): Promise<SourceRow[]>;
  /** Releases connections; called once, at the end of the build or command. */
  close(): Promise<void>;
  /**
   * How the source writes SQL, for the metric compiler: a `metric` with this
   * `source:` compiles to it. A source without one takes `query` only.
   */
  dialect?: SqlDialect;
}
