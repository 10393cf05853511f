// Small statistics and process helpers shared by the benchmark scripts.
import {spawn} from 'node:child_process';
import {readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

export function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Least-squares slope of log(y) against log(x): y ∝ x^k. k = 1 is linear
 * growth; NaN when any value is not positive (a cost lost in the noise).
 */
export function fitExponent(xs, ys) {
  if (xs.length < 2 || ys.some((y) => !(y > 0)) || xs.some((x) => !(x > 0))) return NaN;
  const lx = xs.map(Math.log);
  const ly = ys.map(Math.log);
  const mx = lx.reduce((a, b) => a + b, 0) / lx.length;
  const my = ly.reduce((a, b) => a + b, 0) / ly.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < lx.length; i++) {
    num += (lx[i] - mx) * (ly[i] - my);
    den += (lx[i] - mx) ** 2;
  }
  return num / den;
}

/** Time `fn` (sync or async) in milliseconds. */
export async function timeMs(fn) {
  const start = performance.now();
  const result = await fn();
  return {ms: performance.now() - start, result};
}

/**
 * Runs `node <script> ...args` in a fresh process, its output to `logFile`
 * (or inherited), and returns the JSON the script wrote to the result file
 * passed as its last argument.
 */
export function runNodeScript(script, args, {logFile, env, nodeArgs = []} = {}) {
  const resultFile = join(tmpdir(), `kpi-bench-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
  return new Promise((resolve, reject) => {
    import('node:fs').then(({openSync, closeSync}) => {
      const out = logFile ? openSync(logFile, 'w') : 'inherit';
      const child = spawn(process.execPath, [...nodeArgs, script, ...args, resultFile], {
        stdio: ['ignore', out, out],
        env: {...process.env, ...env},
      });
      child.on('error', reject);
      child.on('exit', (code) => {
        if (typeof out === 'number') closeSync(out);
        if (code !== 0) {
          reject(new Error(`${script} ${args.join(' ')} exited with ${code}${logFile ? `; see ${logFile}` : ''}`));
          return;
        }
        try {
          resolve(JSON.parse(readFileSync(resultFile, 'utf8')));
        } catch (error) {
          reject(error);
        } finally {
          rmSync(resultFile, {force: true});
        }
      });
    }, reject);
  });
}

export const round = (value, digits = 2) => (Number.isFinite(value) ? Number(value.toFixed(digits)) : value);
