// Computed-KPI bench: metric KPIs over a raw event log, through the plugin,
// against the same SQL run directly through @duckdb/node-api, in the same run.
//
//   node bench/computed.mjs ROWS REPS RESULT_FILE
//
// Writes an event log of ROWS rows as CSV and Parquet into a site folder, then
// times, REPS times and interleaved:
//   - one monthly count_distinct metric through the plugin's registry loader
//     (engine start, sandbox, the file located and checked, the query, the
//     points checked) and its compiled SQL through a fresh DuckDB instance;
//   - 100 metric KPIs of mixed measures, cadences and filters over the CSV
//     through the plugin, against that one direct query;
// and reports the peak memory of this process after each.
import {mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {prng} from './generate.mjs';
import {median, round, timeMs} from './lib/stats.mjs';

const require = createRequire(import.meta.url);
const {DuckDBInstance} = require('@duckdb/node-api');
const {loadRegistry} = require('../lib/data/loadRegistry.js');
const {compileMetric} = require('../lib/data/computed/metricSql.js');

const [rowsArg = '1000000', repsArg = '3', resultFile] = process.argv.slice(2);
const ROWS = Number(rowsArg);
const REPS = Number(repsArg);
const AS_OF = '2026-11-20';
const siteDir = join(dirname(fileURLToPath(import.meta.url)), '.sites', 'computed');
const log = (message) => console.log(`[bench:computed] ${message}`);
const peakRssMB = () => round(process.resourceUsage().maxRSS / 1024, 0);

const HEADLINE = {measure: 'count_distinct(hub_id)', time: 'logged_in_at', where: "status = 'ok'", window: 1, cumulative: false};
const MEASURES = [
  'count(*)',
  'count_distinct(user_id)',
  'count_distinct(hub_id)',
  'sum(duration_ms)',
  'avg(duration_ms)',
  'median(duration_ms)',
];
const CADENCES = ['daily', 'weekly', 'monthly', 'quarterly'];

/** Two years of logins up to asOf: 500 hubs in 200 communities, 50,000 users. */
function writeEventLog() {
  const rng = prng(11);
  const start = Date.parse('2024-11-21T00:00:00Z');
  const span = Date.parse(`${AS_OF}T23:59:59Z`) - start;
  const rows = ['logged_in_at,hub_id,community_id,user_id,status,duration_ms'];
  for (let i = 0; i < ROWS; i++) {
    const at = new Date(start + Math.floor(rng.next() * span)).toISOString().slice(0, 19).replace('T', ' ');
    const hub = rng.int(0, 499);
    rows.push(
      `${at},hub-${hub},community-${hub % 200},user-${rng.int(0, 49_999)},${rng.chance(0.9) ? 'ok' : 'failed'},${rng.int(20, 5000)}`,
    );
  }
  const raw = join(siteDir, 'kpis/raw');
  mkdirSync(raw, {recursive: true});
  writeFileSync(join(raw, 'logins.csv'), `${rows.join('\n')}\n`);
}

async function writeParquet() {
  const connection = await (await DuckDBInstance.create(':memory:')).connect();
  const raw = join(siteDir, 'kpis/raw');
  await connection.run(`COPY (SELECT * FROM read_csv('${raw}/logins.csv')) TO '${raw}/logins.parquet' (FORMAT parquet)`);
  connection.closeSync();
}

const metricLines = (metric, from) => [
  '    metric:',
  `      from: ${from}`,
  `      time: ${metric.time}`,
  `      measure: ${metric.measure}`,
  ...(metric.where ? [`      where: "${metric.where}"`] : []),
];

function kpiLines(id, cadence, metric, from) {
  return [`  - id: ${id}`, `    title: ${id}`, '    unit: count', `    cadence: ${cadence}`, ...metricLines(metric, from)];
}

/** The 100 KPIs: every measure at every cadence, most filtered to a community or to failed logins. */
function hundredKpis() {
  return Array.from({length: 100}, (_, i) => {
    const where = i % 3 === 0 ? undefined : i % 3 === 1 ? `community_id = 'community-${i}'` : "status = 'failed'";
    const metric = {measure: MEASURES[i % MEASURES.length], time: 'logged_in_at', where};
    return kpiLines(`metric-${i + 1}`, CADENCES[i % CADENCES.length], metric, 'raw/logins.csv');
  }).flat();
}

/** Rewrites the site's registry: one area whose KPIs are `kpiText` lines. */
function writeRegistry(kpiText) {
  const dir = join(siteDir, 'kpis');
  writeFileSync(join(dir, 'areas.yml'), '- id: operations\n  title: Operations\n');
  writeFileSync(join(dir, 'operations.yml'), `area: operations\nkpis:\n${kpiText.join('\n')}\n`);
}

/** The registry loaded as a build loads it, without a cache: every metric runs. */
async function pluginSeconds() {
  const {ms, result} = await timeMs(() =>
    loadRegistry({
      siteDir,
      path: 'kpis',
      maxDataFileBytes: 1e7,
      computed: {asOf: AS_OF, maxRawFileBytes: 2 ** 31, queryTimeout: 600_000, engineMemoryLimit: '2GB'},
    }),
  );
  return {seconds: ms / 1000, points: Object.values(result.series).reduce((sum, points) => sum + points.length, 0)};
}

async function directSeconds(sql) {
  const {ms, result} = await timeMs(async () => {
    const connection = await (await DuckDBInstance.create(':memory:')).connect();
    const rows = (await connection.runAndReadAll(sql)).getRowObjectsJS();
    connection.closeSync();
    return rows;
  });
  return {seconds: ms / 1000, points: result.length};
}

/** One metric over `file`: plugin and direct, REPS times interleaved, after a warm-up of each. */
async function single(file, reader) {
  writeRegistry(kpiLines('active-hubs', 'monthly', HEADLINE, `raw/${file}`));
  const sql = compileMetric(HEADLINE, {from: `${reader}('${join(siteDir, 'kpis/raw', file)}')`, cadence: 'monthly', asOf: AS_OF});
  await pluginSeconds();
  await directSeconds(sql);
  const samples = {plugin: [], direct: []};
  for (let rep = 0; rep < REPS; rep++) {
    samples.plugin.push((await pluginSeconds()).seconds);
    samples.direct.push((await directSeconds(sql)).seconds);
  }
  const pluginS = median(samples.plugin);
  const directS = median(samples.direct);
  log(`${file}: plugin ${round(pluginS, 3)} s, direct ${round(directS, 3)} s`);
  return {pluginS: round(pluginS, 3), directS: round(directS, 3), ratio: round(pluginS / directS, 3), samples, peakRssMB: peakRssMB()};
}

async function hundred(oneQueryS) {
  writeRegistry(hundredKpis());
  const samples = [];
  let points = 0;
  for (let rep = 0; rep < REPS; rep++) {
    const run = await pluginSeconds();
    samples.push(run.seconds);
    points = run.points;
  }
  const pluginS = median(samples);
  log(`100 metrics over the CSV: ${round(pluginS, 3)} s (${points} points), one direct query ${oneQueryS} s`);
  return {kpis: 100, points, pluginS: round(pluginS, 3), oneQueryS, ratio: round(pluginS / oneQueryS, 3), samples, peakRssMB: peakRssMB()};
}

async function main() {
  rmSync(siteDir, {recursive: true, force: true});
  const {ms: writeMs} = await timeMs(async () => {
    writeEventLog();
    await writeParquet();
  });
  log(`wrote ${ROWS} rows as CSV and Parquet in ${round(writeMs / 1000)} s`);
  const csv = await single('logins.csv', 'read_csv');
  const parquet = await single('logins.parquet', 'read_parquet');
  const many = await hundred(csv.directS);
  writeFileSync(resultFile, JSON.stringify({rows: ROWS, reps: REPS, csv, parquet, hundred: many}));
}

await main();
