import {type ChildProcess, spawn} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync} from 'node:fs';
import {createServer} from 'node:net';
import {join, resolve} from 'node:path';
import {type Browser, type BrowserContextOptions, type Page, chromium} from 'playwright-core';

/** Shared plumbing of the browser tests: the served example site, Chromium and the output folders. */

export const repoRoot = resolve(__dirname, '../../..');
export const exampleSiteDir = join(repoRoot, 'example-site');
export const docusaurusBin = join(repoRoot, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');

/** Screenshots and other artefacts of a run (gitignored). */
export const outputDir = join(repoRoot, 'test-output/e2e');
/** The README's screenshots, rewritten by every run from the example site. */
export const readmeScreenshotDir = join(repoRoot, 'docs/screenshots');

export function outputPath(name: string): string {
  mkdirSync(outputDir, {recursive: true});
  return join(outputDir, name);
}

/** Debian's Chromium, or `CHROMIUM_PATH`. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`No Chromium at ${chromiumPath}: install Debian's \`chromium\` (see .ci/run) or set CHROMIUM_PATH.`);
  }
  return chromium.launch({executablePath: chromiumPath, args: CHROMIUM_ARGS});
}

/**
 * Light or dark: the example site respects `prefers-color-scheme`, so a context
 * with that colour scheme starts in that mode without a click. Motion is
 * reduced so that screenshots do not catch a transition halfway.
 */
export function contextOptions(options: BrowserContextOptions & {scheme?: 'light' | 'dark'} = {}): BrowserContextOptions {
  const {scheme = 'light', ...rest} = options;
  return {viewport: {width: 1280, height: 900}, colorScheme: scheme, reducedMotion: 'reduce', locale: 'en-US', ...rest};
}

/** A free TCP port on localhost (the OS picks it; closed again before use). */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

/** A child process in its own process group, with its output kept for error messages. */
export interface Child {
  process: ChildProcess;
  output(): string;
  /** Ends the whole process group (Docusaurus starts workers of its own). */
  stop(): Promise<void>;
}

export function spawnDocusaurus(args: string[], options: {cwd?: string; env?: NodeJS.ProcessEnv} = {}): Child {
  const child = spawn(process.execPath, [docusaurusBin, ...args], {
    cwd: options.cwd ?? repoRoot,
    env: {...process.env, BROWSER: 'none', FORCE_COLOR: '0', NO_COLOR: '1', ...options.env},
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolveExit) => {
    if (child.exitCode !== null || child.signalCode !== null) resolveExit();
    else child.once('exit', () => resolveExit());
  });
  return {
    process: child,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null && child.pid) {
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          // already gone
        }
        const timer = setTimeout(() => {
          try {
            process.kill(-child.pid!, 'SIGKILL');
          } catch {
            // already gone
          }
        }, 5_000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}

/** Polls `url` until it answers 200, or fails with the child's output. */
export async function waitForUrl(url: string, child: Child, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (child.process.exitCode !== null) {
      throw new Error(`Docusaurus exited with code ${child.process.exitCode} before ${url} answered:\n${child.output()}`);
    }
    try {
      const response = await fetch(url, {redirect: 'manual'});
      if (response.ok) return;
      lastError = new Error(`HTTP ${response.status}`);
    } catch (error) {
      lastError = error;
    }
    await new Promise((wait) => setTimeout(wait, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms (${String(lastError)}):\n${child.output()}`);
}

export interface ServedSite {
  baseUrl: string;
  url(path: string): string;
  stop(): Promise<void>;
}

/**
 * Serves a built site with `docusaurus serve`, so the baseUrl, trailing-slash
 * redirects and clean URLs are Docusaurus's own.
 */
export async function serveBuiltSite(siteDir = exampleSiteDir): Promise<ServedSite> {
  const buildDir = join(siteDir, 'build');
  if (!existsSync(join(buildDir, 'index.html'))) {
    throw new Error(`${buildDir} is missing: run \`npm run example:build\` first (\`npm run test:e2e\` does).`);
  }
  const port = await freePort();
  const child = spawnDocusaurus(['serve', siteDir, '--port', String(port), '--host', '127.0.0.1', '--no-open']);
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForUrl(`${baseUrl}/`, child, 60_000);
  } catch (error) {
    await child.stop();
    throw error;
  }
  return {baseUrl, url: (path) => new URL(path, baseUrl).href, stop: () => child.stop()};
}

const axeSource = readFileSync(join(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: {target: string[]; failureSummary: string}[];
}

/** Runs axe-core on the page as it is (every rule axe enables by default). */
export async function axeViolations(page: Page, options: {runOnly?: string[]; include?: string[]} = {}): Promise<AxeViolation[]> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.addScriptTag({content: axeSource});
  return page.evaluate(async ({runOnly, include}) => {
    const axe = (window as unknown as {axe: {run(context: unknown, options: unknown): Promise<{violations: AxeViolation[]}>}}).axe;
    const context = include ? {include: include.filter((selector) => document.querySelector(selector))} : document;
    const result = await axe.run(context, runOnly ? {runOnly: {type: 'rule', values: runOnly}} : {});
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({target: node.target.map(String), failureSummary: node.failureSummary})),
    }));
  }, options);
}

/** A readable summary of violations for an assertion message. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help}\n` +
        violation.nodes
          .slice(0, 5)
          .map((node) => `  ${node.target.join(' ')}\n    ${node.failureSummary.replace(/\n/g, '\n    ')}`)
          .join('\n'),
    )
    .join('\n');
}

/**
 * Waits until React has hydrated the page: the colour mode toggle is disabled
 * in the server-rendered HTML and enabled once the client bundle runs.
 */
export async function waitForHydration(page: Page): Promise<void> {
  // (On a phone there are two: in the navbar and in its hidden mobile menu.)
  await page.waitForFunction(
    () => {
      const toggles = Array.from(document.querySelectorAll<HTMLButtonElement>('button[class*="toggleButton"]'));
      return toggles.length > 0 && toggles.every((toggle) => !toggle.disabled);
    },
    undefined,
    {timeout: 30_000},
  );
}

/** The horizontal overflow of the document, in CSS pixels (0 when none). */
export async function horizontalOverflow(page: Page): Promise<{overflow: number; culprits: string[]}> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const overflow = Math.max(root.scrollWidth, document.body.scrollWidth) - root.clientWidth;
    const culprits =
      overflow > 0
        ? Array.from(document.querySelectorAll<HTMLElement>('body *'))
            .filter((element) => element.getBoundingClientRect().right > root.clientWidth + 0.5)
            .slice(0, 8)
            .map((element) => `${element.tagName.toLowerCase()}.${String(element.className).split(' ').join('.')}`)
        : [];
    return {overflow, culprits};
  });
}
