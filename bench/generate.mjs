// Synthetic handbooks for the benchmark, deterministic for a given seed.
//
// A handbook is written three times from one page model:
//   with/     the plugin, its registry (kpis/) and pages with KPI directives;
//   matched/  no plugin: the same pages with the directives removed, plus one
//             plain Markdown page of similar length for every page the plugin
//             generates (index, one per area, one per KPI), at the same URLs;
//   plain/    no plugin: the same pages with the directives removed, nothing else.
// `with` against `matched` is the plugin's cost; `with` against `plain` is what
// a site pays for the plugin and the pages it adds.
//
// The data set (generateDataSet) is a registry only: 1,000 KPIs with 1,000
// points each, for the data pipeline benchmark.
import {mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';

export const AS_OF = '2026-11-20';

/** Small, fast, seedable PRNG (mulberry32). */
export function prng(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (items) => items[Math.floor(next() * items.length)];
  const chance = (p) => next() < p;
  return {next, int, pick, chance};
}

const WORDS = `
team work plan goal review budget service people community project support
delivery quality member partner process policy training report meeting data
hub user cloud compute research education staff volunteer grant funding cost
release roadmap feedback survey onboarding retention growth health safety
security incident response capacity storage network uptime migration upgrade
process decision owner steward council charter handbook guide practice metric
measure target progress quarter month year week schedule calendar priority
risk issue change request proposal contract vendor supplier invoice payment
account customer course workshop event outreach newsletter website content
document archive record template checklist workflow approval sign review audit
we our the a an of to in for with on by from as at and or but so that which
each every most some many few all more less new current next previous shared
open clear simple careful regular steady quick slow long short small large
keep make take give share track check set agree meet raise lower improve build
run write read publish update collect count compare discuss decide learn help
`
  .trim()
  .split(/\s+/);

const AREA_NAMES = [
  'product',
  'people',
  'finance',
  'operations',
  'community',
  'research',
  'education',
  'security',
  'infrastructure',
  'support',
  'partnerships',
  'governance',
  'outreach',
  'training',
  'quality',
  'delivery',
  'growth',
  'platform',
  'data',
  'events',
  'procurement',
  'legal',
  'facilities',
  'communications',
  'fundraising',
  'hiring',
  'wellbeing',
  'sustainability',
  'compliance',
  'design',
];
const KPI_WORDS = [
  'delivery',
  'uptime',
  'response',
  'retention',
  'onboarding',
  'cost',
  'budget',
  'satisfaction',
  'adoption',
  'coverage',
  'latency',
  'backlog',
  'turnover',
  'attendance',
  'completion',
  'growth',
  'usage',
  'incidents',
  'tickets',
  'revenue',
  'grants',
  'members',
  'courses',
  'releases',
];
const KPI_SUFFIXES = ['time', 'rate', 'count', 'share', 'score', 'ratio', 'days', 'level'];
const UNITS = ['days', 'count', 'percent', 'hours', 'score', 'currency:EUR', 'ratio'];
const SHOW = ['title', 'title', 'title', 'value', 'status', 'change', 'target'];

export function sentence(rng, min = 8, max = 16) {
  const n = rng.int(min, max);
  const words = Array.from({length: n}, () => rng.pick(WORDS));
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  return `${words.join(' ')}.`;
}
export const paragraph = (rng, min = 3, max = 6) => Array.from({length: rng.int(min, max)}, () => sentence(rng)).join(' ');
export const title = (rng, min = 2, max = 5) => {
  const text = Array.from({length: rng.int(min, max)}, () => rng.pick(WORDS)).join(' ');
  return text[0].toUpperCase() + text.slice(1);
};
export const yamlString = (text) => JSON.stringify(text);

function monthsBack(endIso, count) {
  const [year, month] = endIso.split('-').map(Number);
  const dates = [];
  for (let i = count - 1; i >= 0; i--) {
    const index = year * 12 + (month - 1) - i;
    dates.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`);
  }
  return dates;
}

function daysBack(endIso, count) {
  const end = Date.parse(`${endIso}T00:00:00Z`);
  return Array.from({length: count}, (_, i) => new Date(end - (count - 1 - i) * 86_400_000).toISOString().slice(0, 10));
}

function randomWalk(rng, count, unit) {
  let value = unit === 'percent' ? rng.int(30, 70) : unit === 'ratio' ? rng.next() + 0.5 : rng.int(10, 500);
  const drift = (rng.next() - 0.4) * 0.02;
  return Array.from({length: count}, () => {
    value = value * (1 + drift + (rng.next() - 0.5) * 0.06);
    if (unit === 'percent') value = Math.min(99.9, Math.max(0.1, value));
    return Math.round(value * 100) / 100;
  });
}

export const write = (file, text) => {
  mkdirSync(dirname(file), {recursive: true});
  writeFileSync(file, text);
};

/** The registry: areas and KPIs with their monthly series, as data (not yet files). */
export function makeRegistry(rng, kpiCount, points) {
  const areaCount = Math.max(3, Math.round(Math.sqrt(kpiCount)));
  const areas = Array.from({length: areaCount}, (_, i) => ({
    id: `${AREA_NAMES[i % AREA_NAMES.length]}${i >= AREA_NAMES.length ? `-${Math.floor(i / AREA_NAMES.length) + 1}` : ''}`,
    title: title(rng, 1, 3),
    description: sentence(rng),
    owner: `${title(rng, 1, 2)} lead`,
    kpis: [],
  }));
  const kpis = [];
  for (let i = 0; i < kpiCount; i++) {
    const area = areas[i % areaCount];
    const kind = rng.next();
    const format = kind < 0.85 ? 'csv' : kind < 0.93 ? 'json' : 'yaml';
    const unit = format === 'yaml' ? 'text' : rng.pick(UNITS);
    const id = `${rng.pick(KPI_WORDS)}-${rng.pick(KPI_SUFFIXES)}-${i + 1}`;
    const dates = monthsBack('2026-11-01', points);
    const values = unit === 'text' ? dates.map(() => title(rng, 2, 4)) : randomWalk(rng, points, unit);
    const last = values.at(-1);
    const withFootnote = rng.chance(1 / 3);
    const kpi = {
      id,
      area: area.id,
      title: title(rng, 2, 4),
      definition: `${sentence(rng, 10, 20).slice(0, -1)}${withFootnote ? '[^source]' : ''}.`,
      footnotes: withFootnote ? {source: sentence(rng, 6, 10)} : undefined,
      unit,
      direction: rng.chance(0.5) ? 'up' : 'down',
      tags: unit === 'text' ? ['qualitative', 'leading'] : ['quantitative', rng.chance(0.5) ? 'lagging' : 'leading'],
      owner: area.owner,
      targets:
        unit === 'text'
          ? []
          : [
              {value: typeof last === 'number' ? Math.round(last * 0.9 * 10) / 10 : 1, by: '2026-06-30'},
              {value: typeof last === 'number' ? Math.round(last * 1.1 * 10) / 10 : 1, by: '2027-12-31'},
            ],
      parent: area.kpis.length > 2 && rng.chance(0.1) ? rng.pick(area.kpis).id : undefined,
      format,
      series: dates.map((date, j) => ({date, value: values[j], note: j % 17 === 5 ? sentence(rng, 3, 6) : undefined})),
    };
    area.kpis.push(kpi);
    kpis.push(kpi);
  }
  return {areas, kpis};
}

function writeSeries(dir, kpi) {
  const file = `data/${kpi.id}.${kpi.format}`;
  if (kpi.format === 'csv') {
    const rows = kpi.series.map(({date, value, note}) => (note ? `${date},${value},"${note}"` : `${date},${value}`));
    write(join(dir, file), `date,value,note\n${rows.join('\n')}\n`);
  } else if (kpi.format === 'json') {
    write(
      join(dir, file),
      `${JSON.stringify(
        kpi.series.map(({date, value, note}) => (note ? {date, value, note} : {date, value})),
        null,
        2,
      )}\n`,
    );
  } else {
    const items = kpi.series.map(
      ({date, value, note}) => `- date: ${date}\n  value: ${yamlString(String(value))}${note ? `\n  note: ${yamlString(note)}` : ''}`,
    );
    write(join(dir, file), `${items.join('\n')}\n`);
  }
  return file;
}

/** `kpis/`: areas.yml, one YAML file per area and a series file per KPI. */
export function writeRegistry(siteDir, {areas}, cadence = 'monthly') {
  const dir = join(siteDir, 'kpis');
  write(
    join(dir, 'areas.yml'),
    areas
      .map(
        (a) =>
          `- id: ${a.id}\n  title: ${yamlString(a.title)}\n  description: ${yamlString(a.description)}\n  owner: ${yamlString(a.owner)}`,
      )
      .join('\n') + '\n',
  );
  for (const area of areas) {
    const entries = area.kpis.map((kpi) => {
      const data = writeSeries(dir, kpi);
      const lines = [
        `  - id: ${kpi.id}`,
        `    title: ${yamlString(kpi.title)}`,
        `    definition: ${yamlString(kpi.definition)}`,
        ...(kpi.footnotes ? [`    footnotes:`, `      source: ${yamlString(kpi.footnotes.source)}`] : []),
        `    unit: ${kpi.unit}`,
        `    direction: ${kpi.direction}`,
        `    tags: [${kpi.tags.join(', ')}]`,
        `    cadence: ${cadence}`,
        `    owner: ${yamlString(kpi.owner)}`,
        ...(kpi.targets.length ? ['    targets:', ...kpi.targets.map((t) => `      - {value: ${t.value}, by: ${t.by}}`)] : []),
        `    data: ${data}`,
        ...(kpi.parent ? [`    parent: ${kpi.parent}`] : []),
      ];
      return lines.join('\n');
    });
    write(join(dir, `${area.id}.yml`), `area: ${area.id}\nkpis:\n${entries.join('\n')}\n`);
  }
}

/**
 * The page model: each page is a list of blocks; KPI blocks and inline
 * references are rendered as directives (`with`) or removed (`matched`, `plain`).
 */
function makePages(rng, pageCount, registry) {
  const {areas, kpis} = registry;
  const pages = [];
  pages.push({file: 'docs/index.md', title: 'Handbook', blocks: [{p: paragraph(rng)}, {index: undefined}, {p: paragraph(rng)}]});
  // Ten cards and nothing else from the plugin: HTML per card is measured on it.
  pages.push({
    file: 'docs/bench-cards.md',
    title: 'Ten cards',
    blocks: [{p: paragraph(rng, 1, 2)}, ...kpis.slice(0, 10).map((kpi) => ({card: kpi.id}))],
  });
  const perArea = Math.max(2, Math.floor((pageCount - pages.length) / areas.length));
  for (const [a, area] of areas.entries()) {
    const count = a === areas.length - 1 ? pageCount - pages.length : perArea;
    const areaPages = [];
    for (let i = 0; i < count; i++) {
      const ext = i > 0 && i % 10 === 3 ? 'mdx' : 'md';
      areaPages.push({
        file: `docs/${area.id}/${i === 0 ? 'index' : `page-${String(i).padStart(3, '0')}`}.${ext}`,
        title: title(rng),
        blocks: [],
      });
    }
    // The area overview lists its KPIs; every KPI has a home card on one page of its area.
    areaPages[0].blocks.push({p: paragraph(rng)}, {index: area.id});
    area.kpis.forEach((kpi, k) => {
      const page = areaPages[1 + (k % (areaPages.length - 1))];
      page.blocks.push({container: kpi.id, body: paragraph(rng, 1, 2)});
    });
    for (const page of areaPages) {
      const sections = rng.int(2, 3);
      const body = [];
      for (let s = 0; s < sections; s++) {
        body.push({h2: title(rng)});
        for (let p = rng.int(2, 3); p > 0; p--) body.push({p: paragraph(rng)});
      }
      // Most pages cite a KPI of their area with a second card, and KPIs of any area inline.
      if (page.blocks.length === 0 && rng.chance(0.6)) body.splice(2, 0, {card: rng.pick(area.kpis).id});
      if (rng.chance(0.85)) {
        for (let r = rng.int(1, 3); r > 0; r--) {
          const target = body.filter((block) => block.p !== undefined);
          const block = rng.pick(target);
          const kpi = rng.chance(0.6) ? rng.pick(area.kpis) : rng.pick(kpis);
          block.refs = [...(block.refs ?? []), {id: kpi.id, show: rng.pick(SHOW), title: kpi.title}];
        }
      }
      page.blocks = [...page.blocks.slice(0, 1), ...body, ...page.blocks.slice(1)];
      if (page.file.endsWith('.mdx')) page.blocks.push({jsx: true});
    }
    pages.push(...areaPages);
  }
  return pages;
}

function renderPage(page, withDirectives) {
  const out = [`---\ntitle: ${yamlString(page.title)}\n---\n`, `# ${page.title}\n`];
  for (const block of page.blocks) {
    if (block.h2) out.push(`## ${block.h2}\n`);
    else if (block.p !== undefined) {
      // An inline reference goes after the first sentence; without the plugin, its title is left as plain text.
      let text = block.p;
      for (const ref of block.refs ?? []) {
        const cut = text.indexOf('. ') + 1;
        const inline = withDirectives ? (ref.show === 'title' ? `:kpi[${ref.id}]` : `:kpi[${ref.id}]{show=${ref.show}}`) : ref.title;
        text = `${text.slice(0, cut)} See ${inline}.${text.slice(cut)}`;
      }
      out.push(`${text}\n`);
    } else if (block.container) {
      out.push(withDirectives ? `:::kpi{#${block.container}}\n${block.body}\n:::\n` : `${block.body}\n`);
    } else if (block.card) {
      if (withDirectives) out.push(`::kpi{#${block.card}}\n`);
    } else if ('index' in block) {
      if (withDirectives) out.push(block.index ? `::kpi-index{area=${block.index}}\n` : '::kpi-index\n');
    } else if (block.jsx) {
      out.push(`export const Note = ({children}) => <aside>{children}</aside>;\n\n<Note>Written in MDX.</Note>\n`);
    }
  }
  return out.join('\n');
}

/** Plain Markdown pages standing in for the pages the plugin generates, at the same URLs. */
export function writeMatchedPages(siteDir, registry) {
  const {areas, kpis} = registry;
  const base = join(siteDir, 'src/pages/kpis');
  const line = (kpi) => {
    const last = kpi.series.at(-1);
    return `- **${kpi.title}**: ${last.value} (${kpi.unit}), on track, as of ${last.date}, owner ${kpi.owner}`;
  };
  write(
    join(base, 'index.md'),
    [
      `# KPIs\n`,
      `Every KPI by area, as of ${AS_OF}.\n`,
      ...areas.flatMap((a) => [`## ${a.title}\n`, `${a.description}\n`, ...a.kpis.map(line), '']),
    ].join('\n'),
  );
  for (const area of areas) {
    write(
      join(base, area.id, 'index.md'),
      [
        `# ${area.title}\n`,
        `${area.description} Owner: ${area.owner}.\n`,
        ...area.kpis.flatMap((kpi) => [`## ${kpi.title}\n`, `${line(kpi)}\n`, `${kpi.definition.replace('[^source]', '')}\n`]),
      ].join('\n'),
    );
  }
  for (const kpi of kpis) {
    const footnote = kpi.footnotes ? `\n[^source]: ${kpi.footnotes.source}\n` : '';
    const rows = kpi.series.map(({date, value, note}) => `| ${date} | ${value} | ${note ?? ''} |`);
    write(
      join(base, kpi.area, `${kpi.id}.md`),
      [
        `# ${kpi.title}\n`,
        `${line(kpi)}\n`,
        `## Definition\n`,
        `${kpi.definition}\n${footnote}`,
        `## Targets\n`,
        '| Value | By |',
        '| --- | --- |',
        ...kpi.targets.map((t) => `| ${t.value} | ${t.by} |`),
        '',
        `## Chart\n`,
        `${kpi.series.length} measurements from ${kpi.series[0].date} to ${kpi.series.at(-1).date}.\n`,
        `## Checklist\n`,
        '- Specific: has a definition',
        '- Measurable: has a unit and data',
        '- Achievable: has a target',
        '- Relevant: belongs to an area',
        '- Time-bound: targets have dates',
        '',
        `## Measurements\n`,
        '| Date | Value | Note |',
        '| --- | --- | --- |',
        ...rows,
        '',
        `## Cited by\n`,
        'Pages of the handbook that cite this KPI.\n',
      ].join('\n'),
    );
  }
  return 1 + areas.length + kpis.length;
}

/** The site's config; `benchPlugins` are paths of bench-only Docusaurus plugins added to either variant. */
export function writeConfig(siteDir, withPlugin, benchPlugins = []) {
  const plugins = [
    ...(withPlugin ? [`['docusaurus-plugin-kpi', {asOf: '${AS_OF}', maxKpisPerArea: 1000}]`] : []),
    ...benchPlugins.map((path) => JSON.stringify(path)),
  ];
  const remark = withPlugin ? 'remarkPlugins: [remarkKpi]' : '';
  write(join(siteDir, 'package.json'), `${JSON.stringify({private: true, name: 'kpi-bench-site'})}\n`);
  write(
    join(siteDir, 'docusaurus.config.js'),
    `// Generated by bench/generate.mjs.
${withPlugin ? "const {remarkKpi} = require('docusaurus-plugin-kpi');\n" : ''}
/** @type {import('@docusaurus/types').Config} */
module.exports = {
  title: 'Benchmark handbook',
  url: 'https://bench.example.org',
  baseUrl: '/',
  onBrokenLinks: 'throw',
  markdown: {format: 'detect'},
  presets: [
    [
      'classic',
      {
        docs: {routeBasePath: '/', ${remark}},
        blog: false,
        pages: {${remark}},
        theme: {},
      },
    ],
  ],
  plugins: [${plugins.join(', ')}],
};
`,
  );
}

/**
 * Writes the three variants of a handbook of `pages` pages and `kpis` KPIs with
 * `points` monthly points each under `root`, and returns their paths and counts.
 */
export function generateHandbook(root, {pages: pageCount, kpis: kpiCount, points = 36, seed = 1}) {
  rmSync(root, {recursive: true, force: true});
  const rng = prng(seed);
  const registry = makeRegistry(rng, kpiCount, points);
  const pages = makePages(rng, pageCount, registry);
  const dirs = {with: join(root, 'with'), matched: join(root, 'matched'), plain: join(root, 'plain')};
  writeConfig(dirs.with, true);
  writeConfig(dirs.matched, false);
  writeConfig(dirs.plain, false);
  writeRegistry(dirs.with, registry);
  for (const page of pages) {
    write(join(dirs.with, page.file), renderPage(page, true));
    const stripped = renderPage(page, false);
    write(join(dirs.matched, page.file), stripped);
    write(join(dirs.plain, page.file), stripped);
  }
  const generatedPages = writeMatchedPages(dirs.matched, registry);
  const count = (test) => pages.reduce((sum, page) => sum + page.blocks.filter(test).length, 0);
  const refs = pages.reduce((sum, page) => sum + page.blocks.reduce((n, block) => n + (block.refs?.length ?? 0), 0), 0);
  const kpiPages = pages.filter((page) => page.blocks.some((b) => b.card || b.container || b.refs?.length || 'index' in b)).length;
  // A typical page with a card: the home page of the first KPI of the first area.
  const typical = pages.find((page) => page.blocks.some((b) => b.container === registry.kpis[0].id));
  return {
    dirs,
    stats: {
      pages: pages.length,
      pagesWithKpis: kpiPages,
      kpis: registry.kpis.length,
      areas: registry.areas.length,
      points,
      cards: count((b) => b.card || b.container),
      references: refs,
      generatedPages,
    },
    pages: pages.map((page) => page.file),
    samplePages: {
      typical: typical.file,
      cards: 'docs/bench-cards.md',
      cardsCount: 10,
      kpiPage: `kpis/${registry.kpis[0].area}/${registry.kpis[0].id}`,
    },
  };
}

/** A registry alone: `kpis` KPIs with `points` daily points each, all CSV, for the data pipeline. */
export function generateDataSet(root, {kpis: kpiCount = 1000, points = 1000, seed = 7}) {
  rmSync(root, {recursive: true, force: true});
  const rng = prng(seed);
  const areas = Array.from({length: 10}, (_, i) => ({
    id: `area-${i + 1}`,
    title: title(rng, 1, 3),
    description: sentence(rng),
    owner: 'Data lead',
    kpis: [],
  }));
  const dates = daysBack(AS_OF, points);
  for (let i = 0; i < kpiCount; i++) {
    const area = areas[i % areas.length];
    const unit = rng.pick(['days', 'count', 'percent', 'hours', 'score']);
    const values = randomWalk(rng, points, unit);
    area.kpis.push({
      id: `kpi-${String(i + 1).padStart(4, '0')}`,
      area: area.id,
      title: title(rng, 2, 4),
      definition: `${sentence(rng, 10, 20)}`,
      unit,
      direction: rng.chance(0.5) ? 'up' : 'down',
      tags: ['quantitative', 'lagging'],
      owner: area.owner,
      targets: [
        {value: Math.round(values.at(-1) * 0.9 * 10) / 10, by: '2026-06-30'},
        {value: Math.round(values.at(-1) * 1.1 * 10) / 10, by: '2027-12-31'},
      ],
      format: 'csv',
      series: dates.map((date, j) => ({date, value: values[j], note: j % 50 === 7 ? sentence(rng, 3, 6) : undefined})),
    });
  }
  writeRegistry(root, {areas}, 'daily');
  write(join(root, 'package.json'), `${JSON.stringify({private: true, name: 'kpi-bench-data'})}\n`);
  return {dir: root, kpis: kpiCount, points};
}
