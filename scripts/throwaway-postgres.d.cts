/** A throwaway PostgreSQL cluster: see throwaway-postgres.cjs. */
export interface Credentials {
  user: string;
  password: string;
  /** `postgresql://user:password@127.0.0.1:port/handbook` */
  url: string;
}

export interface ThrowawayPostgres {
  host: string;
  port: number;
  database: string;
  /** Owns the database and its tables, and may write them. */
  owner: Credentials;
  /** May only read the tables the owner creates. */
  reader: Credentials;
  /** Runs SQL as the owner, in UTC. */
  sql(text: string, values?: unknown[]): Promise<Record<string, unknown>[]>;
  /** The server's log. */
  logFile: string;
  /** With `tls`: the server's self-signed certificate (PEM), for 127.0.0.1. */
  certificate?: string;
  /** Stops the server and removes its folder; safe to call twice. */
  stop(): void;
}

export interface StartOptions {
  /** Fills the database once it is up. */
  seed?: (db: ThrowawayPostgres) => Promise<void>;
  /** Serve TLS too, with a self-signed certificate. */
  tls?: boolean;
  /** The server's time zone (default Pacific/Auckland, far from UTC on purpose). */
  timeZone?: string;
}

/** The folder of `initdb` and `pg_ctl` (`KPI_PG_BIN`, else the newest under /usr/lib/postgresql), or undefined. */
export function findPostgresBin(): string | undefined;

export function startPostgres(options?: StartOptions): Promise<ThrowawayPostgres>;
