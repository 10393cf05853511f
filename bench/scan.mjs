// The source scan the plugin runs in allContentLoaded: every docs page read and
// parsed for KPI directives, then references checked and home pages and
// backlinks found. Timed `reps` times after a warm-up; median.
//   node bench/scan.mjs <withDir> <reps> <resultFile>
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {performance} from 'node:perf_hooks';
import {scanPages} from '../lib/checks/scan.js';
import {findBacklinks, findBrokenReferences, findHomePages} from '../lib/checks/references.js';
import {loadRegistry} from '../lib/data/loadRegistry.js';
import {median} from './lib/stats.mjs';
import {docsFiles} from './lib/sites.mjs';

const [siteDir, repsArg, resultFile] = process.argv.slice(2);
const reps = Number(repsArg);
const registry = await loadRegistry({siteDir, path: 'kpis', maxDataFileBytes: 5 * 1024 * 1024});

// As collectSourcePages reports docs pages (routeBasePath "/").
const pages = docsFiles(siteDir).map((file) => {
  const route = file
    .replace(/^docs\//, '')
    .replace(/\.mdx?$/, '')
    .replace(/(^|\/)index$/, '');
  return {filePath: join(siteDir, file), file, permalink: `/${route}`, title: route || 'Handbook', kind: 'docs'};
});

async function scanOnce() {
  const start = performance.now();
  const scan = await scanPages(pages);
  const scannedAt = performance.now();
  const broken = findBrokenReferences(scan.uses, registry);
  const homes = findHomePages(scan.uses);
  const backlinks = findBacklinks(scan.uses, homes);
  const end = performance.now();
  if (scan.problems.length > 0 || broken.length > 0) throw new Error('the generated handbook has broken directives');
  return {scanMs: scannedAt - start, linksMs: end - scannedAt, uses: scan.uses.length, homes: homes.size, backlinks: backlinks.size};
}

await scanOnce();
const samples = [];
for (let rep = 0; rep < reps; rep++) samples.push(await scanOnce());
const totalMs = median(samples.map((s) => s.scanMs + s.linksMs));
writeFileSync(
  resultFile,
  JSON.stringify({
    pages: pages.length,
    uses: samples[0].uses,
    scanMs: median(samples.map((s) => s.scanMs)),
    linksMs: median(samples.map((s) => s.linksMs)),
    totalMs,
    perPageMs: totalMs / pages.length,
  }),
);
process.exit(0);
