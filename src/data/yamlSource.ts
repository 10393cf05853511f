import {promises as fs} from 'node:fs';
import {LineCounter, isMap, isScalar, parseDocument, type Document, type YAMLError} from 'yaml';
import type {Problem} from '../shared/errors';

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
}

/** Friendlier words for the YAML errors people actually make. */
const SYNTAX_HELP: Record<string, Pick<Problem, 'message' | 'hint'>> = {
  DUPLICATE_KEY: {message: 'the same field appears twice in one mapping', hint: 'keep only one of them'},
  MULTIPLE_DOCS: {message: 'the file holds more than one YAML document', hint: 'remove the extra `---` line'},
  TAB_AS_INDENT: {message: 'tabs cannot be used to indent YAML', hint: 'indent with spaces'},
};

export function parseYamlSource(text: string, file: string): YamlSource {
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
    positionOf: (path, options = {}) => at(offsetOf(doc, path, options.key ?? false)),
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

/** Reads and parses a YAML file; a file that cannot be read is a problem like a syntax error. */
export async function readYamlSource(absolutePath: string, file: string): Promise<YamlSource> {
  try {
    return parseYamlSource(await fs.readFile(absolutePath, 'utf8'), file);
  } catch (error) {
    const problem: Problem = {file, message: `cannot read the file: ${(error as Error).message}`};
    return {file, value: undefined, problems: [problem], positionOf: () => ({line: 1, column: 1})};
  }
}
