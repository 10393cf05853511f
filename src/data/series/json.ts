import type {Problem} from '../../shared/errors';
import {parseYamlWithPositions, type Position} from '../yamlSource';
import type {Locator} from '../joiProblems';
import {pointsFromTree} from './tree';
import type {SeriesInput, SeriesParseResult, SeriesSource} from './types';

/** A JSON array of `{date, value, note?}`. */
export const jsonSource: SeriesSource = {
  name: 'JSON',
  extensions: ['.json'],
  parse({text, file, valueKind}: SeriesInput): SeriesParseResult {
    const json = text.replace(/^\uFEFF/, '');
    let data: unknown;
    try {
      data = JSON.parse(json);
    } catch (error) {
      return {points: [], problems: [syntaxProblem(error as SyntaxError, json, file)]};
    }
    return pointsFromTree(data, locatorFor(json, file), valueKind);
  },
};

/**
 * JSON is YAML too, and the YAML parser knows where every value is written.
 * The rare JSON it reads differently gets messages without lines instead.
 */
function locatorFor(json: string, file: string): Locator {
  const source = parseYamlWithPositions(json, file);
  return source.problems.length === 0 ? source : {file, positionOf: () => undefined};
}

function syntaxProblem(error: SyntaxError, json: string, file: string): Problem {
  // Node says where, when it can, as "at position 42"; the quoted source it may add is noise.
  const offset = /at position (\d+)/.exec(error.message)?.[1];
  const message = error.message.replace(/, ".*" is not valid JSON$/s, '').replace(/ in JSON at position \d+.*$/s, '');
  return {
    file,
    ...(offset === undefined ? {} : positionAt(json, Number(offset))),
    message: `invalid JSON: ${message}`,
    hint: 'check for a missing or extra comma, bracket or quote',
  };
}

function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset).split('\n');
  return {line: before.length, column: before[before.length - 1]!.length + 1};
}
