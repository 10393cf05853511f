// The warm-cache rebuild pair: a generated handbook in which the first KPIs are
// computed by metrics over a raw login log ("computed"), and the same handbook
// with those KPIs' series as the data files the metrics give ("files"), so that
// both build the same pages.
import {cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {join} from 'node:path';
import {AS_OF, prng} from './generate.mjs';

const require = createRequire(import.meta.url);

/** `rows` logins over two years up to asOf, from 300 hubs. */
function loginLog(rows) {
  const rng = prng(5);
  const start = Date.parse('2024-11-21T00:00:00Z');
  const span = Date.parse(`${AS_OF}T23:59:59Z`) - start;
  const lines = ['logged_in_at,hub_id,status'];
  for (let i = 0; i < rows; i++) {
    const at = new Date(start + Math.floor(rng.next() * span)).toISOString().slice(0, 19);
    lines.push(`${at},hub-${rng.int(0, 299)},${rng.chance(0.9) ? 'ok' : 'failed'}`);
  }
  return `${lines.join('\n')}\n`;
}

const METRICS = ['count_distinct(hub_id)', 'count(*)'];

/** Each `data: data/<id>.csv` line of the first `count` such KPIs replaced by a metric; their ids. */
function computeKpis(registryDir, count) {
  const ids = [];
  for (const file of readdirYaml(registryDir)) {
    const text = readFileSync(file, 'utf8');
    const rewritten = text.replace(/^ {4}data: data\/([\w-]+)\.csv$/gm, (line, id) => {
      if (ids.length >= count) return line;
      const measure = METRICS[ids.length % METRICS.length];
      ids.push(id);
      return [
        '    metric:',
        '      from: raw/logins.csv',
        '      time: logged_in_at',
        `      measure: ${measure}`,
        "      where: status = 'ok'",
      ].join('\n');
    });
    writeFileSync(file, rewritten);
  }
  return ids;
}

function readdirYaml(dir) {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yml') && name !== 'areas.yml')
    .sort()
    .map((name) => join(dir, name));
}

/**
 * Writes `root/computed` and `root/files` from the handbook at `handbookDir`,
 * `kpis` of its KPIs computed from a log of `rows` logins; returns their paths.
 */
export async function generateComputedPair(root, handbookDir, {kpis = 5, rows = 100_000} = {}) {
  rmSync(root, {recursive: true, force: true});
  const dirs = {computed: join(root, 'computed'), files: join(root, 'files')};
  for (const dir of Object.values(dirs))
    cpSync(handbookDir, dir, {recursive: true, filter: (src) => !/[/\\](build|\.docusaurus)$/.test(src)});
  mkdirSync(join(dirs.computed, 'kpis/raw'), {recursive: true});
  writeFileSync(join(dirs.computed, 'kpis/raw/logins.csv'), loginLog(rows));
  const ids = computeKpis(join(dirs.computed, 'kpis'), kpis);
  // The series the metrics give, as the other site's data files.
  const {loadRegistry} = require('../lib/data/loadRegistry.js');
  const registry = await loadRegistry({
    siteDir: dirs.computed,
    path: 'kpis',
    maxDataFileBytes: 1e7,
    computed: {asOf: AS_OF, maxRawFileBytes: 2 ** 31, queryTimeout: 600_000, engineMemoryLimit: '1GB'},
  });
  for (const id of ids) {
    const rows = registry.series[id].map(({date, value}) => `${date},${value}`);
    writeFileSync(join(dirs.files, 'kpis/data', `${id}.csv`), `date,value\n${rows.join('\n')}\n`);
  }
  return {dirs, computedKpis: ids.length, rows};
}
