// What the plugin adds to the built site's client: JavaScript a page loads,
// HTML per card, and whether a charting library reached the client bundles.
//
// Docusaurus 3 writes only the entry scripts into the HTML; a page's own
// chunks are loaded by the router. The chunks a page loads are found the way
// Docusaurus's server renderer finds them: the routes matching the URL
// (.docusaurus/routes.js), their chunk names (routesChunkNames.json) and the
// files of each chunk group (client-manifest.json), plus the entry point.
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';

const gzipBytes = (buffer) => gzipSync(buffer, {level: 9}).length;

function loadRoutes(siteDir) {
  const text = readFileSync(join(siteDir, '.docusaurus/routes.js'), 'utf8');
  const body = text.replace(/^import .*$/gm, '').replace('export default', 'return');
  return new Function('ComponentCreator', body)((path, hash) => `${path}-${hash}`);
}

const trim = (path) => (path.length > 1 ? path.replace(/\/+$/, '') : path);

function matches(route, pathname) {
  if (route.exact) return trim(route.path) === trim(pathname);
  const base = trim(route.path);
  return base === '/' || trim(pathname) === base || pathname.startsWith(`${base}/`);
}

/** react-router-config's matchRoutes: the first matching route at each level, then its children. */
function matchChain(routes, pathname) {
  for (const route of routes) {
    if (matches(route, pathname)) return [route, ...(route.routes ? matchChain(route.routes, pathname) : [])];
  }
  return [];
}

const leaves = (value) => (typeof value === 'string' ? [value] : Object.values(value ?? {}).flatMap(leaves));

/** The client JS files `pathname` loads, relative to the build folder, and their gzip sizes. */
export function pageScripts(siteDir, pathname) {
  const manifest = JSON.parse(readFileSync(join(siteDir, '.docusaurus/client-manifest.json'), 'utf8'));
  const chunkNames = JSON.parse(readFileSync(join(siteDir, '.docusaurus/routesChunkNames.json'), 'utf8'));
  const chain = matchChain(loadRoutes(siteDir), pathname);
  if (chain.length === 0 || !chain.at(-1).exact) throw new Error(`no route for ${pathname} in ${siteDir}`);
  const names = [...manifest.entrypoints, ...chain.flatMap((route) => leaves(chunkNames[route.component]))];
  const files = new Set();
  for (const name of names) {
    for (const id of manifest.origins[name] ?? []) {
      for (const asset of manifest.assets[id]?.js ?? []) files.add(asset.file);
    }
  }
  const buildDir = join(siteDir, 'build');
  const sizes = Object.fromEntries([...files].sort().map((file) => [file, gzipBytes(readFileSync(join(buildDir, file)))]));
  return {files: sizes, gzipBytes: Object.values(sizes).reduce((a, b) => a + b, 0)};
}

/** JS a page loads with the plugin minus the same page without it; and which files differ. */
export function addedJs(withDir, baselineDir, pathname) {
  const withJs = pageScripts(withDir, pathname);
  const baseJs = pageScripts(baselineDir, pathname);
  // Content-hashed names: a file in both builds is the same file.
  const strip = (file) => file.replace(/\.[0-9a-f]{8}\.js$/, '.js');
  const baseByName = new Map(Object.entries(baseJs.files).map(([file, size]) => [strip(file), size]));
  const withByName = new Map(Object.entries(withJs.files).map(([file, size]) => [strip(file), size]));
  const changed = [
    ...Object.entries(withJs.files)
      .filter(([file, size]) => baseByName.get(strip(file)) !== size)
      .map(([file, size]) => ({file, gzipBytes: size, baselineGzipBytes: baseByName.get(strip(file)) ?? 0})),
    ...Object.entries(baseJs.files)
      .filter(([file]) => !withByName.has(strip(file)))
      .map(([file, size]) => ({file, gzipBytes: 0, baselineGzipBytes: size})),
  ];
  return {
    withGzipBytes: withJs.gzipBytes,
    baselineGzipBytes: baseJs.gzipBytes,
    addedGzipBytes: withJs.gzipBytes - baseJs.gzipBytes,
    changed,
  };
}

function htmlOf(siteDir, pathname) {
  return readFileSync(join(siteDir, 'build', pathname.replace(/^\//, ''), 'index.html'));
}

/** HTML a page of `cards` cards (and nothing else from the plugin) adds per card, raw and gzip. */
export function htmlPerCard(withDir, baselineDir, pathname, cards) {
  const withHtml = htmlOf(withDir, pathname);
  const baseHtml = htmlOf(baselineDir, pathname);
  return {
    bytesPerCard: (withHtml.length - baseHtml.length) / cards,
    gzipBytesPerCard: (gzipBytes(withHtml) - gzipBytes(baseHtml)) / cards,
  };
}

export function htmlBytes(siteDir, pathname) {
  return htmlOf(siteDir, pathname).length;
}

/** Total gzip bytes of every client JS file of a build. */
export function totalClientJs(siteDir) {
  const dir = join(siteDir, 'build/assets/js');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.js'))
    .reduce((sum, name) => sum + gzipBytes(readFileSync(join(dir, name))), 0);
}

/**
 * Code signatures of d3 modules that survive minification (property names,
 * constants, format strings), and names of common charting libraries.
 */
export const CHART_SIGNATURES = [
  {name: 'd3-path', pattern: /this\._x0=this\._x1=/},
  {name: 'd3-shape', pattern: /areaStart(?::function)?\(\)\{this\._line=0\}/},
  {name: 'd3-scale', pattern: /\.rangeRound=function/},
  {name: 'd3-array (ticks)', pattern: /Math\.sqrt\(50\)/},
  {name: 'd3-color', pattern: /aliceblue:(?:15792383|0xf0f8ff)/i},
  {name: 'd3-time-format', pattern: /%Y-%m-%dT%H:%M:%S\.%LZ/},
  {name: 'chart library name', pattern: /\b(?:recharts|chart\.js|echarts|apexcharts|highcharts|plotly|vega-lite|nivo|victory-core)\b/i},
];

/**
 * Checks the signatures against d3 itself (its own minified builds and the
 * ES modules minified with terser, as webpack would), so a signature that no
 * longer matches d3 is noticed.
 */
export async function checkSignatures() {
  const {minify} = await import('terser');
  const packages = ['d3-array', 'd3-color', 'd3-path', 'd3-scale', 'd3-shape'];
  const results = [];
  for (const pkg of packages) {
    const dir = join(process.cwd(), 'node_modules', pkg, 'dist');
    const shipped = readFileSync(join(dir, `${pkg}.min.js`), 'utf8');
    const minified = (await minify(readFileSync(join(dir, `${pkg}.mjs`), 'utf8'), {module: true})).code;
    const hits = (code) => CHART_SIGNATURES.filter((s) => s.pattern.test(code)).map((s) => s.name);
    results.push({pkg, shipped: hits(shipped), terser: hits(minified)});
  }
  return {results, ok: results.every((r) => r.shipped.length > 0 && r.terser.length > 0)};
}

/** Signatures found in a build's client JS (and its extracted license comments). */
export function findChartLibraries(siteDir) {
  const dir = join(siteDir, 'build/assets/js');
  const found = [];
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.js') && !name.endsWith('.LICENSE.txt')) continue;
    const code = readFileSync(join(dir, name), 'utf8');
    for (const signature of CHART_SIGNATURES) if (signature.pattern.test(code)) found.push({file: name, signature: signature.name});
    if (name.endsWith('.LICENSE.txt') && /\bd3-[a-z]+\b|\bd3\b/.test(code)) found.push({file: name, signature: 'd3 license comment'});
  }
  return found;
}

/** HTML the plugin adds over the pages at `urls`, raw and gzip, in total. */
export function htmlAdded(withDir, baselineDir, urls) {
  let bytes = 0;
  let gzip = 0;
  for (const url of urls) {
    const withHtml = htmlOf(withDir, url);
    const baseHtml = htmlOf(baselineDir, url);
    bytes += withHtml.length - baseHtml.length;
    gzip += gzipBytes(withHtml) - gzipBytes(baseHtml);
  }
  return {bytes, gzipBytes: gzip};
}

/** Webpack modules of a build's client and server compilations, as bench/lib/moduleCount.cjs wrote them. */
export function moduleCounts(siteDir) {
  return JSON.parse(readFileSync(join(siteDir, '.bench-modules.json'), 'utf8'));
}

/** Files the plugin wrote with `createData` (its folder in `.docusaurus`). */
export function createdDataFiles(siteDir) {
  const dir = join(siteDir, '.docusaurus/docusaurus-plugin-kpi');
  return readdirSync(dir, {recursive: true, withFileTypes: true}).filter((entry) => entry.isFile()).length;
}
