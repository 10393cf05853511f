// One cold, uncached `docusaurus build` of a site, in this (fresh) process.
//   node bench/buildOnce.mjs <siteDir> <resultFile>
// Writes {wallMs, maxRssMB, userMs, systemMs} to <resultFile> as JSON: wall time
// from just before Docusaurus is loaded to the end of the build, and the peak
// resident memory of this process (webpack's minifier workers are separate
// processes and not counted).
import {existsSync, mkdirSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {performance} from 'node:perf_hooks';

const [siteArg, resultFile] = process.argv.slice(2);
if (!siteArg || !resultFile) {
  console.error('usage: node bench/buildOnce.mjs <siteDir> <resultFile>');
  process.exit(2);
}
const siteDir = resolve(siteArg);
process.env.DOCUSAURUS_NO_PERSISTENT_CACHE = 'true';
process.env.NODE_ENV = 'production';
// Cold: nothing left from an earlier build, except, with KPI_BENCH_KEEP_CACHE set, the plugin's
// cache of computed results (a rebuild with the cache warm).
const resultCache = join(siteDir, '.docusaurus/docusaurus-plugin-kpi/default/sources');
const keptCache = `${siteDir}.kept-cache`;
if (process.env.KPI_BENCH_KEEP_CACHE && existsSync(resultCache)) renameSync(resultCache, keptCache);
for (const dir of ['build', '.docusaurus', 'node_modules/.cache']) rmSync(join(siteDir, dir), {recursive: true, force: true});
if (existsSync(keptCache)) {
  mkdirSync(dirname(resultCache), {recursive: true});
  renameSync(keptCache, resultCache);
}

const start = performance.now();
const before = process.resourceUsage();
try {
  // @docusaurus/core has no `main`: its programmatic API is lib/index.js.
  const {build} = await import('@docusaurus/core/lib/index.js');
  await build(siteDir, {outDir: join(siteDir, 'build')});
} catch (error) {
  console.error(error);
  process.exit(1);
}
const wallMs = performance.now() - start;
const usage = process.resourceUsage();
writeFileSync(
  resultFile,
  JSON.stringify({
    wallMs,
    // maxRSS is in kilobytes.
    maxRssMB: usage.maxRSS / 1024,
    userMs: (usage.userCPUTime - before.userCPUTime) / 1000,
    systemMs: (usage.systemCPUTime - before.systemCPUTime) / 1000,
  }),
);
// Webpack's worker pools may keep the event loop alive.
process.exit(0);
