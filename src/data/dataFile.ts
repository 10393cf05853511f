import {promises as fs} from 'node:fs';
import path from 'node:path';
import {didYouMean, type Problem} from '../shared/errors';
import {isInside, sitePath} from './sitePaths';

export interface DataFileRequest {
  siteDir: string;
  /** `siteDir` with links resolved (`fs.realpath`), found once for all files. */
  realSiteDir: string;
  registryDir: string;
  /** As written in the KPI's `data:` field. */
  data: string;
  maxDataFileBytes: number;
}

type Complaint = Pick<Problem, 'message' | 'expected' | 'hint'>;
/** `file` is relative to the site directory, as problems name it. */
export type DataFileResult = {file: string; text: string} | {problem: Complaint};

/**
 * Where a KPI's `data:` path leads, or why it is refused: absolute, or leaving
 * the site folder. Checked before anything else about the path (its file type
 * included), so that a path like `../../../../etc/passwd` is refused for leaving the site.
 */
export function resolveDataPath({
  siteDir,
  registryDir,
  data,
}: Pick<DataFileRequest, 'siteDir' | 'registryDir' | 'data'>): {file: string} | {problem: Complaint} {
  const expected = expectedDataPath(siteDir, registryDir);
  if (path.isAbsolute(data) || path.win32.isAbsolute(data)) {
    return {
      problem: {
        message: `the data path "${data}" is absolute`,
        expected,
        hint: 'keep series files inside the site and write their path relative to the KPI folder',
      },
    };
  }
  const file = path.resolve(registryDir, data);
  if (!isInside(siteDir, file)) {
    return {
      problem: {message: `the data path "${data}" leads outside the site folder`, expected, hint: 'move the series file into the site'},
    };
  }
  return {file};
}

/**
 * Reads a KPI's series file, refusing anything that leaves the site folder
 * (absolute paths, `..`, links pointing elsewhere) or is too large to be a series.
 */
export async function readDataFile({siteDir, realSiteDir, registryDir, data, maxDataFileBytes}: DataFileRequest): Promise<DataFileResult> {
  const resolved = resolveDataPath({siteDir, registryDir, data});
  if ('problem' in resolved) return resolved;
  const {file} = resolved;
  const expected = expectedDataPath(siteDir, registryDir);
  const shown = sitePath(siteDir, file);
  const real = await fs.realpath(file).catch(() => undefined);
  if (!real) {
    return {problem: {message: `data file ${shown} not found`, expected, hint: await nearbyFileHint(file)}};
  }
  if (!isInside(realSiteDir, real)) {
    return {
      problem: {
        message: `${shown} is a link to a file outside the site folder`,
        expected,
        hint: 'copy the series file into the site instead of linking to it',
      },
    };
  }
  // One open file for the size check and the read: no second lookup of the path.
  const handle = await fs.open(real);
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return {problem: {message: `${shown} is not a file`, expected}};
    if (stats.size > maxDataFileBytes) {
      return {
        problem: {
          message: `${shown} is ${stats.size} bytes, more than the limit of ${maxDataFileBytes} bytes`,
          expected: 'a series of one point per period, well under the limit',
          hint: 'raise the plugin option `maxDataFileBytes` if this file really is a series',
        },
      };
    }
    return {file: shown, text: await handle.readFile('utf8')};
  } finally {
    await handle.close();
  }
}

function expectedDataPath(siteDir: string, registryDir: string): string {
  return `a path relative to ${sitePath(siteDir, registryDir)}/, like data/delivery-time.csv`;
}

/** A did-you-mean among the files next to where the missing one was expected. */
async function nearbyFileHint(file: string): Promise<string> {
  const neighbours = await fs.readdir(path.dirname(file)).catch(() => [] as string[]);
  return didYouMean(path.basename(file), neighbours) ?? 'check the spelling of the path and that the file exists';
}
