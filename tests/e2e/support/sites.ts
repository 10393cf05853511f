import {cpSync, mkdirSync, mkdtempSync, rmSync} from 'node:fs';
import {join} from 'node:path';
import {type Child, repoRoot, spawnDocusaurus} from './browser';

/**
 * Copies a site into `tests/.tmp` (inside the repo, so it resolves the package
 * and Docusaurus from the repo's node_modules), without its build output.
 */
export function copySite(sourceDir: string, name: string): string {
  const parent = join(repoRoot, 'tests/.tmp');
  mkdirSync(parent, {recursive: true});
  const siteDir = mkdtempSync(join(parent, `${name}-`));
  cpSync(sourceDir, siteDir, {
    recursive: true,
    filter: (source) => !/[/\\](build|\.docusaurus|node_modules)$/.test(source),
  });
  return siteDir;
}

export function removeSite(siteDir: string | undefined): void {
  if (siteDir) rmSync(siteDir, {recursive: true, force: true});
}

/** Runs a Docusaurus command to its end; fails with its output unless it exits with 0. */
export async function runDocusaurus(args: string[], options: {timeoutMs?: number} = {}): Promise<string> {
  const child: Child = spawnDocusaurus(args, {env: {DOCUSAURUS_NO_PERSISTENT_CACHE: 'true'}});
  const code = await new Promise<number | null>((resolveExit, reject) => {
    const timer = setTimeout(() => {
      void child.stop();
      reject(new Error(`docusaurus ${args.join(' ')} took over ${options.timeoutMs ?? 180_000} ms:\n${child.output()}`));
    }, options.timeoutMs ?? 180_000);
    child.process.once('exit', (exitCode) => {
      clearTimeout(timer);
      resolveExit(exitCode);
    });
  });
  if (code !== 0) throw new Error(`docusaurus ${args.join(' ')} exited with ${code}:\n${child.output()}`);
  return child.output();
}
