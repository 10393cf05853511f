import {cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {join, resolve} from 'node:path';

/** A Docusaurus build of a fixture site, and its output to read from. */
export interface BuiltSite {
  outDir: string;
  read(relativePath: string): string;
}

const repoRoot = resolve(__dirname, '../..');

/**
 * Copies a fixture site into `tests/.tmp` (inside the repo, so it resolves the
 * package and Docusaurus from the repo's node_modules), lets `prepare` change
 * it, and returns its path.
 */
export function copyFixtureSite(name: string, prepare?: (siteDir: string) => void): string {
  const parent = join(repoRoot, 'tests/.tmp');
  mkdirSync(parent, {recursive: true});
  const siteDir = mkdtempSync(join(parent, `${name}-`));
  cpSync(join(repoRoot, 'tests/fixtures', name), siteDir, {
    recursive: true,
    filter: (source) => !/[/\\](build|\.docusaurus)$/.test(source),
  });
  prepare?.(siteDir);
  return siteDir;
}

/** Runs a real, uncached `docusaurus build` of `siteDir` in this process. */
export async function buildSite(siteDir: string, outDirName = 'build'): Promise<BuiltSite> {
  process.env.DOCUSAURUS_NO_PERSISTENT_CACHE = 'true';
  const outDir = join(siteDir, outDirName);
  rmSync(outDir, {recursive: true, force: true});
  // @docusaurus/core has no `main`: its programmatic API is lib/index.js.
  const {build} = await import('@docusaurus/core/lib/index.js');
  await build(siteDir, {outDir});
  return {outDir, read: (relativePath) => readFileSync(join(outDir, relativePath), 'utf8')};
}

/** The error a build failed with, including its causes, as one string. */
export function describeError(error: unknown): string {
  const parts: string[] = [];
  for (let current = error as {message?: string; cause?: unknown} | undefined; current; current = current.cause as typeof current) {
    parts.push(String(current.message ?? current));
  }
  return parts.join('\n');
}
