import {promises as fs} from 'node:fs';
import {LineCounter, isMap, isScalar, parseDocument, type Document, type YAMLError} from 'yaml';
import type {Problem} from '../shared/errors';
import type {SourcePosition} from '../types';
import {quickYamlValue} from './yamlQuick';

export type PathSegment = string | number;

export interface Position {
  line: number;
  column: number;
}

/** A parsed YAML file that can tell where any of its values is written. */
export interface YamlSource {
  /** Path relative to the site directory, with forward slashes. */
  file: string;
  /** Plain data; `undefined` when the file has syntax errors. */
  value: unknown;
  /** Syntax errors and warnings. */
  problems: Problem[];
  /**
   * Where the value at `path` starts, or its key with `key: true`. A path that
   * does not exist (a missing field) gives the nearest enclosing value.
   */
  positionOf(path: readonly PathSegment[], options?: {key?: boolean}): Position;
  /**
   * The file and place of the value at `path`, looked up when the line or
   * column is first read: most places are never shown, and a quickly read file
   * finds them by a second, careful parse.
   */
  placeOf(path: readonly PathSegment[]): SourcePosition;
  /**
   * The syntax errors of the careful parse. A quickly read file has none in
   * `problems`, yet the careful parse may refuse it: a loader that finds its
   * data wrong asks here first, so that the file is reported for its syntax.
   */
  syntaxProblems(): Problem[];
}

/** Friendlier words for the YAML errors people actually make. */
const SYNTAX_HELP: Record<string, Pick<Problem, 'message' | 'hint'>> = {
  DUPLICATE_KEY: {message: 'the same field appears twice in one mapping', hint: 'keep only one of them'},
  MULTIPLE_DOCS: {message: 'the file holds more than one YAML document', hint: 'remove the extra `---` line'},
  TAB_AS_INDENT: {message: 'tabs cannot be used to indent YAML', hint: 'indent with spaces'},
};

/**
 * Parses a YAML file quickly when it can, and carefully (keeping where every
 * value is written) when it must: for syntax errors, and on the first position
 * asked for. Both reads give the same data.
 */
export function parseYamlSource(text: string, file: string): YamlSource {
  const quick = quickYamlValue(text);
  if (!quick) return parseYamlWithPositions(text, file);
  let careful: YamlSource | undefined;
  const carefully = () => (careful ??= parseYamlWithPositions(text, file));
  const positionOf: YamlSource['positionOf'] = (path, options) => carefully().positionOf(path, options);
  return {
    file,
    value: quick.value,
    problems: [],
    positionOf,
    placeOf: (path) => placeIn(file, path, positionOf),
    syntaxProblems: () => carefully().problems,
  };
}

/** Parses a YAML file keeping where every value is written, for files whose every position is wanted. */
export function parseYamlWithPositions(text: string, file: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {lineCounter, prettyErrors: false});
  const at = (offset: number): Position => {
    const {line, col} = lineCounter.linePos(offset);
    return {line, column: col};
  };
  const toProblem = (error: YAMLError): Problem => ({
    file,
    ...at(error.pos[0]),
    ...(SYNTAX_HELP[error.code] ?? {
      message: `invalid YAML: ${error.message}`,
      hint: 'check the indentation and quotes on this line and the one before',
    }),
  });
  const problems = [...doc.errors, ...doc.warnings].map(toProblem);
  return {
    file,
    value: problems.length > 0 ? undefined : toPlainData(doc, file, problems),
    problems,
    positionOf,
    placeOf: (path) => placeIn(file, path, positionOf),
    syntaxProblems: () => problems,
  };

  function positionOf(path: readonly PathSegment[], options: {key?: boolean} = {}): Position {
    return at(offsetOf(doc, path, options.key ?? false));
  }
}

function placeIn(file: string, path: readonly PathSegment[], positionOf: YamlSource['positionOf']): SourcePosition {
  let position: Position | undefined;
  const find = () => (position ??= positionOf(path));
  return {
    file,
    get line() {
      return find().line;
    },
    get column() {
      return find().column;
    },
  };
}

/** `doc.toJS()`, which refuses documents that expand aliases too much. */
function toPlainData(doc: Document, file: string, problems: Problem[]): unknown {
  try {
    return doc.toJS();
  } catch (error) {
    problems.push({file, line: 1, column: 1, message: `the YAML cannot be read: ${(error as Error).message}`});
    return undefined;
  }
}

function offsetOf(doc: Document, path: readonly PathSegment[], key: boolean): number {
  if (key && path.length > 0) {
    const parent = doc.getIn(path.slice(0, -1), true);
    const last = path[path.length - 1];
    const pair = isMap(parent) ? parent.items.find((item) => isScalar(item.key) && item.key.value === last) : undefined;
    if (isScalar(pair?.key) && pair.key.range) return pair.key.range[0];
  }
  for (let length = path.length; length >= 0; length -= 1) {
    const node = length === 0 ? doc.contents : doc.getIn(path.slice(0, length), true);
    const range = (node as {range?: [number, number, number]} | null | undefined)?.range;
    if (range) return range[0];
  }
  return 0;
}

/**
 * The problems to report for a file whose data has `problems`: its syntax
 * errors instead, when it has any, since a quick read may accept a file the
 * careful parse refuses. Undefined when the data's problems stand.
 */
export function syntaxProblemsInstead(source: YamlSource, problems: readonly Problem[]): Problem[] | undefined {
  if (problems.length === 0) return undefined;
  const syntax = source.syntaxProblems();
  return syntax.length > 0 ? syntax : undefined;
}

/** Reads and parses a YAML file; a file that cannot be read is a problem like a syntax error. */
export async function readYamlSource(absolutePath: string, file: string): Promise<YamlSource> {
  try {
    return parseYamlSource(await fs.readFile(absolutePath, 'utf8'), file);
  } catch (error) {
    const problem: Problem = {file, message: `cannot read the file: ${(error as Error).message}`};
    const positionOf = () => ({line: 1, column: 1});
    return {
      file,
      value: undefined,
      problems: [problem],
      positionOf,
      placeOf: (path) => placeIn(file, path, positionOf),
      syntaxProblems: () => [problem],
    };
  }
}
