import path from 'node:path';
import {csvSource} from './csv';
import {jsonSource} from './json';
import type {SeriesSource} from './types';
import {yamlSource} from './yaml';

export type {SeriesInput, SeriesParseResult, SeriesSource, ValueKind} from './types';

/** Every format a series file can be written in. */
export const SERIES_SOURCES: readonly SeriesSource[] = [csvSource, jsonSource, yamlSource];

export const SERIES_EXTENSIONS: readonly string[] = SERIES_SOURCES.flatMap((source) => source.extensions);

/** The source that reads `file`, by its extension. */
export function seriesSourceFor(file: string): SeriesSource | undefined {
  const extension = path.extname(file).toLowerCase();
  return SERIES_SOURCES.find((source) => source.extensions.includes(extension));
}
