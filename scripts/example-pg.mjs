// `npm run example:pg`: the example handbook with one KPI computed from a
// PostgreSQL table instead of a raw file. Optional: the quick start needs no
// database. It starts a throwaway local cluster (scripts/throwaway-postgres.cjs,
// PostgreSQL's server binaries required), copies the hub login log
// (example-site/kpis/raw/logins.csv) into a `logins` table, writes
// example-site/kpis-pg/ (the registry, with `communities-served` reading
// `source: warehouse, from: logins`), builds the site with
// KPI_EXAMPLE_WAREHOUSE_URL set (example-site/docusaurus.config.js then adds
// the `warehouse` source and reads kpis-pg/), checks that the KPI came from
// the table with the same series as from the file and that the build holds
// no password, and stops the cluster.
// `npm run example:serve` then serves the build.
import {spawnSync} from 'node:child_process';
import {cpSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parse} from 'csv-parse/sync';
import {TARGET_SERIES} from './example-raw-data.mjs';

const require = createRequire(import.meta.url);
const {findPostgresBin, startPostgres} = require('./throwaway-postgres.cjs');

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const site = join(root, 'example-site');
const log = (message) => console.log(`[example:pg] ${message}`);

/** The registry with `communities-served` on the warehouse's `logins` table. */
function writeRegistry() {
  const target = join(site, 'kpis-pg');
  rmSync(target, {recursive: true, force: true});
  cpSync(join(site, 'kpis'), target, {recursive: true});
  const file = join(target, 'business-development.yml');
  const text = readFileSync(file, 'utf8');
  const onTable = text.replace(
    /(- id: communities-served[\s\S]*?metric:\n)(\s+)from: raw\/logins\.csv\n/,
    (_, before, indent) => `${before}${indent}source: warehouse\n${indent}from: logins\n`,
  );
  if (onTable === text) throw new Error(`communities-served has no metric on raw/logins.csv in ${file}`);
  writeFileSync(file, onTable);
}

async function seed(db) {
  const rows = parse(readFileSync(join(site, 'kpis/raw/logins.csv')), {columns: true});
  await db.sql(`create table logins (
    logged_in_at timestamptz not null, hub_id text not null, community_id text not null, user_id text not null, status text not null)`);
  const columns = ['logged_in_at', 'hub_id', 'community_id', 'user_id', 'status'];
  await db.sql(
    'insert into logins select * from unnest($1::timestamp[], $2::text[], $3::text[], $4::text[], $5::text[])',
    columns.map((column) => rows.map((row) => row[column])),
  );
  log(`seeded the logins table with ${rows.length} rows`);
}

function build(url) {
  const bin = join(root, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');
  const env = {...process.env, KPI_EXAMPLE_WAREHOUSE_URL: url};
  const run = spawnSync(process.execPath, [bin, 'build', site, '--locale', 'en'], {stdio: 'inherit', env});
  if (run.status !== 0) throw new Error(`docusaurus build failed (exit code ${run.status})`);
}

/** Every file of the build, as text. */
function* builtFiles(dir) {
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const file = join(dir, entry.name);
    if (entry.isDirectory()) yield* builtFiles(file);
    else yield [file, readFileSync(file, 'latin1')];
  }
}

function check(password) {
  const kpis = JSON.parse(readFileSync(join(site, 'build/kpis.json'), 'utf8')).kpis;
  const served = kpis.find((kpi) => kpi.id === 'communities-served');
  if (served.computation?.source !== 'warehouse') throw new Error('communities-served was not computed on the warehouse source');
  for (const [file, text] of builtFiles(join(site, 'build'))) {
    if (text.includes(password)) throw new Error(`the warehouse password is in ${file}`);
  }
  const values = served.series.map((point) => point.value);
  const expected = TARGET_SERIES['communities-served'];
  if (JSON.stringify(values.slice(-expected.length)) !== JSON.stringify(expected)) {
    throw new Error(`communities-served from the table is ${values.join(', ')}, not ${expected.join(', ')} as from the file`);
  }
  log(`communities-served computed on the warehouse: ${values.length} points, latest ${served.latest.value} on ${served.latest.date}`);
}

async function main() {
  if (!findPostgresBin()) {
    log('needs the PostgreSQL server (initdb, pg_ctl): install the `postgresql` package, or set KPI_PG_BIN');
    process.exitCode = 1;
    return;
  }
  writeRegistry();
  const db = await startPostgres({seed});
  try {
    log(`throwaway PostgreSQL on 127.0.0.1:${db.port}`);
    build(db.reader.url);
    check(db.reader.password);
    log('built example-site/build: npm run example:serve to see it');
  } finally {
    db.stop();
  }
}

await main();
