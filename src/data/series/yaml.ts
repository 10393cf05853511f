import {parseYamlWithPositions} from '../yamlSource';
import {pointsFromTree} from './tree';
import type {SeriesInput, SeriesParseResult, SeriesSource} from './types';

/** A YAML list of `{date, value, note?}`. */
export const yamlSource: SeriesSource = {
  name: 'YAML',
  extensions: ['.yml', '.yaml'],
  parse({text, file, valueKind}: SeriesInput): SeriesParseResult {
    const source = parseYamlWithPositions(text, file);
    if (source.problems.length > 0) return {points: [], problems: source.problems};
    return pointsFromTree(source.value, source, valueKind);
  },
};
