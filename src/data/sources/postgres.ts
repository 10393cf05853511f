import type {Pool, PoolClient, QueryConfig, QueryResult} from 'pg';
import type {PostgresSourceOptions} from '../../options';
import {loadPg} from './loadDriver';
import {findSecrets} from '../../shared/redact';
import {type ErrorContext, connectionError, queryError} from './postgresErrors';
import {checkReadingStatement} from './readOnlySql';
import {KpiSourceError} from './sourceError';
import {postgresDialect} from '../computed/sqlDialect';

export interface QueryLimits {
  /** Longest the query may run, in milliseconds. */
  timeoutMs: number;
  /** Most rows it may return. */
  maxRows: number;
}

export type SourceRow = Record<string, unknown>;

// The author's SQL goes on lines of its own, so a comment on its last line cannot swallow the wrapper.
const WRAP_BEFORE = 'select * from (\n';
const wrapAfter = (maxRows: number) => `\n) as kpi_result limit ${maxRows + 1}`;

/** Type ids of the values KPIs read, parsed to what a series expects (pg's defaults give local-time Dates and strings). */
const TYPE_PARSERS: Record<number, (text: string) => unknown> = {
  20: Number, // int8: counts
  1700: Number, // numeric: sums and averages
  1082: (text) => text, // date: `YYYY-MM-DD` as is, no time zone
  1114: (text) => `${text.replace(' ', 'T')}Z`, // timestamp: read as UTC
  1184: (text) => new Date(text).toISOString(), // timestamptz: in UTC
};

/**
 * A PostgreSQL server as a named source. Every query runs on a pooled
 * connection (at most `maxConcurrency` at once) in a read-only transaction
 * with a statement timeout, in UTC, as one statement (the extended protocol
 * refuses several), with at most `maxRows` rows.
 */
export class PostgresSource {
  readonly name: string;
  /** `date_trunc`, and `generate_series` for the zero fill. */
  readonly dialect = postgresDialect;
  private readonly pool: Pool;
  private readonly errorContext: ErrorContext;
  private readonly connectTimeout: number;

  constructor(name: string, options: PostgresSourceOptions, siteDir: string) {
    const pg = loadPg(name, siteDir);
    this.name = name;
    const types = {getTypeParser: (oid: number, format?: string) => TYPE_PARSERS[oid] ?? pg.types.getTypeParser(oid, format as 'text')};
    const config = {
      connectionString: options.connectionString,
      ...(options.ssl !== undefined && {ssl: options.ssl}),
      max: options.maxConcurrency,
      connectionTimeoutMillis: options.connectTimeout,
      application_name: 'docusaurus-plugin-kpi',
      types,
    };
    // A client that never connects: it reads host and port the way pg will (connection string, PG* variables, defaults).
    const probe = new pg.Client(config);
    this.errorContext = {source: name, address: {host: probe.host, port: probe.port}, secrets: findSecrets(options)};
    this.connectTimeout = options.connectTimeout;
    this.pool = new pg.Pool(config);
    // An idle connection dropped by the server must not crash the build; the next query reports it.
    this.pool.on('error', () => {});
  }

  async query(sql: string, limits: QueryLimits): Promise<SourceRow[]> {
    checkReadingStatement(this.name, sql);
    const client = await this.connect();
    let reusable = false;
    try {
      await client.query('begin read only');
      await client.query(`set local statement_timeout = ${Math.floor(limits.timeoutMs)}`);
      await client.query(`set local time zone 'UTC'`);
      const result = await this.run(client, sql, limits);
      await client.query('rollback');
      reusable = true;
      if (result.rows.length > limits.maxRows) throw this.tooManyRows(limits.maxRows);
      return result.rows;
    } finally {
      // A connection left inside a failed transaction is closed, not given back to the pool.
      client.release(!reusable);
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  private tooManyRows(maxRows: number): KpiSourceError {
    return new KpiSourceError(this.name, 'limit', `the query returned more than ${maxRows} rows (option maxRows of source ${this.name})`, {
      hint: 'aggregate in the SQL (group by a period) rather than returning raw rows',
    });
  }

  private async connect(): Promise<PoolClient> {
    try {
      return await this.pool.connect();
    } catch (error) {
      throw connectionError(this.errorContext, error, this.connectTimeout);
    }
  }

  private async run(client: PoolClient, sql: string, limits: QueryLimits): Promise<QueryResult<SourceRow>> {
    const body = sql.replace(/[\s;]+$/, '');
    try {
      // One statement only: the extended protocol refuses `select 1; commit; delete …`.
      const query = {text: `${WRAP_BEFORE}${body}${wrapAfter(limits.maxRows)}`, queryMode: 'extended'} as QueryConfig;
      return await client.query<SourceRow>(query);
    } catch (error) {
      throw queryError({...this.errorContext, sql: body, offset: WRAP_BEFORE.length, timeoutMs: limits.timeoutMs}, error);
    }
  }
}
