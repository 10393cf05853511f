import {type AddressInfo, type Socket, createServer} from 'node:net';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {DEFAULT_SOURCE_LIMITS, type PostgresSourceOptions} from '../../../src/options';
import {PostgresSource} from '../../../src/data/sources/postgres';
import {KpiSourceError} from '../../../src/data/sources/sourceError';
import {type TestPostgres, postgresTestsSkipped, startPostgres} from '../../support/postgres';
import {seedHandbookTables} from '../../support/seedRows';

const limits = {timeoutMs: 10_000, maxRows: 1000};

/** A host that takes connections and never answers, as behind a firewall that drops packets. */
async function withSilentServer(use: (port: number) => Promise<void>): Promise<void> {
  const sockets: Socket[] = [];
  const server = createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await use((server.address() as AddressInfo).port);
  } finally {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  }
}

describe.skipIf(postgresTestsSkipped)('a postgres source', () => {
  let db: TestPostgres;
  const sources: PostgresSource[] = [];
  beforeAll(async () => {
    db = await startPostgres({seed: seedHandbookTables, tls: true});
  });
  afterAll(async () => {
    await Promise.all(sources.map((source) => source.close()));
    db?.stop();
  });

  function source(options: Partial<PostgresSourceOptions> = {}, name = 'warehouse'): PostgresSource {
    const created = new PostgresSource(
      name,
      {type: 'postgres', connectionString: db.reader.url, connectTimeout: 5000, ...DEFAULT_SOURCE_LIMITS, ...options},
      process.cwd(),
    );
    sources.push(created);
    return created;
  }

  /** The error a query fails with; it must never hold a password. */
  async function failure(from: PostgresSource, sql: string, queryLimits = limits): Promise<KpiSourceError> {
    const error = await from.query(sql, queryLimits).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(KpiSourceError);
    const text = `${(error as Error).message} ${(error as KpiSourceError).hint ?? ''} ${(error as Error).stack}`;
    for (const secret of [db.reader.password, db.owner.password]) expect(text).not.toContain(secret);
    return error as KpiSourceError;
  }

  it('reads rows as a series needs them: numbers, dates as written, timestamps in UTC', async () => {
    const rows = await source().query(
      `select date '2024-01-31' as date, count(*) as value, sum(value) as total,
         timestamptz '2024-01-31 23:30:00+00' as at, current_setting('TimeZone') as zone
       from contracts`,
      limits,
    );
    expect(rows).toEqual([{date: '2024-01-31', value: 400, total: expect.any(Number), at: '2024-01-31T23:30:00.000Z', zone: 'UTC'}]);
  });

  it('groups timestamps by UTC periods although the server runs in another zone', async () => {
    const rows = await source().query(`select date_trunc('day', logged_in_at)::date::text as day from events where id = 1`, limits);
    expect(rows).toEqual([{day: '2024-01-07'}]);
  });

  it.each([
    ['delete', 'delete from contracts'],
    ['insert', `insert into contracts values (999, 'x', '2024-01-01', '2025-01-01', true, 1)`],
    ['create', '-- a comment first\ncreate table stolen as select * from contracts'],
    ['update', 'update contracts set value = 0'],
  ])('refuses a statement that is not a query: %s', async (word, sql) => {
    const error = await failure(source({connectionString: db.owner.url}), sql);
    expect(error).toMatchObject({failure: 'query', message: `source warehouse is read-only: a KPI query must be a select, not ${word}`});
    expect(error.position).toEqual(word === 'create' ? {line: 2, column: 1} : {line: 1, column: 1});
  });

  it.each([
    ['delete', 'plpgsql_delete()', /cannot execute DELETE in a read-only transaction/],
    ['insert', 'plpgsql_insert()', /cannot execute INSERT in a read-only transaction/],
    ['create', 'plpgsql_create()', /cannot execute CREATE TABLE in a read-only transaction/],
    ['a sequence', "nextval('kpi_sequence')", /cannot execute nextval\(\) in a read-only transaction/],
  ])('runs in a read-only transaction: a select that would %s fails, even as the tables owner', async (_, call, refusal) => {
    await db.sql(`create or replace function plpgsql_delete() returns int language plpgsql as $$ begin delete from contracts; return 1; end $$;
      create or replace function plpgsql_insert() returns int language plpgsql as $$
        begin insert into contracts values (999, 'x', '2024-01-01', '2025-01-01', true, 1); return 1; end $$;
      create or replace function plpgsql_create() returns int language plpgsql as $$ begin create table stolen (x int); return 1; end $$;
      create sequence if not exists kpi_sequence`);
    const error = await failure(source({connectionString: db.owner.url}), `select ${call} as value`);
    expect(error.failure).toBe('query');
    expect(error.message).toMatch(/^source warehouse is read-only: /);
    expect(error.message).toMatch(refusal);
    expect(await db.sql(`select count(*)::int as n, to_regclass('stolen') is null as no_table from contracts`)).toEqual([
      {n: 400, no_table: true},
    ]);
  });

  it('runs one statement only: a commit smuggled in cannot end the read-only transaction', async () => {
    const owner = source({connectionString: db.owner.url});
    const error = await failure(owner, `select 1) as x; commit; delete from contracts; select * from (select 1`);
    expect(error.failure).toBe('query');
    const nested = await failure(owner, 'with gone as (delete from contracts returning *) select count(*) from gone');
    expect(nested.message).toMatch(/data-modifying statement must be at the top level/);
    const readWrite = await failure(owner, `select set_config('transaction_read_only', 'off', true)`);
    expect(readWrite.message).toMatch(/read-write mode must be set before any query/);
    expect(await db.sql('select count(*)::int as n from contracts')).toEqual([{n: 400}]);
  });

  it('stops a query at the statement timeout', async () => {
    const error = await failure(source(), 'select pg_sleep(5)', {timeoutMs: 300, maxRows: 10});
    expect(error.failure).toBe('limit');
    expect(error.message).toBe('the query ran longer than 0.3 s (option statementTimeout of source warehouse)');
  });

  it('refuses more rows than maxRows', async () => {
    expect(await source().query('select generate_series(1, 10) as n;', {timeoutMs: 5000, maxRows: 10})).toHaveLength(10);
    const error = await failure(source(), 'select generate_series(1, 11) as n', {timeoutMs: 5000, maxRows: 10});
    expect(error.message).toBe('the query returned more than 10 rows (option maxRows of source warehouse)');
  });

  it('places an SQL error in the SQL text, with the server hint', async () => {
    const sql = "select hub_id,\n  count(*) as value\nfrom events\nwhere statuss = 'ok'\ngroup by 1";
    const error = await failure(source(), sql);
    expect(error).toMatchObject({
      failure: 'query',
      message: 'source warehouse: column "statuss" does not exist',
      position: {line: 4, column: 7},
    });
    expect(error.hint).toMatch(/events\.status/);
    const syntax = await failure(source(), 'select count(*) as value\nfrom events\nwher 1 = 1');
    expect(syntax).toMatchObject({message: 'source warehouse: syntax error at or near "1"', position: {line: 3, column: 6}});
  });

  it('says which source failed to connect and why, without credentials', async () => {
    const wrongPassword = db.reader.url.replace(db.reader.password, 'not-the-password');
    const bad = await failure(source({connectionString: wrongPassword}), 'select 1');
    expect(bad).toMatchObject({failure: 'unavailable'});
    expect(bad.message).toBe(
      `could not connect to source warehouse at 127.0.0.1:${db.port}: password authentication failed for user "kpi_reader"`,
    );
    expect(bad.message).not.toContain('not-the-password');
    const closedPort = db.reader.url.replace(`:${db.port}/`, ':1/');
    const refused = await failure(source({connectionString: closedPort}), 'select 1');
    expect(refused.message).toBe('could not connect to source warehouse at 127.0.0.1:1: connection refused');
    await withSilentServer(async (port) => {
      const silent = db.reader.url.replace(`:${db.port}/`, `:${port}/`);
      const unanswered = await failure(source({connectionString: silent, connectTimeout: 500}), 'select 1');
      expect(unanswered.message).toBe(
        `could not connect to source warehouse at 127.0.0.1:${port}: no answer within 0.5 s (option connectTimeout)`,
      );
    });
    const unknownHost = await failure(source({connectionString: db.reader.url.replace('127.0.0.1', 'warehouse.invalid')}), 'select 1');
    expect(unknownHost.message).toMatch(
      /^could not connect to source warehouse at warehouse\.invalid:\d+: (host not found|host name lookup failed)$/,
    );
  });

  it('passes TLS options to the driver', async () => {
    const verified = source({ssl: {ca: db.certificate, servername: '127.0.0.1'}});
    expect(await verified.query('select ssl from pg_stat_ssl where pid = pg_backend_pid()', limits)).toEqual([{ssl: true}]);
    const untrusted = await failure(source({ssl: true}), 'select 1');
    expect(untrusted.message).toMatch(/^could not connect to source warehouse at 127\.0\.0\.1:\d+: self[- ]signed certificate/);
    const plain = await source().query('select ssl from pg_stat_ssl where pid = pg_backend_pid()', limits);
    expect(plain).toEqual([{ssl: false}]);
  });

  it('runs at most maxConcurrency queries at once, and that many in parallel', async () => {
    const limited = source({maxConcurrency: 2}, 'limited');
    const sql = `select (select count(*) from pg_stat_activity
      where application_name = 'docusaurus-plugin-kpi' and state = 'active' and usename = 'kpi_reader') as running,
      pg_sleep(0.3) as slept`;
    const results = await Promise.all(Array.from({length: 6}, () => limited.query(sql, limits)));
    expect(Math.max(...results.map(([row]) => row!.running as number))).toBe(2);
  });
});
