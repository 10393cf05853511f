import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {Problem} from '../../shared/errors';
import type {Position} from '../yamlSource';

/** Where a query's SQL is written in the YAML, to point an engine's `LINE n` back into the file. */
export interface SqlLocation {
  file: string;
  /** Position of the `sql:` value: the `|` of a block scalar, or the start of a plain one. */
  at: Position;
  siteDir: string;
}

/** The YAML line of line `sqlLine` (1-based) of the SQL: block scalars start on the line after their `|` or `>`. */
export function yamlLineOf({file, at, siteDir}: SqlLocation, sqlLine: number): number {
  const text = readFileSync(path.join(siteDir, file), 'utf8').split(/\r?\n/)[at.line - 1] ?? '';
  const isBlock = /^[|>]/.test(text.slice(at.column - 1));
  return at.line + (isBlock ? sqlLine : sqlLine - 1);
}

/** Hints for what engines say most often. */
function hintFor(message: string, columns: string | undefined): string | undefined {
  if (/Referenced column|not found in FROM clause|column .* does not exist/i.test(message) && columns) return columns;
  if (/syntax error/i.test(message))
    return 'check the SQL near the position given; a metric measure is an aggregate like count_distinct(hub_id)';
  if (/extension/i.test(message)) return 'extensions cannot be installed or loaded: the engine runs with what it ships';
  if (/Permission Error|file system operations are disabled/i.test(message)) {
    return 'the engine reads only files inside the site folder, written relative to the KPI folder, and never the network';
  }
  return columns;
}

/**
 * An engine's error as a problem in the YAML: at the line the engine names
 * inside the SQL when it names one, else at the metric or query; with the
 * engine's first line of message and a hint (the columns of the files read).
 */
export function engineProblem(
  message: string,
  location: SqlLocation,
  {what, columns, mapLines}: {what: string; columns?: string; mapLines: boolean},
): Problem {
  const sqlLine = mapLines ? /LINE (\d+):/.exec(message)?.[1] : undefined;
  const firstLine = message.split('\n')[0]!.replace(/\s+$/, '');
  return {
    file: location.file,
    ...(sqlLine ? {line: yamlLineOf(location, Number(sqlLine)), column: location.at.column} : location.at),
    message: `the ${what} failed: ${firstLine}`,
    expected: 'SQL the engine can run over the raw files, returning date and value columns',
    hint: hintFor(message, columns),
  };
}
