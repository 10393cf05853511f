import {mkdtempSync, readFileSync, readdirSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, it, vi} from 'vitest';
import {DEFAULT_SOURCE_LIMITS, type SourceOptions} from '../../../src/options';
import {NamedSources, type NamedSourcesOptions} from '../../../src/data/sources/namedSources';
import {SourceCache} from '../../../src/data/sources/sourceCache';
import {KpiSourceError} from '../../../src/data/sources/sourceError';
import {type TestPostgres, postgresTestsSkipped, startPostgres} from '../../support/postgres';
import {seedHandbookTables} from '../../support/seedRows';

const fixtures = path.resolve(__dirname, '../../fixtures/sources');
const cacheDirs: string[] = [];
afterAll(() => cacheDirs.forEach((dir) => rmSync(dir, {recursive: true, force: true})));

function newCache(): {cache: SourceCache; dir: string} {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kpi-source-cache-'));
  cacheDirs.push(dir);
  return {cache: new SourceCache(dir), dir};
}

const opened: NamedSources[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((sources) => sources.close()));
  vi.restoreAllMocks();
});

function namedSources(sources: Record<string, Partial<SourceOptions>>, rest: Partial<NamedSourcesOptions> = {}): NamedSources {
  const withLimits = Object.fromEntries(
    Object.entries(sources).map(([name, source]) => [name, {...DEFAULT_SOURCE_LIMITS, connectTimeout: 2000, options: {}, ...source}]),
  ) as Record<string, SourceOptions>;
  const created = new NamedSources({
    sources: withLimits,
    siteDir: fixtures,
    cache: newCache().cache,
    refresh: 'always',
    onSourceError: 'fail',
    ...rest,
  });
  opened.push(created);
  return created;
}

async function failure(run: Promise<unknown>): Promise<KpiSourceError> {
  const error = await run.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(KpiSourceError);
  return error as KpiSourceError;
}

describe('a source module of the site', () => {
  const rows = [{date: '2024-01-31', value: 3}];

  it('answers queries through the interface, its options given as written', async () => {
    const options = {rows, calls: [] as string[]};
    const sources = namedSources({lake: {type: 'module', module: './fixed-rows-source.cjs', options}});
    expect(await sources.query('lake', 'select 1')).toMatchObject({rows, stale: false});
    expect(options.calls).toEqual(['select 1']);
    await sources.close();
    expect(options).toMatchObject({closed: true});
  });

  it('is bounded by its own limits even when it ignores them', async () => {
    const slow = namedSources({
      lake: {type: 'module', module: './fixed-rows-source.cjs', statementTimeout: 50, options: {behaviour: 'hang'}},
    });
    expect((await failure(slow.query('lake', 'select 1'))).message).toBe(
      'the query ran longer than 0.05 s (option statementTimeout of source lake)',
    );
    const many = namedSources({lake: {type: 'module', module: './fixed-rows-source.cjs', maxRows: 1, options: {rows: [{}, {}]}}});
    expect((await failure(many.query('lake', 'select 1'))).message).toBe(
      'the query returned more than 1 rows (option maxRows of source lake)',
    );
    const notRows = namedSources({lake: {type: 'module', module: './fixed-rows-source.cjs', options: {behaviour: 'not-rows'}}});
    expect((await failure(notRows.query('lake', 'select 1'))).message).toBe('source lake: query() returned no array of rows');
  });

  it('says what is wrong with a module that cannot serve', async () => {
    const cases: [string, RegExp][] = [
      ['./missing.mjs', /^source lake: could not load module \.\/missing\.mjs: /],
      ['./no-factory.mjs', /^source lake: module \.\/no-factory\.mjs exports no source factory$/],
      ['./no-close-source.mjs', /^source lake: the source from module \.\/no-close-source\.mjs has no close\(\) method$/],
    ];
    for (const [module, message] of cases) {
      const error = await failure(namedSources({lake: {type: 'module', module}}).query('lake', 'select 1'));
      expect(error.failure).toBe('setup');
      expect(error.message).toMatch(message);
    }
  });

  it('has its errors redacted of the credentials in its options', async () => {
    const sources = namedSources({
      lake: {type: 'module', module: './fixed-rows-source.cjs', options: {behaviour: 'throw', token: 'tok-9f8e7d6c'}},
    });
    const error = await failure(sources.query('lake', 'select 1'));
    expect(error).toMatchObject({failure: 'query', message: 'source lake: bad query for token [redacted]'});
  });
});

describe('the source cache', () => {
  it('is reused under refresh: cached, keyed by the source name and the query', async () => {
    const calls: string[] = [];
    const {cache} = newCache();
    const lake = {type: 'module' as const, module: './fixed-rows-source.cjs', options: {rows: [{value: 1}], calls}};
    const sources = {lake, other: lake};
    await namedSources(sources, {cache}).query('lake', 'select 1');
    const cached = namedSources(sources, {cache, refresh: 'cached'});
    expect(await cached.query('lake', 'select 1')).toMatchObject({rows: [{value: 1}], stale: false});
    expect(calls).toHaveLength(1);
    await cached.query('lake', 'select 2');
    await cached.query('other', 'select 1');
    expect(calls).toEqual(['select 1', 'select 2', 'select 1']);
    await namedSources(sources, {cache, refresh: 'always'}).query('lake', 'select 1');
    expect(calls).toHaveLength(4);
  });
});

describe.skipIf(postgresTestsSkipped)('named sources against a real server', () => {
  let db: TestPostgres;
  beforeAll(async () => {
    db = await startPostgres({seed: seedHandbookTables});
  });
  afterAll(() => db?.stop());

  const sql = 'select count(*) as value from contracts where renewed';

  it('run a postgres source and cache its result without credentials', async () => {
    const {cache, dir} = newCache();
    const sources = namedSources({warehouse: {type: 'postgres', connectionString: db.reader.url}}, {cache});
    const result = await sources.query('warehouse', sql);
    expect(result.rows).toEqual([{value: expect.any(Number)}]);
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    const text = readFileSync(path.join(dir, files[0]!), 'utf8');
    expect(JSON.parse(text)).toEqual({source: 'warehouse', sql, queriedAt: result.queriedAt, rows: result.rows});
    expect(text).not.toContain(db.reader.password);
    expect(text).not.toContain(String(db.port));
  });

  it('with the source down, fail unless onSourceError is cached, then use the last result and say so', async () => {
    const down = await startPostgres({seed: seedHandbookTables});
    const {cache} = newCache();
    const source = {warehouse: {type: 'postgres' as const, connectionString: down.reader.url}};
    const first = await namedSources(source, {cache}).query('warehouse', sql);
    down.stop();
    const refused = `could not connect to source warehouse at 127.0.0.1:${down.port}: connection refused`;
    expect((await failure(namedSources(source, {cache}).query('warehouse', sql))).message).toBe(refused);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const fallback = await namedSources(source, {cache, onSourceError: 'cached'}).query('warehouse', sql);
    expect(fallback).toEqual({rows: first.rows, queriedAt: first.queriedAt, stale: true});
    const warned = warn.mock.calls.flat().join('\n');
    expect(warned).toContain(refused);
    expect(warned).toContain(`last successful query, from ${first.queriedAt}`);
    expect(warned).not.toContain(down.reader.password);
    // Nothing cached for this query: the error stands.
    expect((await failure(namedSources(source, {cache, onSourceError: 'cached'}).query('warehouse', 'select 2 as value'))).message).toBe(
      refused,
    );
  });

  it('never fall back to the cache for an error in the query itself', async () => {
    const {cache} = newCache();
    const source = {warehouse: {type: 'postgres' as const, connectionString: db.reader.url}};
    const broken = 'select count(*) as value from contracts where renewd';
    await cache.write({source: 'warehouse', sql: broken, queriedAt: '2026-01-01T00:00:00.000Z', rows: [{value: 1}]});
    const error = await failure(namedSources(source, {cache, onSourceError: 'cached'}).query('warehouse', broken));
    expect(error).toMatchObject({failure: 'query', message: 'source warehouse: column "renewd" does not exist'});
  });

  it('serve a module source that queries the server itself', async () => {
    const calls: string[] = [];
    const sources = namedSources({lake: {type: 'module', module: './pg-client-source.mjs', options: {url: db.reader.url, calls}}});
    expect((await sources.query('lake', sql)).rows).toEqual([{value: expect.any(String)}]);
    const closed = namedSources(
      {lake: {type: 'module', module: './pg-client-source.mjs', options: {url: db.reader.url.replace(`:${db.port}/`, ':1/')}}},
      {onSourceError: 'cached'},
    );
    const error = await failure(closed.query('lake', sql));
    expect(error.failure).toBe('unavailable');
    expect(error.message).toMatch(
      /^source lake: cannot reach lake: connect ECONNREFUSED 127\.0\.0\.1:1 \(postgresql:\/\/kpi_reader:\[redacted\]@/,
    );
    expect(error.message).not.toContain(db.reader.password);
  });
});
