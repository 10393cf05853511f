import {RAW_FILE_EXTENSIONS} from '../../shared/vocabulary';
import {type Complaint, type RawFile, type RawFileContext, locateRawFile} from './rawFiles';

// A quoted SQL string, with '' for a quote inside it.
const STRING_LITERAL = /'((?:[^']|'')*)'/g;

/** Whether a string in SQL names a file: it ends like a raw file, or is a path that could lead out of the site. */
function looksLikeFile(text: string): boolean {
  const lower = text.toLowerCase();
  return RAW_FILE_EXTENSIONS.some((extension) => lower.endsWith(extension)) || text.startsWith('/') || text.startsWith('../');
}

/**
 * The SQL with every file it names (`'raw/renewals.csv'`, `read_csv('raw/x.csv')`)
 * resolved against the registry folder and checked like a metric's `from`;
 * the engine's sandbox still refuses anything else outside the site. Lines
 * keep their numbers, so the engine's positions still point into the YAML.
 */
export async function resolveSqlFiles(
  sql: string,
  context: RawFileContext,
): Promise<{sql: string; files: RawFile[]} | {problem: Complaint & {written: string}}> {
  // Each file once, however often the SQL names it.
  const files: RawFile[] = [];
  const pieces: string[] = [];
  let last = 0;
  for (const match of sql.matchAll(STRING_LITERAL)) {
    const written = match[1]!.replace(/''/g, "'");
    if (!looksLikeFile(written)) continue;
    const located = await locateRawFile(written, context);
    if ('problem' in located) return {problem: {...located.problem, written}};
    if (!files.some((file) => file.real === located.real)) files.push(located);
    pieces.push(sql.slice(last, match.index), `'${located.real.replace(/'/g, "''")}'`);
    last = match.index! + match[0].length;
  }
  pieces.push(sql.slice(last));
  return {sql: pieces.join(''), files};
}
