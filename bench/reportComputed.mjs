// Budgets and the BENCHMARKS.md section of computed KPIs (bench/computed.mjs, measureComputed in run.mjs).

export const COMPUTED_BUDGETS = {
  oneMetricRatio: 1.3,
  hundredMetricsRatio: 3,
  warmRebuildOverhead: 0.02,
};

const num = (value, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const pct = (ratio) => (Number.isFinite(ratio) ? `${ratio >= 0 ? '+' : ''}${(ratio * 100).toFixed(1)}%` : 'n/a');

/** The checks of the computed-KPI budgets; none from results older than the computed bench. */
export function computedChecks(computed) {
  if (!computed) return [];
  const rows = computed.rows.toLocaleString('en');
  const single = (format, run) => ({
    name: `Computed KPI: a monthly count_distinct over a ${rows}-row ${format} log (vs the same SQL directly)`,
    timing: true,
    value: `${num(run.ratio)}× (${num(run.pluginS, 3)} s vs ${num(run.directS, 3)} s)`,
    limit: `≤ ${COMPUTED_BUDGETS.oneMetricRatio}×`,
    pass: run.ratio <= COMPUTED_BUDGETS.oneMetricRatio,
  });
  const {hundred, rebuild} = computed;
  const overhead = rebuild.cpuRatio - 1;
  return [
    single('CSV', computed.csv),
    single('Parquet', computed.parquet),
    {
      name: `Computed KPIs: ${hundred.kpis} metrics over one ${rows}-row CSV (vs one query)`,
      timing: true,
      value: `${num(hundred.ratio)}× (${num(hundred.pluginS, 2)} s vs ${num(hundred.oneQueryS, 3)} s)`,
      limit: `≤ ${COMPUTED_BUDGETS.hundredMetricsRatio}×`,
      pass: hundred.ratio <= COMPUTED_BUDGETS.hundredMetricsRatio,
    },
    {
      name: `Computed KPIs: rebuild with the cache warm, ${rebuild.pages} pages, ${rebuild.computedKpis} of ${rebuild.kpis} KPIs computed (CPU, vs data files)`,
      timing: true,
      value: `${pct(overhead)} (${num(rebuild.computed.cpuS, 1)} s vs ${num(rebuild.files.cpuS, 1)} s CPU; ${rebuild.ranNoQuery ? 'no query ran' : 'QUERIES RAN'})`,
      limit: `≤ +${COMPUTED_BUDGETS.warmRebuildOverhead * 100}%, no query`,
      pass: overhead <= COMPUTED_BUDGETS.warmRebuildOverhead && rebuild.ranNoQuery,
    },
  ];
}

/** The BENCHMARKS.md section; empty for results older than the computed bench. */
export function computedSection(computed, table) {
  if (!computed) return '';
  const {csv, parquet, hundred, rebuild} = computed;
  return `### Computed KPIs (embedded engine)

Measured ${computed.date ? `on ${computed.date.slice(0, 10)}` : 'in the run above'}${computed.machine ? ` (load average ${computed.machine.loadAverageAtStart.join(', ')} at the start)` : ''}. A ${computed.rows.toLocaleString('en')}-row login log (500 hubs, 50,000 users, two years), as CSV and as Parquet
(\`bench/computed.mjs\`), medians of ${computed.reps} interleaved runs after a warm-up of each. "Plugin" is the
registry loaded as a build loads it, without the result cache: engine start, sandbox, the raw file located and
checked, the metric compiled and run, its points checked. "Directly" is the same SQL in a fresh
\`@duckdb/node-api\` instance.

${table([
  ['Run', 'Time', 'Ratio', 'Peak RSS'],
  [
    'One monthly `count_distinct(hub_id)`, CSV: plugin / directly',
    `${num(csv.pluginS, 3)} s / ${num(csv.directS, 3)} s`,
    `${num(csv.ratio)}×`,
    `${csv.peakRssMB} MB`,
  ],
  [
    'The same, Parquet: plugin / directly',
    `${num(parquet.pluginS, 3)} s / ${num(parquet.directS, 3)} s`,
    `${num(parquet.ratio)}×`,
    `${parquet.peakRssMB} MB`,
  ],
  [
    `${hundred.kpis} metrics over the CSV (every measure, daily to quarterly, two thirds filtered) / one direct query`,
    `${num(hundred.pluginS, 2)} s / ${num(hundred.oneQueryS, 3)} s`,
    `${num(hundred.ratio)}×`,
    `${hundred.peakRssMB} MB`,
  ],
])}

Peak RSS is of the bench process so far (it only grows). The ${hundred.kpis} metrics run as one statement that
parses the CSV once: the metrics of each cadence aggregate together in one pass over its rows, each metric's
\`where\` filtering what its own aggregate sees (\`src/data/computed/metricGroups.ts\`). Tried and left out: a temporary
table of the file read by one statement per cadence (about 15% more CPU than the one statement), and statements
run at once on several connections (no faster: one statement already keeps every core busy).

Rebuild with the cache warm: a ${rebuild.pages}-page handbook whose ${rebuild.computedKpis} of ${rebuild.kpis} KPIs are metrics over a
${rebuild.rows.toLocaleString('en')}-row log, rebuilt cold except for the plugin's result cache, against the same handbook with
those series as data files; medians of ${rebuild.reps} interleaved builds: ${num(rebuild.computed.cpuS, 1)} s against
${num(rebuild.files.cpuS, 1)} s of CPU (${pct(rebuild.cpuRatio - 1)}), ${num(rebuild.computed.wallS, 1)} s against ${num(rebuild.files.wallS, 1)} s of wall time;
${rebuild.ranNoQuery ? "no query ran in the rebuilds (their results carry the warm-up build's time)" : 'SOME QUERIES RAN in the rebuilds'}.

`;
}
