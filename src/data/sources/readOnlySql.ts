import {KpiSourceError, positionInText} from './sourceError';

/** Statements that return rows without writing: what a KPI query may be. */
const READING_STATEMENTS = new Set(['select', 'with', 'values', 'table']);

/** Leading whitespace, `-- …` lines and `/* … *\/` blocks, then the first word (or an opening parenthesis). */
const FIRST_WORD = /^(?:\s+|--[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)*(\(|[a-z_]+)/i;

/**
 * Refuses, with a clear message, SQL that is not a query (`delete`, `insert`,
 * `create`, …) before it is sent. The read-only transaction would refuse the
 * write anyway; this says so in the author's terms.
 */
export function checkReadingStatement(source: string, sql: string): void {
  const match = FIRST_WORD.exec(sql);
  if (!match) return;
  const word = match[1]!.toLowerCase();
  if (word === '(' || READING_STATEMENTS.has(word)) return;
  throw new KpiSourceError(source, 'query', `source ${source} is read-only: a KPI query must be a select, not ${word}`, {
    hint: 'a KPI query can only read: select (or with … select), never insert, update, delete or create',
    position: positionInText(sql, match[0].length - word.length + 1),
  });
}
