import {createHash} from 'node:crypto';
import {mkdir, readFile, rename, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {SourceRow} from './postgres';

/**
 * Results of named-source queries, kept between builds in Docusaurus's
 * generated folder. A result is keyed by the source's name and the exact SQL
 * sent; it holds the rows and when they were read, never a credential.
 */
export interface CachedResult {
  source: string;
  sql: string;
  /** ISO timestamp of the query that produced the rows. */
  queriedAt: string;
  rows: SourceRow[];
}

const CACHE_VERSION = 1;

/** Writes so far in this process, to name each one's temporary file. */
let writes = 0;

export class SourceCache {
  constructor(private readonly dir: string) {}

  /** `<generated folder>/docusaurus-plugin-kpi/<plugin id>/sources`. */
  static inGeneratedFolder(generatedFilesDir: string, pluginId: string): SourceCache {
    return new SourceCache(path.join(generatedFilesDir, 'docusaurus-plugin-kpi', pluginId, 'sources'));
  }

  private file(source: string, sql: string): string {
    const key = createHash('sha256').update(`${CACHE_VERSION}\0${source}\0${sql}`).digest('hex');
    return path.join(this.dir, `${key.slice(0, 32)}.json`);
  }

  async read(source: string, sql: string): Promise<CachedResult | undefined> {
    let text: string;
    try {
      text = await readFile(this.file(source, sql), 'utf8');
    } catch {
      return undefined;
    }
    try {
      const entry = JSON.parse(text) as CachedResult;
      // A hash collision, or a file edited by hand: only an exact match counts.
      return entry.source === source && entry.sql === sql && Array.isArray(entry.rows) ? entry : undefined;
    } catch {
      return undefined;
    }
  }

  async write(entry: CachedResult): Promise<void> {
    const file = this.file(entry.source, entry.sql);
    await mkdir(this.dir, {recursive: true});
    // Written aside then renamed, so a build stopped halfway never leaves half a file to read; aside under a
    // name of its own, as KPIs with the same SQL write the same entry at once.
    const partial = `${file}.${process.pid}.${++writes}.partial`;
    await writeFile(partial, JSON.stringify(entry));
    await rename(partial, file);
  }
}

/** Dates as ISO days, big integers as numbers: rows as JSON can hold them, for the cache. */
export function plainRow(row: SourceRow): SourceRow {
  const plain: SourceRow = {};
  for (const [key, value] of Object.entries(row)) {
    plain[key] = value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'bigint' ? Number(value) : value;
  }
  return plain;
}
