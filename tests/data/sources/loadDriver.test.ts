import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {loadPg} from '../../../src/data/sources/loadDriver';
import {KpiSourceError} from '../../../src/data/sources/sourceError';

describe('the pg driver', () => {
  const nowhere = mkdtempSync(path.join(os.tmpdir(), 'kpi-no-pg-'));
  afterAll(() => rmSync(nowhere, {recursive: true, force: true}));

  it('is found from the site, or from the plugin', () => {
    expect(typeof loadPg('warehouse', nowhere).Pool).toBe('function');
    expect(typeof loadPg('warehouse', process.cwd(), path.join(nowhere, 'index.js')).Pool).toBe('function');
  });

  it('when installed nowhere, gives an error naming the package and the command', () => {
    let error: unknown;
    try {
      loadPg('warehouse', nowhere, path.join(nowhere, 'index.js'));
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(KpiSourceError);
    expect(error).toMatchObject({
      failure: 'setup',
      message: 'source warehouse is of type postgres, which needs the package pg, not installed',
      hint: 'run `npm install pg` in the site folder',
    });
    expect((error as Error).stack).not.toMatch(/\n\s+at /);
  });
});
