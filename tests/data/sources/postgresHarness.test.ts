import pg from 'pg';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {type TestPostgres, postgresTestsSkipped, startPostgres} from '../../support/postgres';
import {eventRows, seedHandbookTables} from '../../support/seedRows';

describe.skipIf(postgresTestsSkipped)('the throwaway PostgreSQL of the tests', () => {
  let db: TestPostgres;
  beforeAll(async () => {
    db = await startPostgres({seed: seedHandbookTables});
  });
  afterAll(() => db?.stop());

  async function asReader(sql: string): Promise<Record<string, unknown>[]> {
    const client = new pg.Client({connectionString: db.reader.url});
    await client.connect();
    try {
      return (await client.query(sql)).rows;
    } finally {
      await client.end();
    }
  }

  it('holds the seeded rows, their timestamps read as UTC', async () => {
    const rows = eventRows();
    const first = rows.map((row) => row.logged_in_at).sort()[0];
    const [found] = await db.sql(
      `select count(*)::int as n, to_char(min(logged_in_at) at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS') as first from events`,
    );
    expect(found).toEqual({n: rows.length, first});
  });

  it('runs in a time zone other than UTC, so a source must set its own', async () => {
    expect(await asReader('show timezone')).toEqual([{TimeZone: 'Pacific/Auckland'}]);
  });

  it('lets the reader read but not write, and refuses a wrong password', async () => {
    expect(await asReader('select count(*)::int as n from contracts')).toEqual([{n: 400}]);
    await expect(asReader('delete from contracts')).rejects.toThrow(/permission denied/);
    const wrong = db.reader.url.replace(db.reader.password, 'wrong');
    await expect(new pg.Client({connectionString: wrong}).connect()).rejects.toThrow(/password authentication failed/);
  });
});

describe.skipIf(postgresTestsSkipped)('stopping the throwaway PostgreSQL', () => {
  it('shuts the server down and frees its port', async () => {
    const db = await startPostgres();
    db.stop();
    await expect(new pg.Client({connectionString: db.reader.url, connectionTimeoutMillis: 2000}).connect()).rejects.toThrow(/ECONNREFUSED/);
  });
});
