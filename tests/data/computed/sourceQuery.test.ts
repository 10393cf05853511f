import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {loadRegistry} from '../../../src/data/loadRegistry';
import {NamedSources} from '../../../src/data/sources/namedSources';
import {SourceCache} from '../../../src/data/sources/sourceCache';
import {DEFAULT_SOURCE_LIMITS} from '../../../src/options';
import {KpiUserError} from '../../../src/shared/errors';
import {type TestPostgres, postgresTestsSkipped, startPostgres} from '../../support/postgres';
import {seedHandbookTables} from '../../support/seedRows';
import {AREAS_YML, lines, writeSite} from '../tempSite';

describe.skipIf(postgresTestsSkipped)('a query with source: on a real PostgreSQL server', () => {
  let db: TestPostgres;
  beforeAll(async () => {
    db = await startPostgres({seed: seedHandbookTables});
  });
  afterAll(() => db?.stop());

  async function load(sourceName: string) {
    const siteDir = await writeSite({
      'kpis/areas.yml': AREAS_YML,
      'kpis/operations.yml': lines(
        'area: operations',
        'kpis:',
        '  - id: events-per-month',
        '    title: Events per month',
        '    query:',
        `      source: ${sourceName}`,
        '      sql: |',
        "        select to_char(date_trunc('month', logged_in_at), 'YYYY-MM-DD') as date, count(*)::int as value",
        '        from events group by 1 order by 1',
      ),
    });
    const cache = new SourceCache(`${siteDir}/.cache`);
    const sources = new NamedSources({
      sources: {warehouse: {type: 'postgres', connectionString: db.reader.url, connectTimeout: 5000, ...DEFAULT_SOURCE_LIMITS}},
      siteDir,
      cache,
      refresh: 'always',
      onSourceError: 'fail',
    });
    try {
      return await loadRegistry({
        siteDir,
        path: 'kpis',
        maxDataFileBytes: 1e6,
        computed: {asOf: '2027-01-01', maxRawFileBytes: 1e6, queryTimeout: 10_000, engineMemoryLimit: '256MB', cache, sources},
      });
    } finally {
      await sources.close();
    }
  }

  it('gives the series of the rows the source returns, and says where it came from', async () => {
    const registry = await load('warehouse');
    const series = registry.series['events-per-month']!;
    expect(series.length).toBeGreaterThan(1);
    expect(series.every((point) => typeof point.value === 'number' && point.value > 0)).toBe(true);
    expect(registry.computations!['events-per-month']).toMatchObject({kind: 'query', source: 'warehouse', files: []});
  });

  it('names an unknown source with a did-you-mean, at the query', async () => {
    const error = await load('warehous').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(KpiUserError);
    expect((error as KpiUserError).problems[0]).toMatchObject({
      file: 'kpis/operations.yml',
      message: 'there is no source named warehous',
      hint: 'did you mean "warehouse"?',
    });
  });
});
