// The data pipeline: load, validate and compute a registry (1,000 KPIs with
// N points each, CSV), against a bare parse of the same files with the same
// CSV parser, interleaved (bare, plugin, bare, plugin, …), medians.
//   node bench/data.mjs <dataDir> <reps> <resultFile>
//   node bench/data.mjs --memory <bare|plugin> <dataDir> <resultFile>
//
// plugin: loadRegistry (find and read the YAML registry, validate every KPI,
//   read, parse and check every series file) + computeRegistry (values,
//   status, trend, sparkline and card of every KPI), from the built package.
// bare: read every series file and parse it with csv-parse/sync, records as
//   arrays, skipping the header line (the cheapest call that reads all of
//   these files: `relax_column_count` because rows may leave out their note).
// naive (reported, not a budget): the same without skipping the header, which
//   makes csv-parse build an error object for every row without a note.
import {readFile, readdir} from 'node:fs/promises';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {performance} from 'node:perf_hooks';
import {parse} from 'csv-parse/sync';
import {loadRegistry} from '../lib/data/loadRegistry.js';
import {computeRegistry} from '../lib/compute/registry.js';
import {AS_OF} from './generate.mjs';
import {median} from './lib/stats.mjs';

const COMPUTE_OPTIONS = {asOf: AS_OF, tolerance: 0.05, trendWindow: 6, locale: 'en', urls: {baseUrl: '/', routeBasePath: 'kpis'}};

async function seriesFiles(dir) {
  const dataDir = join(dir, 'kpis/data');
  return (await readdir(dataDir))
    .filter((name) => name.endsWith('.csv'))
    .sort()
    .map((name) => join(dataDir, name));
}

async function bare(files, options = {relax_column_count: true, from_line: 2}) {
  let points = 0;
  await Promise.all(
    files.map(async (file) => {
      const records = parse(await readFile(file, 'utf8'), options);
      points += records.length;
    }),
  );
  return points;
}

async function plugin(dir) {
  const start = performance.now();
  const registry = await loadRegistry({siteDir: dir, path: 'kpis', maxDataFileBytes: 5 * 1024 * 1024});
  const loaded = performance.now();
  const computed = computeRegistry(registry, COMPUTE_OPTIONS);
  const end = performance.now();
  const points = Object.values(registry.series).reduce((sum, series) => sum + series.length, 0);
  return {loadMs: loaded - start, computeMs: end - loaded, points, kpis: computed.length};
}

const args = process.argv.slice(2);
if (args[0] === '--memory') {
  const [, mode, dir, resultFile] = args;
  const files = await seriesFiles(dir);
  const start = performance.now();
  let kept;
  if (mode === 'bare') kept = await bare(files);
  else kept = await plugin(dir);
  writeFileSync(
    resultFile,
    JSON.stringify({mode, ms: performance.now() - start, maxRssMB: process.resourceUsage().maxRSS / 1024, kept: Boolean(kept)}),
  );
  process.exit(0);
}

const [dir, repsArg, resultFile] = args;
const reps = Number(repsArg);
const files = await seriesFiles(dir);
// Warm-up: file cache, JIT, the registry's modules.
const expected = await bare(files);
const warm = await plugin(dir);
if (warm.points !== expected) throw new Error(`the plugin read ${warm.points} points, the bare parse ${expected}`);

const samples = {bare: [], load: [], compute: [], total: []};
for (let rep = 0; rep < reps; rep++) {
  let start = performance.now();
  await bare(files);
  samples.bare.push(performance.now() - start);
  globalThis.gc?.();
  const run = await plugin(dir);
  samples.load.push(run.loadMs);
  samples.compute.push(run.computeMs);
  samples.total.push(run.loadMs + run.computeMs);
  globalThis.gc?.();
}
// The csv-parse pathology the plugin works around, on a tenth of the files.
const some = files.slice(0, Math.max(1, Math.floor(files.length / 10)));
let start = performance.now();
await bare(some, {relax_column_count: true});
const naiveTenthMs = performance.now() - start;
start = performance.now();
await bare(some);
const bareTenthMs = performance.now() - start;

writeFileSync(
  resultFile,
  JSON.stringify({
    kpis: warm.kpis,
    points: expected,
    reps,
    bareMs: median(samples.bare),
    loadMs: median(samples.load),
    computeMs: median(samples.compute),
    totalMs: median(samples.total),
    ratio: median(samples.total.map((total, i) => total / samples.bare[i])),
    loadRatio: median(samples.load.map((load, i) => load / samples.bare[i])),
    naiveOverBare: naiveTenthMs / bareTenthMs,
    samples,
  }),
);
process.exit(0);
