import {
  type ThrowawayPostgres,
  findPostgresBin,
  startPostgres as startCluster,
  type StartOptions,
} from '../../scripts/throwaway-postgres.cjs';

export type {Credentials} from '../../scripts/throwaway-postgres.cjs';
export type TestPostgres = ThrowawayPostgres;

/**
 * Whether the PostgreSQL tests run here. They are skipped (with a message) only
 * when the server is not installed and `CI` is unset; under CI a missing server
 * fails them, as `startPostgres` throws.
 */
export const postgresTestsSkipped = !findPostgresBin() && !process.env.CI;
if (postgresTestsSkipped) {
  console.warn(
    'PostgreSQL tests skipped: no initdb/pg_ctl under /usr/lib/postgresql/*/bin (install the `postgresql` package, ' +
      'or set KPI_PG_BIN). Under CI=true they fail instead.',
  );
}

/**
 * A throwaway cluster for one test file (stop it in afterAll; it is stopped
 * anyway when the worker exits): roles `kpi_owner` and `kpi_reader` with
 * passwords, database `handbook`, in a server time zone far from UTC.
 */
export function startPostgres(options?: StartOptions): Promise<TestPostgres> {
  if (!findPostgresBin() && process.env.CI) {
    throw new Error('PostgreSQL is required under CI: install the `postgresql` package (initdb and pg_ctl not found)');
  }
  return startCluster(options);
}
