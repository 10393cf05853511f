import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {readExpected} from './fixtures';

describe('readExpected', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kpi-fixtures-'));
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    rmSync(dir, {recursive: true, force: true});
  });

  it('fails under CI=true when the expected file is missing, and writes nothing', () => {
    vi.stubEnv('CI', 'true');
    vi.stubEnv('UPDATE_FIXTURES', '');
    const file = join(dir, 'output.mdx');
    expect(() => readExpected(file, 'actual')).toThrow(/output\.mdx is missing/);
    expect(() => readFileSync(file)).toThrow();
  });

  it('writes a missing expected file outside CI', () => {
    vi.stubEnv('CI', '');
    vi.stubEnv('UPDATE_FIXTURES', '');
    const file = join(dir, 'output.mdx');
    expect(readExpected(file, 'actual')).toBe('actual');
  });

  it('returns the committed expectation, not the actual output', () => {
    vi.stubEnv('CI', 'true');
    vi.stubEnv('UPDATE_FIXTURES', '');
    const file = join(dir, 'output.mdx');
    writeFileSync(file, 'expected');
    expect(readExpected(file, 'actual')).toBe('expected');
  });
});
