// Named-source bench: ten metric KPIs (compiled by the plugin to the PostgreSQL dialect) over a 1,000,000-row table, through
// the plugin's postgres source, against the same SQL through `psql`, in the same run.
//
//   node bench/postgres.mjs ROWS REPS RESULT_FILE
//
// Starts a throwaway cluster (scripts/throwaway-postgres.cjs), fills `events`
// with generate_series, then times, REPS times and interleaved: `psql -f` running
// the ten statements in one session, and the plugin's named source running the
// same ten (one at a time, as psql does, and at its default concurrency of 4).
import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {median, round, timeMs} from './lib/stats.mjs';
import {metricSql} from './postgresMetrics.mjs';

const require = createRequire(import.meta.url);
const {findPostgresBin, startPostgres} = require('../scripts/throwaway-postgres.cjs');
const {NamedSources} = require('../lib/data/sources/namedSources.js');
const {SourceCache} = require('../lib/data/sources/sourceCache.js');

const [rowsArg = '1000000', repsArg = '5', resultFile] = process.argv.slice(2);
const ROWS = Number(rowsArg);
const REPS = Number(repsArg);
const log = (message) => console.log(`[bench:postgres] ${message}`);

async function seed(db) {
  // Two years of logins, one every 63 s, from 500 hubs and 20,000 users.
  await db.sql(`create table events as
    select i as id, 'hub-' || (i::bigint * 7919 % 500) as hub_id, (i::bigint * 104729 % 20000)::int as user_id,
      case when i % 7 = 0 then 'failed' else 'ok' end as status,
      timestamptz '2023-01-01 00:00:00+00' + i * interval '63 seconds' as logged_in_at,
      (i::bigint * 37 % 5000)::int as duration_ms
    from generate_series(1, ${ROWS}) as i`);
  await db.sql('analyze events');
}

function psqlSeconds(bin, url, file) {
  const started = performance.now();
  execFileSync(join(bin, 'psql'), ['-X', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-f', file, '-o', '/dev/null', url], {
    stdio: 'inherit',
  });
  return (performance.now() - started) / 1000;
}

async function pluginSeconds(url, queries, maxConcurrency, cacheDir) {
  const sources = new NamedSources({
    sources: {
      warehouse: {
        type: 'postgres',
        connectionString: url,
        connectTimeout: 10_000,
        statementTimeout: 600_000,
        maxRows: 100_000,
        maxConcurrency,
      },
    },
    siteDir: process.cwd(),
    cache: new SourceCache(cacheDir),
    refresh: 'always',
    onSourceError: 'fail',
  });
  const {ms, result} = await timeMs(async () => {
    const run = (sql) => sources.query('warehouse', sql);
    const results = maxConcurrency === 1 ? [] : await Promise.all(queries.map(run));
    if (maxConcurrency === 1) for (const sql of queries) results.push(await run(sql));
    await sources.close();
    return results;
  });
  return {seconds: ms / 1000, points: result.reduce((sum, {rows}) => sum + rows.length, 0)};
}

async function main() {
  const bin = findPostgresBin();
  if (!bin) {
    log('skipped: PostgreSQL is not installed');
    writeFileSync(resultFile, JSON.stringify({skipped: 'PostgreSQL not installed'}));
    return;
  }
  const db = await startPostgres({timeZone: 'UTC'});
  const work = mkdtempSync(join(tmpdir(), 'kpi-bench-pg-'));
  try {
    let {ms: seedMs} = await timeMs(() => seed(db));
    log(`seeded ${ROWS} rows in ${round(seedMs / 1000)} s`);
    const queries = metricSql('events');
    const file = join(work, 'queries.sql');
    writeFileSync(file, queries.map((sql) => `${sql};\n`).join(''));
    const samples = {psql: [], serial: [], parallel: []};
    let points = 0;
    // One warm-up of each, not counted: the table's pages in the server's cache for all.
    psqlSeconds(bin, db.reader.url, file);
    await pluginSeconds(db.reader.url, queries, 1, join(work, 'cache'));
    for (let rep = 0; rep < REPS; rep++) {
      samples.psql.push(psqlSeconds(bin, db.reader.url, file));
      const serial = await pluginSeconds(db.reader.url, queries, 1, join(work, 'cache'));
      samples.serial.push(serial.seconds);
      samples.parallel.push((await pluginSeconds(db.reader.url, queries, 4, join(work, 'cache'))).seconds);
      points = serial.points;
      log(
        `rep ${rep + 1}: psql ${round(samples.psql.at(-1))} s, plugin ${round(serial.seconds)} s (parallel ${round(samples.parallel.at(-1))} s)`,
      );
    }
    const psqlS = median(samples.psql);
    const result = {
      rows: ROWS,
      kpis: queries.length,
      points,
      reps: REPS,
      seedS: round(seedMs / 1000),
      psqlS: round(psqlS, 3),
      pluginS: round(median(samples.serial), 3),
      pluginParallelS: round(median(samples.parallel), 3),
      ratio: round(median(samples.serial) / psqlS, 3),
      parallelRatio: round(median(samples.parallel) / psqlS, 3),
      samples,
    };
    writeFileSync(resultFile, JSON.stringify(result));
    log(`plugin ${result.pluginS} s vs psql ${result.psqlS} s: ${result.ratio}× (parallel ${result.parallelRatio}×)`);
  } finally {
    db.stop();
    rmSync(work, {recursive: true, force: true});
  }
}

await main();
