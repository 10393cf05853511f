// The Markdown stage alone: every docs page of a handbook compiled to JSX by
// Docusaurus's own MDX processor (the one its webpack loader uses, with the
// docs plugin's admonitions and the site's `markdown` config), with and
// without the KPI transform, interleaved (with, without, with, without, …).
//   node bench/remark.mjs <withDir> <matchedDir> <reps> <resultFile>
// "with": the pages with directives, remarkKpi among the remark plugins, and
// the registry's definitions published as the plugin does in contentLoaded.
// "without": the same pages with the directives removed, no remarkKpi.
// Also times the KPI transform itself (the time spent inside remarkKpi).
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {performance} from 'node:perf_hooks';
import {compileToJSX} from '@docusaurus/mdx-loader/lib/utils.js';
import {DEFAULT_MARKDOWN_CONFIG} from '@docusaurus/core/lib/server/configValidation.js';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import {remarkKpi} from '../lib/index.mjs';
import {loadRegistry} from '../lib/data/loadRegistry.js';
import {computeRegistry} from '../lib/compute/registry.js';
import {parseDefinition} from '../lib/compute/definitions/parse.js';
import {publishDefinitions} from '../lib/remark/definitionStore.js';
import {AS_OF} from './generate.mjs';
import {median} from './lib/stats.mjs';
import {docsFiles} from './lib/sites.mjs';

const [withDir, matchedDir, repsArg, resultFile] = process.argv.slice(2);
const reps = Number(repsArg);

// As the plugin does in contentLoaded, so cited KPIs get their footnoted definitions.
const registry = await loadRegistry({siteDir: withDir, path: 'kpis', maxDataFileBytes: 5 * 1024 * 1024});
const computed = computeRegistry(registry, {
  asOf: AS_OF,
  tolerance: 0.05,
  trendWindow: 6,
  locale: 'en',
  urls: {baseUrl: '/', routeBasePath: 'kpis'},
});
publishDefinitions(
  'default',
  withDir,
  computed
    .map(({kpi, card}) => ({
      id: kpi.id,
      title: kpi.title,
      permalink: card.permalink,
      definition: kpi.definition,
      footnotes: kpi.footnotes,
    }))
    .map(parseDefinition),
);

let transformMs = 0;
function timedRemarkKpi(options) {
  const transform = remarkKpi(options);
  return (tree, file) => {
    const start = performance.now();
    try {
      return transform(tree, file);
    } finally {
      transformMs += performance.now() - start;
    }
  };
}

const markdownConfig = {...DEFAULT_MARKDOWN_CONFIG, format: 'detect'};
const baseOptions = (siteDir) => ({
  admonitions: true,
  markdownConfig,
  siteDir,
  staticDirs: [join(siteDir, 'static')],
  beforeDefaultRemarkPlugins: [],
  beforeDefaultRehypePlugins: [],
  rehypePlugins: [],
  recmaPlugins: [],
});
// Processors are cached per options object, as in a Docusaurus build.
const variants = {
  with: {dir: withDir, options: {...baseOptions(withDir), remarkPlugins: [timedRemarkKpi]}},
  without: {dir: matchedDir, options: {...baseOptions(matchedDir), remarkPlugins: []}},
};
const files = docsFiles(withDir);
const sources = Object.fromEntries(
  Object.entries(variants).map(([name, {dir}]) => [
    name,
    files.map((file) => ({filePath: join(dir, file), text: readFileSync(join(dir, file), 'utf8')})),
  ]),
);

async function compileAll(name, limit = Infinity) {
  const {options} = variants[name];
  const start = performance.now();
  for (const {filePath, text} of sources[name].slice(0, limit)) {
    const {frontMatter, content} = await DEFAULT_PARSE_FRONT_MATTER({filePath, fileContent: text});
    await compileToJSX({filePath, fileContent: content, frontMatter, options, compilerName: 'client'});
  }
  return performance.now() - start;
}

// Warm up both processors and the JIT on a few pages.
await compileAll('with', 30);
await compileAll('without', 30);
const samples = {with: [], without: [], transform: []};
for (let rep = 0; rep < reps; rep++) {
  transformMs = 0;
  samples.with.push(await compileAll('with'));
  samples.transform.push(transformMs);
  samples.without.push(await compileAll('without'));
}
writeFileSync(
  resultFile,
  JSON.stringify({
    pages: files.length,
    reps,
    withMs: median(samples.with),
    withoutMs: median(samples.without),
    transformMs: median(samples.transform),
    samples,
  }),
);
process.exit(0);
