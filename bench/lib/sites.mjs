// Paths of a generated handbook.
import {readdirSync} from 'node:fs';
import {join, relative} from 'node:path';

/** Every Markdown page under `<siteDir>/docs`, relative to the site, sorted. */
export function docsFiles(siteDir) {
  const out = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.mdx?$/.test(entry.name)) out.push(relative(siteDir, path).split('\\').join('/'));
    }
  };
  walk(join(siteDir, 'docs'));
  return out.sort();
}
