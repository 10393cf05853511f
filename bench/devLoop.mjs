// The dev loop: `docusaurus start` on a copy of the example handbook, its KPI
// page open in Chromium, then a new latest point saved in a KPI's CSV file,
// `reps` times. Measured: the time from the write to the open page (no reload
// by hand) showing the new value, polled every 50 ms; the first edit is a
// warm-up and not counted.
//   node bench/devLoop.mjs <reps> <resultFile>
import {spawn} from 'node:child_process';
import {appendFileSync, cpSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:net';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';
import {median} from './lib/stats.mjs';

const benchDir = dirname(fileURLToPath(import.meta.url));
const repoDir = dirname(benchDir);
const [repsArg, resultFile] = process.argv.slice(2);
const reps = Number(repsArg);
const siteDir = join(benchDir, '.sites/dev-loop');
const KPI = 'qualified-lead-ratio';
const PAGE = '/docs/business-development/kpis';
const POLL_MS = 50;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(check, what, timeoutMs) {
  const started = Date.now();
  while (!(await check().catch(() => false))) {
    if (Date.now() - started > timeoutMs) throw new Error(`no ${what} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return Date.now() - started;
}

rmSync(siteDir, {recursive: true, force: true});
cpSync(join(repoDir, 'example-site'), siteDir, {
  recursive: true,
  filter: (source) => !/[/\\](build|\.docusaurus|node_modules)$/.test(source),
});
const csv = join(siteDir, `kpis/data/${KPI}.csv`);
const original = readFileSync(csv, 'utf8');
const port = await freePort();
const server = spawn(
  process.execPath,
  [
    join(repoDir, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'),
    'start',
    siteDir,
    '--port',
    String(port),
    '--host',
    '127.0.0.1',
    '--no-open',
  ],
  {env: {...process.env, BROWSER: 'none', NO_COLOR: '1'}, detached: true, stdio: 'inherit'},
);
const url = `http://127.0.0.1:${port}${PAGE}`;
let browser;
try {
  await waitFor(async () => (await fetch(url)).ok, 'dev server', 300_000);
  browser = await chromium.launch({executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox']});
  const page = await browser.newPage();
  await page.goto(url);
  const card = page.locator(`main article[data-kpi="${KPI}"]`);
  await card.waitFor({state: 'visible', timeout: 120_000});
  const samplesMs = [];
  for (let rep = 0; rep <= reps; rep++) {
    // A latest point with a value the series never had: 0.80, 0.81, …
    const value = `0.${80 + rep}`;
    writeFileSync(csv, original);
    appendFileSync(csv, `2026-11-15,${value}\n`);
    const ms = await waitFor(() => card.getByText(value, {exact: true}).isVisible(), `value ${value} on the page`, 60_000);
    console.log(`edit ${rep}: ${ms} ms${rep === 0 ? ' (warm-up)' : ''}`);
    if (rep > 0) samplesMs.push(ms);
  }
  writeFileSync(resultFile, JSON.stringify({page: PAGE, kpi: KPI, pollMs: POLL_MS, samplesMs, medianMs: median(samplesMs)}));
} finally {
  await browser?.close();
  process.kill(-server.pid, 'SIGTERM');
}
process.exit(0);
