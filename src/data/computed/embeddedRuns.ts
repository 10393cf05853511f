import type {Problem} from '../../shared/errors';
import type {KpiDefinition} from '../../types';
import {type EmbeddedEngine, EngineError} from '../sources/embedded';
import type {SourceRow} from '../sources/postgres';
import {type SourceCache, plainRow} from '../sources/sourceCache';
import {type SqlLocation, engineProblem} from './engineErrors';
import {compileFileGroups, compileMetricGroup, groupKey, splitGroupRows, type MemberColumns} from './metricGroups';
import {type RawFile, readerOf} from './rawFiles';
import {SharedScans} from './sharedScans';

/** A KPI's SQL, compiled or written, ready to run. */
export interface Planned {
  kpi: KpiDefinition;
  /** A named source; the embedded engine when undefined. */
  source?: string;
  kind: 'metric' | 'query';
  /** The SQL of this KPI alone: what its cache entry is keyed by, and what it runs when it does not share a statement. */
  sql: string;
  files: RawFile[];
  location: SqlLocation;
}

/** What one KPI's SQL gave: its rows, or what is wrong with it. */
export type Outcome = {rows: SourceRow[]; computedAt: string} | {problem: Problem};

/** Per source name: queries run (not read from the cache) and their total time in milliseconds. */
export type QueryTimings = Record<string, {queries: number; ms: number}>;

export interface EngineRunOptions {
  engine: EmbeddedEngine;
  asOf: string;
  queryTimeout: number;
  cache?: SourceCache;
  /** Run every query again, writing its result over the cached one (`kpi:refresh`). */
  ignoreCache?: boolean;
  timings?: QueryTimings;
}

/**
 * One statement to run: a KPI's own SQL, or one computing several metrics
 * (`columns` then says where each member's points are, and `parts` are the
 * smaller statements to run instead when it fails).
 */
interface Statement {
  members: Planned[];
  sql: string;
  /** The raw file a metric statement reads, which other statements may share a scan of. */
  file?: RawFile;
  columns?: MemberColumns[];
  parts?: Statement[];
}

/**
 * The outcome of every KPI on the embedded engine: cached results where the
 * cache has them (the engine is not even loaded when it has them all), the
 * others computed, metrics over the same rows sharing one statement. Each
 * result is cached under the KPI's own SQL, so a change to one metric
 * recomputes that metric only.
 */
export async function runOnEngine(plans: Planned[], options: EngineRunOptions): Promise<Map<Planned, Outcome>> {
  const outcomes = new Map<Planned, Outcome>();
  if (plans.length === 0) return outcomes;
  const version = await options.engine.version();
  const keyOf = (planned: Planned) => `embedded ${version} ${planned.files.map((file) => `${file.real}@${file.fingerprint}`).join(' ')}`;
  const cached = await Promise.all(
    plans.map((planned) => (options.ignoreCache ? undefined : options.cache?.read(keyOf(planned), planned.sql))),
  );
  const misses = plans.filter((planned, index) => {
    const hit = cached[index];
    if (hit) outcomes.set(planned, {rows: hit.rows, computedAt: hit.queriedAt});
    return !hit;
  });
  const statements = statementsOf(misses, options.asOf);
  const scans = new SharedScans(
    options.engine,
    statements.flatMap((statement) => statement.file ?? []),
    options.queryTimeout,
  );
  const done = async (planned: Planned, rows: SourceRow[]) => {
    const computedAt = new Date().toISOString();
    outcomes.set(planned, {rows, computedAt});
    await options.cache?.write({source: keyOf(planned), sql: planned.sql, queriedAt: computedAt, rows});
  };
  for (const statement of statements) await runStatement(statement, {...options, scans, done, outcomes});
  return outcomes;
}

/**
 * The statements that compute `plans`: one per raw file for the metrics that
 * can share one (their groups together), one per other KPI. Pure.
 */
function statementsOf(plans: Planned[], asOf: string): Statement[] {
  const byFile = new Map<string, Map<string, Planned[]>>();
  const statements: Statement[] = [];
  for (const planned of plans) {
    const file = planned.kind === 'metric' ? planned.files[0]! : undefined;
    const key = file && groupKey(planned.kpi.metric!, planned.kpi.cadence);
    if (key === undefined) {
      statements.push({members: [planned], sql: planned.sql, ...(file && {file})});
      continue;
    }
    const groups = byFile.get(readerOf(file!)) ?? byFile.set(readerOf(file!), new Map()).get(readerOf(file!))!;
    groups.set(key, [...(groups.get(key) ?? []), planned]);
  }
  for (const groups of byFile.values()) statements.push(fileStatement([...groups.values()], asOf));
  return statements;
}

const alone = (planned: Planned): Statement => ({members: [planned], sql: planned.sql, file: planned.files[0]!});

/** The groups of metrics over one file: in one statement, falling back to one per group, then to one per metric. */
function fileStatement(groups: Planned[][], asOf: string): Statement {
  const file = groups[0]![0]!.files[0]!;
  const metricsOf = (members: Planned[]) => ({metrics: members.map((member) => member.kpi.metric!), cadence: members[0]!.kpi.cadence});
  const groupStatement = (members: Planned[]): Statement => {
    if (members.length === 1) return alone(members[0]!);
    const {metrics, cadence} = metricsOf(members);
    const group = compileMetricGroup(metrics, {from: readerOf(file), cadence, asOf});
    return {members, sql: group.sql, file, columns: group.columns, parts: members.map(alone)};
  };
  if (groups.length === 1) return groupStatement(groups[0]!);
  const compiled = compileFileGroups(groups.map(metricsOf), {from: readerOf(file), asOf});
  return {members: groups.flat(), sql: compiled.sql, file, columns: compiled.columns.flat(), parts: groups.map(groupStatement)};
}

interface Running extends EngineRunOptions {
  scans: SharedScans;
  done: (planned: Planned, rows: SourceRow[]) => Promise<void>;
  outcomes: Map<Planned, Outcome>;
}

/** Runs a statement; when one computing several metrics fails, its parts run instead, down to each metric alone, so that each error is its own KPI's. */
async function runStatement(statement: Statement, running: Running): Promise<void> {
  const {members, columns} = statement;
  try {
    const rows = await query(statement, running);
    if (!columns) return await running.done(members[0]!, rows.map(plainRow));
    // Split first: a statement of many metrics has a column or two for each, and each metric's rows are short.
    const split = splitGroupRows(rows, columns).map((memberRows) => memberRows.map(plainRow));
    await Promise.all(members.map((member, index) => running.done(member, split[index]!)));
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
    if (statement.parts) {
      for (const part of statement.parts) await runStatement(part, running);
      return;
    }
    const planned = members[0]!;
    const columnList = await describeFiles(running.engine, planned.files, running.queryTimeout);
    const problem = engineProblem(error.message, planned.location, {
      what: planned.kind,
      columns: columnList,
      mapLines: planned.kind === 'query',
    });
    running.outcomes.set(planned, {problem});
  }
}

async function query(statement: Statement, {engine, scans, queryTimeout, timings}: Running): Promise<SourceRow[]> {
  const sql = statement.file ? await scans.rewrite(statement.sql, statement.file) : statement.sql;
  const started = performance.now();
  try {
    return await engine.query(sql, {timeoutMs: queryTimeout});
  } finally {
    if (timings) {
      const entry = (timings.embedded ??= {queries: 0, ms: 0});
      entry.queries += 1;
      entry.ms += performance.now() - started;
    }
  }
}

/** "columns in kpis/raw/logins.csv: logged_in_at, hub_id, status", for hints. */
async function describeFiles(engine: EmbeddedEngine, files: RawFile[], timeoutMs: number): Promise<string | undefined> {
  const described = await Promise.all(
    files.map(async (file) => {
      const rows = await engine.query(`DESCRIBE SELECT * FROM ${readerOf(file)}`, {timeoutMs}).catch(() => []);
      return rows.length > 0 ? `columns in ${file.shown}: ${rows.map((row) => row.column_name).join(', ')}` : undefined;
    }),
  );
  return described.filter(Boolean).join('; ') || undefined;
}
