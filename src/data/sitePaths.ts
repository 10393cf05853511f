import path from 'node:path';
import {posixPath} from '@docusaurus/utils';

/** How problems name a file: relative to the site directory, with forward slashes. */
export function sitePath(siteDir: string, absolutePath: string): string {
  return posixPath(path.relative(siteDir, absolutePath)) || '.';
}

/** Whether `absolutePath` is `dir` or inside it. */
export function isInside(dir: string, absolutePath: string): boolean {
  const relative = path.relative(dir, absolutePath);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
