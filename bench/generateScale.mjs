// Handbooks of real-world shape for the scale scenarios, deterministic for a seed.
//
// Every page is long (about 600 to 1,500 words): sections under h2 and h3
// headings, fenced code blocks, GFM tables, bulleted and numbered lists, links
// to other pages of the handbook and to outside sites. A scenario says which
// share of the pages has a KPI card and which share an inline reference:
//   dense    a card and a reference on every page;
//   typical  cards on 5% of the pages, references on 20%.
// Each is written twice, as bench/generate.mjs does:
//   with/     the plugin, its registry and the pages with their directives;
//   matched/  no plugin: the same pages with the directives removed (a card's
//             body and a reference's KPI title kept as text), plus one plain page
//             for every page the plugin generates, at the same URLs.
// Both load bench/lib/moduleCount.cjs, which counts the webpack modules of each build.
import {rmSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {makeRegistry, paragraph, prng, sentence, title, write, writeConfig, writeMatchedPages, writeRegistry} from './generate.mjs';

const MODULE_COUNT_PLUGIN = join(dirname(fileURLToPath(import.meta.url)), 'lib/moduleCount.cjs');

export const SCENARIOS = {
  dense: {cardShare: 1, referenceShare: 1, kpisPerPage: 1 / 2},
  typical: {cardShare: 0.05, referenceShare: 0.2, kpisPerPage: 1 / 20},
};

const CODE_SAMPLES = [
  [
    'yaml',
    (rng) =>
      `service: ${title(rng, 1, 2).toLowerCase()}\nreplicas: ${rng.int(1, 9)}\nowner: ${title(rng, 1, 2)}\nschedule:\n  - day: monday\n    at: "09:00"\n  - day: thursday\n    at: "14:30"`,
  ],
  [
    'bash',
    (rng) =>
      `git clone https://example.org/handbook.git\ncd handbook\nnpm ci\nnpm run build -- --locale en\necho "built ${rng.int(10, 99)} pages"`,
  ],
  [
    'js',
    (rng) =>
      `export function summarise(rows) {\n  const total = rows.reduce((sum, row) => sum + row.value, 0);\n  return {count: rows.length, total, mean: total / Math.max(rows.length, ${rng.int(1, 3)})};\n}`,
  ],
  [
    'json',
    (rng) =>
      JSON.stringify({name: title(rng, 1, 3), enabled: rng.chance(0.5), limits: {daily: rng.int(10, 500), burst: rng.int(1, 20)}}, null, 2),
  ],
  [
    'python',
    (rng) =>
      `def weekly_totals(events):\n    totals = {}\n    for event in events:\n        week = event.date.isocalendar()[1]\n        totals[week] = totals.get(week, 0) + ${rng.int(1, 5)}\n    return totals`,
  ],
];

function codeBlock(rng) {
  const [lang, body] = rng.pick(CODE_SAMPLES);
  return `\`\`\`${lang}\n${body(rng)}\n\`\`\``;
}

function gfmTable(rng) {
  const columns = rng.int(3, 4);
  const head = Array.from({length: columns}, () => title(rng, 1, 2));
  const rows = Array.from({length: rng.int(3, 6)}, () =>
    Array.from({length: columns}, (_, c) =>
      c === 0 ? title(rng, 1, 3) : c === columns - 1 ? String(rng.int(1, 400)) : sentence(rng, 2, 5),
    ),
  );
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A list whose items link to other pages of the handbook and to outside sites. */
function linkList(rng, urls) {
  const ordered = rng.chance(0.3);
  return Array.from({length: rng.int(3, 6)}, (_, i) => {
    const link = rng.chance(0.6)
      ? `[${title(rng, 1, 3)}](${rng.pick(urls)})`
      : `[${title(rng, 1, 3)}](https://example.org/${title(rng, 1, 2).toLowerCase().replace(/ /g, '-')})`;
    return `${ordered ? `${i + 1}.` : '-'} ${sentence(rng, 4, 9).slice(0, -1)}: ${link}.`;
  }).join('\n');
}

/** The page body as Markdown blocks, without KPI directives. */
function pageBody(rng, urls) {
  const blocks = [{text: paragraph(rng, 3, 5), prose: true}];
  for (let s = rng.int(4, 6); s > 0; s--) {
    blocks.push({text: `## ${title(rng)}`}, {text: paragraph(rng, 3, 6), prose: true});
    for (let sub = rng.int(1, 2); sub > 0; sub--) {
      blocks.push({text: `### ${title(rng)}`}, {text: paragraph(rng, 2, 5), prose: true});
      const extra = rng.next();
      if (extra < 0.35) blocks.push({text: codeBlock(rng)});
      else if (extra < 0.6) blocks.push({text: gfmTable(rng)});
      else if (extra < 0.9) blocks.push({text: linkList(rng, urls)});
    }
  }
  return blocks;
}

/** A reference after the first sentence of a prose block; without the plugin, the KPI's title as text. */
function withReference(text, kpi, withDirectives) {
  const cut = text.indexOf('. ') + 1;
  return `${text.slice(0, cut)} See ${withDirectives ? `:kpi[${kpi.id}]` : kpi.title}.${text.slice(cut)}`;
}

function renderPage(page, withDirectives) {
  const out = [`---\ntitle: ${JSON.stringify(page.title)}\n---`, `# ${page.title}`];
  page.blocks.forEach((block, i) => {
    const text = page.reference && i === page.referenceAt ? withReference(block.text, page.reference, withDirectives) : block.text;
    out.push(text);
    if (page.card && i === 0) {
      const {kpi, home, body} = page.card;
      if (home) out.push(withDirectives ? `:::kpi{#${kpi.id}}\n${body}\n:::` : body);
      else if (withDirectives) out.push(`::kpi{#${kpi.id}}`);
    }
  });
  return `${out.join('\n\n')}\n`;
}

/** The folders of a scenario's handbook, as generateScaleHandbook writes them. */
export const scaleHandbookPaths = (root) => ({dirs: {with: join(root, 'with'), matched: join(root, 'matched')}});

/** Page files and URLs: the home page, then the others spread over the registry's areas. */
function pageFiles(pageCount, areas) {
  const perArea = Math.ceil((pageCount - 1) / areas.length);
  const home = {file: 'docs/index.md', url: '/'};
  return [
    home,
    ...Array.from({length: pageCount - 1}, (_, i) => {
      const area = areas[Math.floor(i / perArea)];
      const n = i % perArea;
      const ext = n % 10 === 7 ? 'mdx' : 'md';
      const name = n === 0 ? 'index' : `page-${String(n).padStart(3, '0')}`;
      return {file: `docs/${area.id}/${name}.${ext}`, url: `/${area.id}/${n === 0 ? '' : name}`};
    }),
  ];
}

/**
 * Writes the two variants of a scenario's handbook of `pages` pages under `root`
 * and returns their paths and counts; `benchPlugins` are paths of more bench-only
 * Docusaurus plugins both variants load.
 */
export function generateScaleHandbook(root, {scenario, pages: pageCount, points = 36, seed = 1, benchPlugins = []}) {
  const {cardShare, referenceShare, kpisPerPage} = SCENARIOS[scenario];
  rmSync(root, {recursive: true, force: true});
  const rng = prng(seed);
  const registry = makeRegistry(rng, Math.max(3, Math.round(pageCount * kpisPerPage)), points);
  const files = pageFiles(pageCount, registry.areas);
  const urls = files.map((f) => f.url);
  // Cards go on evenly spaced pages; the first card of each KPI is its home card (a `:::kpi` block with a body).
  const cardEvery = 1 / cardShare;
  const referenceEvery = 1 / referenceShare;
  let cardCount = 0;
  const pages = files.map((f, i) => {
    const page = {
      ...f,
      title: title(rng),
      blocks: pageBody(
        rng,
        urls.filter((url) => url !== f.url),
      ),
    };
    if (Math.floor(i % cardEvery) === 0) {
      const kpi = registry.kpis[cardCount % registry.kpis.length];
      page.card = {kpi, home: cardCount < registry.kpis.length, body: paragraph(rng, 1, 2)};
      cardCount++;
    }
    if (Math.floor((i + 1) % referenceEvery) === 0) {
      const prose = page.blocks.flatMap((block, b) => (block.prose ? [b] : []));
      page.reference = rng.pick(registry.kpis);
      page.referenceAt = rng.pick(prose);
    }
    return page;
  });
  const {dirs} = scaleHandbookPaths(root);
  writeConfig(dirs.with, true, [MODULE_COUNT_PLUGIN, ...benchPlugins]);
  writeConfig(dirs.matched, false, [MODULE_COUNT_PLUGIN, ...benchPlugins]);
  writeRegistry(dirs.with, registry);
  let words = 0;
  for (const page of pages) {
    const stripped = renderPage(page, false);
    words += stripped.split(/\s+/).length;
    write(join(dirs.with, page.file), renderPage(page, true));
    write(join(dirs.matched, page.file), stripped);
  }
  const generatedPages = writeMatchedPages(dirs.matched, registry);
  return {
    dirs,
    stats: {
      scenario,
      pages: pages.length,
      kpis: registry.kpis.length,
      cards: pages.filter((page) => page.card).length,
      references: pages.filter((page) => page.reference).length,
      wordsPerPage: Math.round(words / pages.length),
      generatedPages,
    },
    docsUrls: pages.map((page) => page.url),
  };
}
