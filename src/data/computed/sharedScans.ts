import {type EmbeddedEngine, EngineError} from '../sources/embedded';
import {type RawFile, readerOf} from './rawFiles';

/** Text formats, which the engine parses on every read; Parquet is columnar and read as needed, so it is not copied. */
const PARSED_EXTENSIONS: ReadonlySet<RawFile['extension']> = new Set(['.csv', '.json', '.ndjson', '.jsonl']);

/**
 * Metrics over one text file share one parse of it: the first metric that
 * misses the cache copies the file's rows into a temporary table of the
 * engine, and every metric over that file then reads the table. A file read by
 * one metric only is read directly, as is one whose rows do not fit in the
 * engine's memory limit.
 */
export class SharedScans {
  private readonly tables = new Map<string, Promise<string | undefined>>();
  private readonly shared: Set<string>;

  /** `files`: the raw file of each metric to be computed; those named more than once are shared. */
  constructor(
    private readonly engine: EmbeddedEngine,
    files: RawFile[],
    private readonly timeoutMs: number,
  ) {
    const counts = new Map<string, number>();
    for (const file of files) counts.set(file.real, (counts.get(file.real) ?? 0) + 1);
    this.shared = new Set([...counts].filter(([, count]) => count > 1).map(([real]) => real));
  }

  /** The metric's SQL reading the shared table of its file where there is one. */
  async rewrite(sql: string, file: RawFile): Promise<string> {
    if (!this.shared.has(file.real) || !PARSED_EXTENSIONS.has(file.extension)) return sql;
    const reader = readerOf(file);
    if (!this.tables.has(file.real)) this.tables.set(file.real, this.copy(reader, `_kpi_scan_${this.tables.size + 1}`));
    const table = await this.tables.get(file.real)!;
    return table ? sql.replaceAll(reader, table) : sql;
  }

  private async copy(reader: string, table: string): Promise<string | undefined> {
    try {
      await this.engine.query(`CREATE TEMPORARY TABLE ${table} AS SELECT * FROM ${reader}`, {timeoutMs: this.timeoutMs});
      return table;
    } catch (error) {
      // Too large for memory, or unreadable: each metric reads the file itself and reports what is wrong with it.
      if (error instanceof EngineError) return undefined;
      throw error;
    }
  }
}
