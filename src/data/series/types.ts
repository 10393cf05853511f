import type {Problem} from '../../shared/errors';
import type {SeriesPoint} from '../../types';

/** `text` for qualitative KPIs (`unit: text`), whose values are words, not numbers. */
export type ValueKind = 'number' | 'text';

export interface SeriesInput {
  text: string;
  /** Path relative to the site directory, for problems. */
  file: string;
  valueKind: ValueKind;
}

export interface SeriesParseResult {
  /** In date order; only points without problems. */
  points: SeriesPoint[];
  problems: Problem[];
}

/** One format measurements can be written in. Add a source to support another format. */
export interface SeriesSource {
  name: string;
  /** Lower-case file extensions with their dot, e.g. `.csv`. */
  extensions: string[];
  parse(input: SeriesInput): SeriesParseResult;
}
