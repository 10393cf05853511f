import path from 'node:path';
import {DEFAULT_OPTIONS} from '../options';
import {throwIfProblems, type Problem} from '../shared/errors';
import type {Area, Registry} from '../types';
import {loadAreaFile, type KpiEntry, type LoadedAreaFile} from './areaFile';
import {loadAreas, type LoadedAreas} from './areas';
import {type ComputedSeriesOptions, loadComputedSeries} from './computed/loadComputed';
import {loadAllSeries} from './loadSeries';
import {type LoadedObjectives, loadObjectivesFile, objectiveRegistryProblems} from './objectives';
import {findRegistryFiles} from './registryFolder';
import {duplicateKpiProblems, parentCycleProblems, unknownAreaProblems, unknownParentProblems} from './registryChecks';
import {sitePath} from './sitePaths';

export interface LoadRegistryOptions {
  siteDir: string;
  /** Registry folder, relative to `siteDir` (default `kpis`) or absolute. */
  path: string;
  /** Largest series file accepted, in bytes. */
  maxDataFileBytes: number;
  /** What KPIs with a `metric` or `query` are computed with. */
  computed?: Omit<ComputedSeriesOptions, 'siteDir' | 'registryDir'>;
}

/**
 * Loads areas, KPI definitions and their series from the registry folder.
 * Every problem in every file is collected first, then all are thrown as one
 * `KpiUserError`, so a single build reports everything there is to fix.
 */
export async function loadRegistry(options: LoadRegistryOptions): Promise<Registry> {
  const {siteDir, maxDataFileBytes} = options;
  const dir = path.resolve(siteDir, options.path);
  const found = await findRegistryFiles(siteDir, dir);
  const problems: Problem[] = [...found.problems];

  const areas: LoadedAreas = found.areasFile
    ? await loadAreas(found.areasFile, sitePath(siteDir, found.areasFile))
    : {areas: [], complete: false, problems: []};
  const files = await Promise.all(found.areaFiles.map((file) => loadAreaFile(file, sitePath(siteDir, file))));
  const objectives: LoadedObjectives = found.objectivesFile
    ? await loadObjectivesFile(found.objectivesFile, sitePath(siteDir, found.objectivesFile))
    : {entries: [], problems: []};
  problems.push(...areas.problems, ...files.flatMap((file) => file.problems), ...objectives.problems);

  const entries = inRegistryOrder(files, areas.areas);
  problems.push(...duplicateKpiProblems(entries), ...parentCycleProblems(entries));
  // A reference can only be called unknown when every file it could name was read.
  if (areas.complete) problems.push(...unknownAreaProblems(files, areas.areas, sitePath(siteDir, found.areasFile!)));
  if (files.every((file) => file.complete)) problems.push(...unknownParentProblems(entries));
  problems.push(
    ...objectiveRegistryProblems(
      objectives,
      files.every((file) => file.complete) ? entries : undefined,
      areas.complete ? {list: areas.areas, file: sitePath(siteDir, found.areasFile!)} : undefined,
    ),
  );

  const kpis = entries.flatMap((entry) => (entry.kpi ? [entry.kpi] : []));
  const loaded = await loadAllSeries(entries, {siteDir, registryDir: dir, maxDataFileBytes});
  // Only a registry without problems so far is worth running queries for.
  const computed =
    problems.length === 0
      ? await loadComputedSeries(entries, {...(options.computed ?? defaultComputed()), siteDir, registryDir: dir})
      : undefined;
  problems.push(...loaded.problems, ...(computed?.problems ?? []));

  throwIfProblems(sortProblems(problems), 'docusaurus-plugin-kpi found problems in the KPI files');
  return {
    dir,
    areas: areas.areas,
    kpis,
    series: {...loaded.series, ...computed?.series},
    computations: computed?.computations ?? {},
    lastSuccessfulQuery: computed?.lastSuccessfulQuery ?? {},
    objectives: objectives.entries.flatMap((entry) => (entry.objective ? [entry.objective] : [])),
  };
}

/** Area order from `areas.yml`, then file name order, then order in the file. */
function inRegistryOrder(files: LoadedAreaFile[], areas: Area[]): KpiEntry[] {
  const rank = (file: LoadedAreaFile) => {
    const order = areas.find((area) => area.id === file.area)?.order;
    return order ?? areas.length;
  };
  return [...files].sort((a, b) => rank(a) - rank(b)).flatMap((file) => file.entries);
}

/** By file, then place in the file, so the report reads like a walk through the files. */
function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => {
    if (a.file !== b.file) return a.file < b.file ? -1 : 1;
    return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
  });
}

/** Computed at today's date with the default limits, when the caller gives none. */
function defaultComputed(): Omit<ComputedSeriesOptions, 'siteDir' | 'registryDir'> {
  const {maxRawFileBytes, queryTimeout, engineMemoryLimit} = DEFAULT_OPTIONS;
  return {asOf: new Date().toISOString().slice(0, 10), maxRawFileBytes, queryTimeout, engineMemoryLimit};
}
