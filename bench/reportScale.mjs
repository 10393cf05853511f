// Budgets and the BENCHMARKS.md section of the scale scenarios (bench/generateScale.mjs, measureScale in run.mjs).

/** Most CPU (user + sys, build process and children) and peak memory each scenario may add over its matched baseline. */
export const SCALE_BUDGETS = {
  dense: {cpu: 0.08, memory: 0.05},
  typical: {cpu: 0.03},
};
/** The dev loop's goal: a saved CSV shows on the open page within this many milliseconds. */
export const DEV_LOOP_GOAL_MS = 1000;

/** The dev-loop check; none from results older than the dev-loop bench. */
export function devLoopCheck(devLoop) {
  if (!devLoop) return [];
  return [
    {
      name: `Dev loop: a CSV saved under \`docusaurus start\` to the open page showing it (example handbook, median of ${devLoop.samplesMs.length})`,
      timing: true,
      value: `${devLoop.medianMs} ms (${devLoop.samplesMs.join(', ')} ms; polled every ${devLoop.pollMs} ms)`,
      limit: `≤ ${DEV_LOOP_GOAL_MS} ms (goal)`,
      pass: devLoop.medianMs <= DEV_LOOP_GOAL_MS,
    },
  ];
}

const num = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const pct = (ratio) => (Number.isFinite(ratio) ? `${ratio >= 0 ? '+' : ''}${(ratio * 100).toFixed(1)}%` : 'n/a');
const describe = (s) => `${s.stats.scenario}, ${s.stats.pages} pages: ${s.stats.cards} cards, ${s.stats.references} references`;

/** The checks of the scale budgets; none from results older than the scale scenarios. */
export function scaleChecks(scale) {
  if (!scale) return [];
  return scale.scenarios.flatMap((s) => {
    const budget = SCALE_BUDGETS[s.stats.scenario];
    const {with: w, matched: m} = s.builds;
    const cpu = w.cpuS / m.cpuS - 1;
    const memory = w.maxRssMB / m.maxRssMB - 1;
    const checks = [
      {
        name: `Scale, ${describe(s)} (CPU vs matched baseline)`,
        timing: true,
        value: `${pct(cpu)} (${num(w.cpuS)} s vs ${num(m.cpuS)} s CPU; wall ${pct(w.wallS / m.wallS - 1)})`,
        limit: `≤ +${budget.cpu * 100}%`,
        pass: cpu <= budget.cpu,
      },
    ];
    if (budget.memory !== undefined) {
      checks.push({
        name: `Scale, ${describe(s)} (peak memory vs matched baseline)`,
        timing: true,
        value: `${pct(memory)} (${num(w.maxRssMB, 0)} MB vs ${num(m.maxRssMB, 0)} MB)`,
        limit: `≤ +${budget.memory * 100}%`,
        pass: memory <= budget.memory,
      });
    }
    return checks;
  });
}

export function scaleRows(scale) {
  const scenarios = scale.scenarios;
  const row = (label, fn) => [label, ...scenarios.map(fn)];
  return [
    ['Measure', ...scenarios.map((s) => s.stats.scenario)],
    row('Pages (words a page) / generated pages', (s) => `${s.stats.pages} (${s.stats.wordsPerPage}) / ${s.stats.generatedPages}`),
    row('KPIs / cards / inline references', (s) => `${s.stats.kpis} / ${s.stats.cards} / ${s.stats.references}`),
    row('Builds of each variant (interleaved)', (s) => String(s.reps)),
    row('CPU (user + sys, with children), with / matched', (s) => `${num(s.builds.with.cpuS)} / ${num(s.builds.matched.cpuS)} s`),
    row('**CPU overhead**', (s) => `**${pct(s.builds.with.cpuS / s.builds.matched.cpuS - 1)}**`),
    row(
      'Wall, with / matched',
      (s) => `${num(s.builds.with.wallS)} / ${num(s.builds.matched.wallS)} s (${pct(s.builds.with.wallS / s.builds.matched.wallS - 1)})`,
    ),
    row(
      'Peak RSS, with / matched',
      (s) =>
        `${num(s.builds.with.maxRssMB, 0)} / ${num(s.builds.matched.maxRssMB, 0)} MB (${pct(s.builds.with.maxRssMB / s.builds.matched.maxRssMB - 1)})`,
    ),
    row('Webpack bundling, with / matched', (s) => `${num(s.builds.with.bundleS)} / ${num(s.builds.matched.bundleS)} s`),
    row('Static rendering (SSG), with / matched', (s) => `${num(s.builds.with.ssgS)} / ${num(s.builds.matched.ssgS)} s`),
    row(
      'Build samples (wall), with \\| matched',
      (s) => `${s.builds.with.samplesS.join(', ')} \\| ${s.builds.matched.samplesS.join(', ')}`,
    ),
    row('Load average (1 min) at each build', (s) => s.loadAverages.join(', ')),
    row(
      'Webpack modules, client: with / matched (per KPI)',
      (s) => `${s.modules.with.client.modules} / ${s.modules.matched.client.modules} (${num(s.modules.addedPerKpi.client, 2)})`,
    ),
    row(
      'Webpack modules, server: with / matched (per KPI)',
      (s) => `${s.modules.with.server.modules} / ${s.modules.matched.server.modules} (${num(s.modules.addedPerKpi.server, 2)})`,
    ),
    row('… of which KPI data modules (client)', (s) => String(s.modules.with.client.kpiDataModules)),
    row('`createData` files (per KPI)', (s) => `${s.createDataFiles} (${num(s.createDataFiles / s.stats.kpis, 2)})`),
    row('HTML added over all docs pages (raw / gzip)', (s) => `${num(s.html.bytes / 1024, 0)} KB / ${num(s.html.gzipBytes / 1024, 0)} KB`),
    row(
      'HTML added per card or reference (raw / gzip)',
      (s) => `${num(s.html.perCardOrReference.bytes, 0)} B / ${num(s.html.perCardOrReference.gzipBytes, 0)} B`,
    ),
  ];
}

/** The BENCHMARKS.md section; empty for results older than the scale scenarios. */
export function scaleSection(scale, table) {
  if (!scale) return '';
  return `### Scale: long pages of real-world shape

Measured ${scale.date.slice(0, 10)}. Handbooks of long pages (\`bench/generateScale.mjs\`: h2 and h3 sections, fenced
code blocks, GFM tables, lists with internal and external links; one page in ten MDX): *dense* has a card (a
\`:::kpi\` block with a body for each KPI's home page, \`::kpi\` elsewhere) and a \`:kpi[…]\` reference on every page,
*typical* has cards on 5% of the pages and references on 20%. Each is built cold against its matched baseline (the
same pages without directives, plus a plain page at the URL of each page the plugin generates), the two scenarios
and both variants interleaved, medians. CPU is user + system time of the build process (worker threads included)
and of the child processes it waited for; peak RSS is the build process's. Modules are counted by a bench-only
plugin (\`bench/lib/moduleCount.cjs\`, through \`configureWebpack\`) loaded by both variants. The baseline's
stand-ins for generated pages are Markdown pages with measurement tables, which cost more to compile than the
plugin's generated pages (see the profile below): the overheads are of the plugin against a site that writes
those pages by hand.

${table(scaleRows(scale))}

`;
}

/**
 * "Where the build time goes", from bench/profile.json (bench/profile.mjs --write), then the
 * hand-written reading of that profile in bench/profile-notes.md, kept as it is.
 */
export function profileSection(profile, notes, table) {
  if (!profile) return '';
  const rows = (list) =>
    list.map((row) => [
      row.name,
      `${num(row.withMs / 1000)} s`,
      `${num(row.matchedMs / 1000)} s`,
      `${row.deltaMs >= 0 ? '+' : ''}${num(row.deltaMs / 1000, 2)} s`,
    ]);
  const {with: w, matched: m} = profile.builds;
  return `### Where the build time goes (profile of ${profile.date.slice(0, 10)})

\`${profile.command}\`: one cold build of the dense handbook (${profile.stats.pages} pages, ${profile.stats.kpis} KPIs,
${profile.stats.cards} cards, ${profile.stats.references} references) and one of its matched baseline, each under
\`node --cpu-prof\`, self time summed by npm package (the server bundle's lines put down to the modules webpack
bundled into it) and scaled to each build's measured CPU time: ${num(profile.cpuMs.with / 1000)} s with the plugin,
${num(profile.cpuMs.matched / 1000)} s matched (${pct(profile.cpuMs.with / profile.cpuMs.matched - 1)}); load average
${w.loadAverage} and ${m.loadAverage} at the start of each build. Single builds: differences under about a second
are noise.

By stage:

${table([['Stage', 'With', 'Matched', 'Delta'], ...rows(profile.stages)])}

The 20 packages whose self time differs most:

${table([['Package', 'With', 'Matched', 'Delta'], ...rows(profile.rows.slice(0, 20))])}

${notes ? `${notes.trim()}\n\n` : ''}`;
}
