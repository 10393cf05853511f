import {promises as fs} from 'node:fs';
import path from 'node:path';
import {didYouMean, type Problem} from '../../shared/errors';
import {RAW_FILE_EXTENSIONS, type RawFileExtension, isOneOf} from '../../shared/vocabulary';
import {isInside, sitePath} from '../sitePaths';

export interface RawFileContext {
  siteDir: string;
  /** `siteDir` with links resolved. */
  realSiteDir: string;
  registryDir: string;
  maxRawFileBytes: number;
}

export type Complaint = Pick<Problem, 'message' | 'expected' | 'hint'>;

/** A raw file a metric or query reads: where it really is, how the site names it, and what identifies its content. */
export interface RawFile {
  real: string;
  shown: string;
  extension: RawFileExtension;
  /** Size and modification time, for cache keys. */
  fingerprint: string;
}

/**
 * Finds a raw file written relative to the registry folder, refusing one that
 * leaves the site folder (checked first, whatever its name), a link that points
 * outside, a file that is not there, not of a raw format, or too large.
 */
export async function locateRawFile(written: string, context: RawFileContext): Promise<RawFile | {problem: Complaint}> {
  const {siteDir, registryDir} = context;
  const expected = `a file relative to ${sitePath(siteDir, registryDir)}/, like raw/logins.csv`;
  const file = path.resolve(registryDir, written);
  if (path.isAbsolute(written) || !isInside(siteDir, file)) {
    return {problem: {message: `the raw file "${written}" is outside the site folder`, expected, hint: 'keep raw files inside the site'}};
  }
  const shown = sitePath(siteDir, file);
  const real = await fs.realpath(file).catch(() => undefined);
  if (!real) return {problem: {message: `raw file ${shown} not found`, expected, hint: await nearbyHint(file)}};
  if (!isInside(context.realSiteDir, real)) {
    return {problem: {message: `${shown} is a link to a file outside the site folder`, expected, hint: 'copy the file into the site'}};
  }
  const extension = path.extname(file).toLowerCase();
  if (!isOneOf(RAW_FILE_EXTENSIONS, extension)) {
    return {problem: {message: `cannot read rows from ${shown}`, expected: `a file ending in ${RAW_FILE_EXTENSIONS.join(', ')}`}};
  }
  const stats = await fs.stat(real);
  if (stats.size > context.maxRawFileBytes) {
    return {
      problem: {
        message: `${shown} is ${stats.size} bytes, more than the limit of ${context.maxRawFileBytes} bytes`,
        expected: 'a raw file under the limit',
        hint: 'raise the plugin option `maxRawFileBytes`',
      },
    };
  }
  return {real, shown, extension, fingerprint: `${stats.size}:${stats.mtimeMs}`};
}

/** The SQL table expression that reads a raw file. */
export function readerOf(file: RawFile): string {
  const literal = `'${file.real.replace(/'/g, "''")}'`;
  switch (file.extension) {
    case '.csv':
      return `read_csv(${literal})`;
    case '.parquet':
      return `read_parquet(${literal})`;
    case '.json':
      return `read_json(${literal}, format = 'array')`;
    case '.ndjson':
    case '.jsonl':
      return `read_json(${literal}, format = 'newline_delimited')`;
  }
}

async function nearbyHint(file: string): Promise<string> {
  const neighbours = await fs.readdir(path.dirname(file)).catch(() => [] as string[]);
  return didYouMean(path.basename(file), neighbours) ?? 'check the spelling of the path and that the file exists';
}
