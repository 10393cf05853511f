import {promises as fs} from 'node:fs';
import type {Problem} from '../shared/errors';
import type {SeriesPoint} from '../types';
import type {KpiEntry, SeriesRequest} from './areaFile';
import {readDataFile, resolveDataPath} from './dataFile';
import {SERIES_EXTENSIONS, seriesSourceFor} from './series';

export interface SeriesOptions {
  siteDir: string;
  registryDir: string;
  maxDataFileBytes: number;
}

/** The series of every KPI that has one, keyed by KPI id. */
export async function loadAllSeries(
  entries: KpiEntry[],
  options: SeriesOptions,
): Promise<{series: Record<string, SeriesPoint[]>; problems: Problem[]}> {
  // No prototype, so a KPI called "constructor" without data has no series rather than Object's.
  const series: Record<string, SeriesPoint[]> = Object.create(null);
  const problems: Problem[] = [];
  const files = {...options, realSiteDir: await fs.realpath(options.siteDir)};
  const loaded = await Promise.all(
    entries.map(({series: request, source, path}) => {
      if (!request) return undefined;
      const atDataField = source.placeOf([...path, 'data']);
      return loadKpiSeries(request, atDataField, files);
    }),
  );
  loaded.forEach((result, index) => {
    if (!result) return;
    problems.push(...result.problems);
    if (result.points) series[entries[index]!.id] = result.points;
  });
  return {series, problems};
}

/** The measurements of one KPI; problems with its path point at its `data:` field, `atDataField`. */
async function loadKpiSeries(
  {data, valueKind}: SeriesRequest,
  atDataField: Pick<Problem, 'file' | 'line' | 'column'>,
  options: SeriesOptions & {realSiteDir: string},
): Promise<{points?: SeriesPoint[]; problems: Problem[]}> {
  // Where the path leads comes first: a path out of the site is refused for that, whatever its file type.
  const resolved = resolveDataPath({...options, data});
  if ('problem' in resolved) return {problems: [{...atDataField, ...resolved.problem}]};
  const seriesSource = seriesSourceFor(data);
  if (!seriesSource) {
    return {
      problems: [
        {
          ...atDataField,
          message: `cannot read a series from "${data}"`,
          expected: `a file ending in ${SERIES_EXTENSIONS.join(', ')}`,
          hint: 'save the series as CSV with the columns date,value (and note, if you like)',
        },
      ],
    };
  }
  const read = await readDataFile({...options, data});
  if ('problem' in read) return {problems: [{...atDataField, ...read.problem}]};
  const parsed = seriesSource.parse({text: read.text, file: read.file, valueKind});
  return {points: parsed.points, problems: parsed.problems};
}
