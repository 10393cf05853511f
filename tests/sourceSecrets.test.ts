import {spawn} from 'node:child_process';
import {readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {join, relative, resolve} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {copyFixtureSite} from './support/buildSite';
import {type TestPostgres, postgresTestsSkipped, startPostgres} from './support/postgres';

const docusaurusBin = resolve(__dirname, '../node_modules/@docusaurus/core/bin/docusaurus.mjs');

/** Runs the real `docusaurus` CLI in a fresh process, its output captured: what a CI log would hold. */
function docusaurus(args: string[], siteDir: string, env: Record<string, string>): Promise<{code: number; output: string}> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [docusaurusBin, ...args, siteDir], {
      cwd: siteDir,
      env: {...process.env, ...env, DOCUSAURUS_NO_PERSISTENT_CACHE: 'true', FORCE_COLOR: '0'},
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({code: code ?? 1, output}));
  });
}

/** The site with `sources` set from the environment, as the README shows, and `extra` plugin options. */
function siteWithSource(extra = ''): string {
  return copyFixtureSite('site', (siteDir) => {
    const config = join(siteDir, 'docusaurus.config.js');
    const options = `{asOf: '2026-11-20', sources: {warehouse: {type: 'postgres', connectionString: process.env.KPI_WAREHOUSE_URL}}${extra}}`;
    writeFileSync(config, readFileSync(config, 'utf8').replace("{asOf: '2026-11-20'}", options));
  });
}

/** Every file under `dir` whose text holds `secret`, by relative path. */
function filesHolding(dir: string, secret: string): string[] {
  return readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => readFileSync(file).includes(secret))
    .map((file) => relative(dir, file));
}

describe.skipIf(postgresTestsSkipped)('a site whose options hold a connection string', () => {
  let db: TestPostgres;
  beforeAll(async () => {
    db = await startPostgres();
  });
  afterAll(() => db?.stop());

  it('builds without the password in the output, the generated folder or the logs', {timeout: 240_000}, async () => {
    const siteDir = siteWithSource();
    const {code, output} = await docusaurus(['build'], siteDir, {KPI_WAREHOUSE_URL: db.reader.url});
    expect(code, output).toBe(0);
    expect(filesHolding(join(siteDir, 'build'), db.reader.password)).toEqual([]);
    expect(filesHolding(join(siteDir, '.docusaurus'), db.reader.password)).toEqual([]);
    expect(output).not.toContain(db.reader.password);
    // Docusaurus writes the site config, plugin options included, into the client bundle: the source is there, blanked.
    const config = readFileSync(join(siteDir, '.docusaurus/docusaurus.config.mjs'), 'utf8');
    expect(config).toContain('"connectionString": "[redacted]"');
  });

  it('fails on a bad option without printing the connection string', {timeout: 120_000}, async () => {
    const siteDir = siteWithSource(', tolerance: 7');
    const {code, output} = await docusaurus(['build'], siteDir, {KPI_WAREHOUSE_URL: db.reader.url});
    expect(code).not.toBe(0);
    expect(output).toContain('docusaurus-plugin-kpi: invalid options: "tolerance" must be less than or equal to 1');
    expect(output).not.toContain(db.reader.password);
    expect(output).not.toContain(db.reader.url);
  });
});
