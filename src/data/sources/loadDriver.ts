import {createRequire} from 'node:module';
import path from 'node:path';
import {KpiSourceError} from './sourceError';

type Pg = typeof import('pg');

/** `queryMode: 'extended'`, which allows one statement per query, came in pg 8.12. */
const OLDEST_PG = [8, 12];

/**
 * The `pg` package, loaded the first time a postgres source is used (it is an
 * optional peer dependency: sites without one never load it). Resolved from
 * the site first, then from the plugin.
 */
export function loadPg(source: string, siteDir: string, pluginFile = __filename): Pg {
  const install = 'npm install pg';
  for (const from of [path.join(siteDir, 'package.json'), pluginFile]) {
    let pg: Pg;
    try {
      pg = createRequire(from)('pg') as Pg;
    } catch (error) {
      const {code, message} = error as NodeJS.ErrnoException;
      if (code === 'MODULE_NOT_FOUND' && message.includes("'pg'")) continue;
      throw error;
    }
    checkVersion(source, createRequire(from)('pg/package.json') as {version: string});
    return pg;
  }
  throw new KpiSourceError(source, 'setup', `source ${source} is of type postgres, which needs the package pg, not installed`, {
    hint: `run \`${install}\` in the site folder`,
  });
}

function checkVersion(source: string, {version}: {version: string}): void {
  const [major, minor] = version.split('.').map(Number);
  if (major === OLDEST_PG[0] && minor! >= OLDEST_PG[1]!) return;
  throw new KpiSourceError(source, 'setup', `source ${source} needs pg ${OLDEST_PG.join('.')} or a later 8.x, not ${version}`, {
    hint: 'run `npm install pg@8` in the site folder',
  });
}
