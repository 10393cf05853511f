import {existsSync, readFileSync, writeFileSync} from 'node:fs';

/**
 * The expected output of a fixture test. `UPDATE_FIXTURES=1` rewrites it from
 * `actual` (review the diff before committing); a missing file is written the
 * same way on a developer's machine, but fails under `CI=true`, where a test
 * that writes its own expectation would pass whatever the output.
 */
export function readExpected(expectedPath: string, actual: string): string {
  if (process.env.UPDATE_FIXTURES || (!existsSync(expectedPath) && !process.env.CI)) writeFileSync(expectedPath, actual);
  if (!existsSync(expectedPath)) throw new Error(`${expectedPath} is missing: run the test without CI=true to write it, and commit it`);
  return readFileSync(expectedPath, 'utf8');
}
