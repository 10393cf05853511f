// Where the build time of the dense scale scenario goes: one cold build of the
// dense handbook (bench/generateScale.mjs) and one of its matched baseline,
// each under `node --cpu-prof` (worker threads and forked processes inherit
// the flag and write their own profiles), then self time summed by npm
// package and compared.
//   node bench/profile.mjs [--pages N] [--write] [--saved]
// --write records the result in bench/profile.json, which bench/report.mjs
// renders into BENCHMARKS.md; --saved sums the profiles of the last run again
// without building.
//
// The profiler samples on the wall clock, so on a loaded machine a thread's
// profile is longer than its CPU time; each package's self time is scaled by
// the build's measured CPU time over the profiles' total.
//
// A profile node's package comes from its callFrame.url: the last
// node_modules/<package> in the path, this plugin's lib/, Node's own code. The
// site's server bundle (where static rendering runs React) is one file; its lines
// are put down to the module each belongs to, from the path comments webpack
// writes into it for bench/lib/serverBundleCopy.cjs.
import {mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {loadavg} from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {generateScaleHandbook, scaleHandbookPaths} from './generateScale.mjs';
import {round, runNodeScript} from './lib/stats.mjs';

const benchDir = dirname(fileURLToPath(import.meta.url));
const repoDir = dirname(benchDir);
const argv = process.argv.slice(2);
const pages = argv.includes('--pages') ? Number(argv[argv.indexOf('--pages') + 1]) : 800;
const root = join(benchDir, '.sites/profile-dense');
const PLUGIN_LIB = join(repoDir, 'lib');
const SERVER_BUNDLE = 'server.bundle.js';

/** The package a script path belongs to. */
function packageOf(path) {
  const at = path.lastIndexOf('node_modules/');
  if (at >= 0) {
    const [scope, name] = path.slice(at + 'node_modules/'.length).split('/');
    return scope.startsWith('@') ? `${scope}/${name}` : scope;
  }
  if (path.includes(PLUGIN_LIB) || /(^|\/)lib\/theme\//.test(path)) return 'docusaurus-plugin-kpi';
  if (/(^|\/)\.docusaurus\//.test(path)) return 'site: generated modules (.docusaurus)';
  if (/(^|\/)(docs|src\/pages)\//.test(path)) return 'site: compiled pages (MDX output)';
  return `other: ${path}`;
}

/** Line → package of the server bundle, from webpack's `!*** <path> ***!` module comments. */
function serverBundleLines(siteDir) {
  const lines = readFileSync(join(siteDir, '.bench-server-bundle.js'), 'utf8').split('\n');
  const owners = new Array(lines.length);
  let owner = 'server bundle: webpack runtime';
  lines.forEach((line, i) => {
    const match = /^\s*!\*\*\* (.+?) \*\*\*!$/.exec(line);
    if (match) owner = packageOf(match[1].replace(/^\.\//, ''));
    owners[i] = owner;
  });
  return owners;
}

function frameOwner(frame, bundleLines) {
  const url = frame.url.replace(/^file:\/\//, '');
  if (url === '') {
    const special = {'(garbage collector)': 'GC', '(program)': '(program)', '(idle)': '(idle)'};
    return special[frame.functionName] ?? 'native code (fs, zlib and other bindings)';
  }
  if (url === SERVER_BUNDLE || url.endsWith(`/${SERVER_BUNDLE}`)) return bundleLines[frame.lineNumber] ?? 'server bundle';
  if (url.startsWith('node:') || !url.includes('/')) return 'node internals';
  return packageOf(url);
}

/** Self time by package (ms) over every profile in `dir`, idle time left out. */
function selfTimeByPackage(dir, bundleLines) {
  const totals = {};
  const files = readdirSync(dir).filter((name) => name.endsWith('.cpuprofile'));
  for (const name of files) {
    const profile = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    const owners = new Map(profile.nodes.map((node) => [node.id, frameOwner(node.callFrame, bundleLines)]));
    // timeDeltas[i + 1] is how long sample i was on the stack.
    profile.samples.forEach((id, i) => {
      const owner = owners.get(id);
      if (owner === '(idle)') return;
      totals[owner] = (totals[owner] ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000;
    });
  }
  return {profiles: files.length, byPackage: totals};
}

/** Stages of a build, by the packages whose self time they are. */
const STAGES = [
  [
    'Markdown and MDX compiling',
    /^(@mdx-js|micromark|mdast-|remark-|unist-|hast-|estree-|acorn|astring|parse5|vfile|unified|@docusaurus\/mdx-loader|property-information|character-|decode-named|space-separated|comma-separated|zwitch|html-void|web-namespaces|stringify-entities|trim-lines|devlop|bail|trough|ccount|longest-streak|markdown-table|github-slugger|escape-string-regexp|@docusaurus\/utils$)/,
  ],
  [
    'Server-side rendering (React)',
    /^(react|react-dom|react-router|react-router-dom|react-helmet-async|react-loadable|prism-react-renderer|clsx|@docusaurus\/theme-|@docusaurus\/core|site: )/,
  ],
  ['Minifying HTML', /^html-minifier-terser$/],
  ['Minifying JS and CSS', /^(terser|cssnano|postcss|css-minimizer|clean-css|csso|lightningcss|@swc|esbuild|source-map)/],
  [
    'Webpack and Babel',
    /^(webpack|enhanced-resolve|@babel|babel-|loader-runner|watchpack|schema-utils|tapable|@webassemblyjs|browserslist|caniuse-lite|core-js|mini-css-extract|css-loader|style-loader|@jridgewell)/,
  ],
  ['This plugin (load, scan, compute, transform)', /^docusaurus-plugin-kpi$/],
  ['GC', /^GC$/],
];
const stageOf = (name) => STAGES.find(([, pattern]) => pattern.test(name))?.[0] ?? 'Everything else (Node, fs, other packages)';

async function profileBuild(siteDir, label) {
  const dir = join(root, `profiles-${label}`);
  if (argv.includes('--saved')) {
    const saved = JSON.parse(readFileSync(join(root, `${label}.build.json`), 'utf8'));
    return {build: saved, ...selfTimeByPackage(dir, serverBundleLines(siteDir))};
  }
  rmSync(dir, {recursive: true, force: true});
  mkdirSync(dir, {recursive: true});
  const load = round(loadavg()[0], 2);
  console.log(`[profile] building ${label} (load ${load})`);
  const build = await runNodeScript(join(benchDir, 'buildOnce.mjs'), [siteDir], {
    logFile: join(root, `${label}.log`),
    // Worker threads and forked processes inherit these flags (Node refuses them in NODE_OPTIONS).
    nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`],
  });
  writeFileSync(join(root, `${label}.build.json`), JSON.stringify({...build, loadAverage: load}));
  return {build: {...build, loadAverage: load}, ...selfTimeByPackage(dir, serverBundleLines(siteDir))};
}

const options = {scenario: 'dense', pages, seed: 100, benchPlugins: [join(benchDir, 'lib/serverBundleCopy.cjs')]};
const handbook = argv.includes('--saved')
  ? {...scaleHandbookPaths(root), stats: JSON.parse(readFileSync(join(root, 'stats.json'), 'utf8'))}
  : generateScaleHandbook(root, options);
writeFileSync(join(root, 'stats.json'), JSON.stringify(handbook.stats));
const withPlugin = await profileBuild(handbook.dirs.with, 'with');
const matched = await profileBuild(handbook.dirs.matched, 'matched');

const sum = (times) => Object.values(times).reduce((a, b) => a + b, 0);
const cpuMs = (build) => build.userMs + build.systemMs + build.childUserMs + build.childSystemMs;
/** Self times scaled to the build's CPU time. */
const scaled = (side) => {
  const factor = cpuMs(side.build) / sum(side.byPackage);
  return Object.fromEntries(Object.entries(side.byPackage).map(([name, ms]) => [name, ms * factor]));
};
function compare(withTimes, matchedTimes) {
  const names = [...new Set([...Object.keys(withTimes), ...Object.keys(matchedTimes)])];
  return names
    .map((name) => {
      const w = withTimes[name] ?? 0;
      const m = matchedTimes[name] ?? 0;
      return {name, withMs: Math.round(w), matchedMs: Math.round(m), deltaMs: Math.round(w - m)};
    })
    .sort((a, b) => Math.abs(b.deltaMs) - Math.abs(a.deltaMs));
}
const byStage = (times) => {
  const stages = {};
  for (const [name, ms] of Object.entries(times)) stages[stageOf(name)] = (stages[stageOf(name)] ?? 0) + ms;
  return stages;
};
const withTimes = scaled(withPlugin);
const matchedTimes = scaled(matched);
const rows = compare(withTimes, matchedTimes);
const result = {
  date: new Date().toISOString(),
  command: `node bench/profile.mjs --pages ${pages}`,
  stats: handbook.stats,
  builds: {with: withPlugin.build, matched: matched.build},
  profiles: {with: withPlugin.profiles, matched: matched.profiles},
  profiledMs: {with: Math.round(sum(withPlugin.byPackage)), matched: Math.round(sum(matched.byPackage))},
  cpuMs: {with: Math.round(cpuMs(withPlugin.build)), matched: Math.round(cpuMs(matched.build))},
  stages: compare(byStage(withTimes), byStage(matchedTimes)),
  rows,
};
console.log(`CPU (ms), with ${result.cpuMs.with} vs matched ${result.cpuMs.matched}; by stage:`);
for (const row of result.stages)
  console.log(
    `${row.name.padEnd(50)} ${String(row.withMs).padStart(8)} ${String(row.matchedMs).padStart(8)} ${String(row.deltaMs).padStart(8)}`,
  );
console.log('by package:');
for (const row of rows.slice(0, 30))
  console.log(
    `${row.name.padEnd(50)} ${String(row.withMs).padStart(8)} ${String(row.matchedMs).padStart(8)} ${String(row.deltaMs).padStart(8)}`,
  );
if (argv.includes('--write')) writeFileSync(join(benchDir, 'profile.json'), `${JSON.stringify(result, null, 2)}\n`);
