import {promises as fs} from 'node:fs';
import type {PluginOptions} from '../../options';
import type {Problem} from '../../shared/errors';
import type {Computation, KpiDefinition, SeriesPoint} from '../../types';
import type {KpiEntry} from '../areaFile';
import {toSeriesPoints} from '../series/points';
import {EmbeddedEngine} from '../sources/embedded';
import type {SourceRow} from '../sources/postgres';
import type {NamedSources} from '../sources/namedSources';
import {type SourceCache, plainRow} from '../sources/sourceCache';
import {KpiSourceError} from '../sources/sourceError';
import type {SqlLocation} from './engineErrors';
import {type Outcome, type Planned, type QueryTimings, runOnEngine} from './embeddedRuns';
import {compileMetric} from './metricSql';
import {compileSourceMetric, unknownSource} from './sourceMetric';
import {type RawFileContext, locateRawFile, readerOf} from './rawFiles';
import {resolveSqlFiles} from './sqlFiles';

export interface ComputedSeriesOptions {
  siteDir: string;
  registryDir: string;
  /** ISO date the metrics are computed at. */
  asOf: string;
  maxRawFileBytes: number;
  /** Longest a query may run, in milliseconds. */
  queryTimeout: number;
  /** The engine's memory limit, like `1GB`. */
  engineMemoryLimit: string;
  /** Results of earlier builds; none when undefined. */
  cache?: SourceCache;
  /** The site's named sources (option `sources`), for a `metric` or `query` with `source:`. */
  sources?: NamedSources;
  /** Run every query of the embedded engine again, writing its result over the cached one (`kpi:refresh`). */
  ignoreCache?: boolean;
  /** Filled in with how many queries each source (`embedded` for the engine) ran, and for how long. */
  timings?: QueryTimings;
}

export type {QueryTimings} from './embeddedRuns';

function timed<T>(timings: QueryTimings | undefined, source: string, run: () => Promise<T>): Promise<T> {
  if (!timings) return run();
  const started = performance.now();
  return run().finally(() => {
    const entry = (timings[source] ??= {queries: 0, ms: 0});
    entry.queries += 1;
    entry.ms += performance.now() - started;
  });
}

export interface ComputedSeries {
  series: Record<string, SeriesPoint[]>;
  computations: Record<string, Computation>;
  /** ISO dates of the last successful query, for KPIs whose source was down and whose cached result stands in. */
  lastSuccessfulQuery: Record<string, string>;
  problems: Problem[];
}

/**
 * The series of every KPI with a `metric` or `query`, computed by the
 * embedded engine (loaded only when some KPI has one), each result cached
 * between builds under its SQL, the engine's version and its files' sizes and
 * modification times.
 */
export async function loadComputedSeries(entries: KpiEntry[], options: ComputedSeriesOptions): Promise<ComputedSeries> {
  const result: ComputedSeries = {
    series: Object.create(null),
    computations: Object.create(null),
    lastSuccessfulQuery: Object.create(null),
    problems: [],
  };
  const wanted = entries.filter((entry) => entry.kpi?.metric || entry.kpi?.query);
  if (wanted.length === 0) return result;
  const context: RawFileContext = {...options, realSiteDir: await fs.realpath(options.siteDir)};
  const plans = await Promise.all(wanted.map((entry) => plan(entry, context, options)));
  const engine = new EmbeddedEngine({siteDir: options.siteDir, registryDir: options.registryDir, memoryLimit: options.engineMemoryLimit});
  try {
    const onEngine = plans.filter((planned): planned is Planned => 'sql' in planned && !planned.source);
    const outcomes = await runOnEngine(onEngine, {...options, engine});
    for (const planned of plans) {
      if ('problem' in planned) result.problems.push(planned.problem);
      else if (planned.source) await runOnSource(planned, options, result);
      else recordOutcome(planned, outcomes.get(planned)!, result);
    }
  } finally {
    await engine.close();
  }
  return result;
}

async function plan(entry: KpiEntry, context: RawFileContext, options: ComputedSeriesOptions): Promise<Planned | {problem: Problem}> {
  const kpi = entry.kpi!;
  const kind = kpi.metric ? 'metric' : 'query';
  const fieldPath = kind === 'metric' ? [...entry.path, 'metric', 'from'] : [...entry.path, 'query', 'sql'];
  const location: SqlLocation = {file: entry.source.file, at: entry.source.positionOf(fieldPath), siteDir: options.siteDir};
  const at = {file: location.file, ...location.at};
  if (kpi.metric?.source) {
    const metricAt = entry.source.positionOf([...entry.path, 'metric']);
    const sourceAt = {file: location.file, ...entry.source.positionOf([...entry.path, 'metric', 'source'])};
    const compiled = await compileSourceMetric({...kpi, metric: kpi.metric}, {sources: options.sources, asOf: options.asOf, at: sourceAt});
    if ('problem' in compiled) return compiled;
    return {kpi, kind, source: kpi.metric.source, sql: compiled.sql, files: [], location: {...location, at: metricAt}};
  }
  if (kpi.query?.source) return {kpi, kind, source: kpi.query.source, sql: kpi.query.sql, files: [], location};
  if (kpi.metric) {
    const file = await locateRawFile(kpi.metric.from, context);
    if ('problem' in file) return {problem: {...at, ...file.problem}};
    const sql = compileMetric(kpi.metric, {from: readerOf(file), cadence: kpi.cadence, asOf: options.asOf});
    return {kpi, kind, sql, files: [file], location: {...location, at: entry.source.positionOf([...entry.path, 'metric'])}};
  }
  const resolved = await resolveSqlFiles(kpi.query!.sql, context);
  if ('problem' in resolved) return {problem: {...at, ...resolved.problem}};
  return {kpi, kind, sql: resolved.sql, files: resolved.files, location};
}

function recordOutcome(planned: Planned, outcome: Outcome, into: ComputedSeries) {
  if ('problem' in outcome) into.problems.push(outcome.problem);
  else record(planned, outcome.rows, {computedAt: outcome.computedAt, source: 'embedded'}, into);
}

/** A `query` with `source:`, through the named sources, which cache and fall back as the options say. */
async function runOnSource(planned: Planned, options: ComputedSeriesOptions, into: ComputedSeries): Promise<void> {
  const name = planned.source!;
  const at = {file: planned.location.file, ...planned.location.at};
  const unknown = unknownSource(name, options.sources, at);
  if (unknown) {
    into.problems.push(unknown);
    return;
  }
  try {
    const result = await timed(options.timings, name, () => options.sources!.query(name, planned.sql));
    record(planned, result.rows, {computedAt: result.queriedAt, source: name}, into);
    if (result.stale) into.lastSuccessfulQuery[planned.kpi.id] = result.queriedAt.slice(0, 10);
  } catch (error) {
    if (!(error instanceof KpiSourceError)) throw error;
    const expected =
      planned.kind === 'metric'
        ? `a metric whose from, time, measure and where source ${name} can run`
        : 'a query the source can run, returning date and value columns';
    into.problems.push({...at, message: error.message, expected, ...(error.hint && {hint: error.hint})});
  }
}

function record(planned: Planned, rows: SourceRow[], {computedAt, source}: {computedAt: string; source: string}, into: ComputedSeries) {
  const {kpi, kind, location} = planned;
  const points = rowsToPoints(rows.map(plainRow), kpi, location);
  into.problems.push(...points.problems);
  into.series[kpi.id] = points.points;
  const sql = kind === 'query' ? kpi.query!.sql : shownSql(planned);
  into.computations[kpi.id] = {kind, sql, files: planned.files.map((file) => file.shown), source, computedAt};
}

/** A metric's SQL as pages and `kpis.json` show it: files named from the site folder, not where this machine keeps them. */
function shownSql({sql, files}: Planned): string {
  const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;
  return files.reduce((shown, file) => shown.replaceAll(literal(file.real), literal(file.shown)), sql);
}

/** The rows as a series, with the checks every series gets (dates, values, one point per date), positioned at the query. */
function rowsToPoints(rows: SourceRow[], kpi: KpiDefinition, location: SqlLocation): {points: SeriesPoint[]; problems: Problem[]} {
  const at = {file: location.file, ...location.at};
  const columns = Object.keys(rows[0] ?? {});
  if (rows.length > 0 && (!columns.includes('date') || !columns.includes('value'))) {
    return {
      points: [],
      problems: [
        {
          ...at,
          message: `the result of the ${kpi.metric ? 'metric' : 'query'} of KPI "${kpi.id}" has the columns ${columns.join(', ')}`,
          expected: 'columns named date and value (and, if you like, note)',
          hint: 'name them in the SELECT: select month_end as date, renewed as value …',
        },
      ],
    };
  }
  const raws = rows.map((row, index) => ({
    label: `row ${index + 1} of the result`,
    at: {point: location.at},
    date: row.date,
    value: row.value,
    ...(typeof row.note === 'string' && row.note !== '' && {note: row.note}),
    valueIsText: false,
  }));
  const parsed = toSeriesPoints(raws, location.file, kpi.unit === 'text' ? 'text' : 'number');
  return {
    points: parsed.points,
    problems: parsed.problems.map((problem) => ({...problem, message: `KPI "${kpi.id}": ${problem.message}`})),
  };
}

/** What the loaders need to compute KPIs with a `metric` or `query`, at `asOf`. */
export function computedOptions(
  options: PluginOptions,
  asOf: string,
  cache?: SourceCache,
  sources?: NamedSources,
): Omit<ComputedSeriesOptions, 'siteDir' | 'registryDir'> {
  return {
    asOf,
    maxRawFileBytes: options.maxRawFileBytes,
    queryTimeout: options.queryTimeout,
    engineMemoryLimit: options.engineMemoryLimit,
    ...(cache && {cache}),
    ...(sources && {sources}),
  };
}
