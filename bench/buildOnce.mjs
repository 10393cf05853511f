// One cold, uncached `docusaurus build` of a site, in this (fresh) process.
//   node bench/buildOnce.mjs <siteDir> <resultFile>
// Writes {wallMs, maxRssMB, userMs, systemMs, childUserMs, childSystemMs} to
// <resultFile> as JSON: wall time from just before Docusaurus is loaded to the
// end of the build, the peak resident memory of this process, its CPU time (worker
// threads included) and the CPU time of the child processes it has waited for.
import {existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
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
for (const dir of ['build', '.docusaurus', 'node_modules/.cache', '.bench-modules.json'])
  rmSync(join(siteDir, dir), {recursive: true, force: true});
if (existsSync(keptCache)) {
  mkdirSync(dirname(resultCache), {recursive: true});
  renameSync(keptCache, resultCache);
}

/** CPU time of waited-for child processes (cutime, cstime in /proc/self/stat), in ms; zeros where there is no /proc. */
function childCpuMs() {
  try {
    // The fields after the command name, which is in parentheses and may hold spaces.
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    // Clock ticks, 100 a second on Linux.
    return {user: Number(fields[13]) * 10, system: Number(fields[14]) * 10};
  } catch {
    return {user: 0, system: 0};
  }
}

const start = performance.now();
const childrenBefore = childCpuMs();
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
const children = childCpuMs();
writeFileSync(
  resultFile,
  JSON.stringify({
    wallMs,
    // maxRSS is in kilobytes.
    maxRssMB: usage.maxRSS / 1024,
    userMs: (usage.userCPUTime - before.userCPUTime) / 1000,
    systemMs: (usage.systemCPUTime - before.systemCPUTime) / 1000,
    childUserMs: children.user - childrenBefore.user,
    childSystemMs: children.system - childrenBefore.system,
  }),
);
// Webpack's worker pools may keep the event loop alive.
process.exit(0);
