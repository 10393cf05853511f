import {execFile} from 'node:child_process';
import {cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {join, relative, resolve} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {type BuiltSite, buildSite, copyFixtureSite} from './support/buildSite';
import {textOf} from './support/html';

/**
 * The real `docusaurus kpi:import gitlab` in a child process, into a fresh
 * copy of `tests/fixtures/site-import`, then a real build of that site. The
 * command loads the compiled plugin (`lib`): `npm run build` first.
 */

const repoRoot = resolve(__dirname, '..');
const docusaurusBin = join(repoRoot, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');
const indicators = join(repoRoot, 'tests/fixtures/gitlab-indicators');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function docusaurus(siteDir: string, ...args: string[]): Promise<Run> {
  const env: NodeJS.ProcessEnv = {...process.env, NO_UPDATE_NOTIFIER: '1', FORCE_COLOR: '0', NO_COLOR: '1'};
  return new Promise((done) => {
    execFile(process.execPath, [docusaurusBin, ...args], {cwd: siteDir, env}, (error, stdout, stderr) => {
      done({code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr});
    });
  });
}

const copies: string[] = [];
function freshSite(): string {
  const siteDir = copyFixtureSite('site-import');
  copies.push(siteDir);
  return siteDir;
}

let siteDir: string;
let first: Run;
let site: BuiltSite;

beforeAll(async () => {
  if (!existsSync(join(repoRoot, 'lib/cli/index.js')))
    throw new Error('lib/cli/index.js is missing: run `npm run build` before these tests');
  siteDir = freshSite();
  first = await docusaurus(siteDir, 'kpi:import', 'gitlab', relative(siteDir, indicators), '--link-base', 'https://handbook.example.org');
  if (first.code !== 0) throw new Error(`kpi:import failed:\n${first.stdout}\n${first.stderr}`);
  site = await buildSite(siteDir);
});

afterAll(() => {
  for (const dir of copies) rmSync(dir, {recursive: true, force: true});
});

describe('docusaurus kpi:import gitlab <folder>', () => {
  it('writes the registry and says what it wrote', () => {
    expect(readdirSync(join(siteDir, 'kpis')).sort()).toEqual(['areas.yml', 'company.yml', 'engineering.yml', 'people-success.yml']);
    expect(first.stdout).toContain(
      [
        '[SUCCESS] Imported 7 KPIs in 3 areas from ../../fixtures/gitlab-indicators; wrote:',
        '  kpis/areas.yml (3 areas)',
        '  kpis/company.yml (2 KPIs)',
        '  kpis/engineering.yml (3 KPIs)',
        '  kpis/people-success.yml (2 KPIs)',
      ].join('\n'),
    );
  });

  it('says, per KPI, what it dropped and what unsafe HTML it removed', () => {
    const output = `${first.stdout}\n${first.stderr}`;
    expect(output).toContain('What was not carried over as it was (5 of 7 KPIs):');
    expect(output).toContain(
      [
        'engineering/mr-rate (../../fixtures/gitlab-indicators/engineering_function.yml:1:3):',
        '  - dropped telemetry_type; sisense_data (a chart of the source: give the KPI a series with `data:` instead)',
        '  - removed unsafe HTML: <script>, <iframe>',
      ].join('\n'),
    );
    expect(output).toContain(
      'people-success/onboarding-satisfaction-osat (../../fixtures/gitlab-indicators/people_success.yml:18:3):\n  - dropped lessons',
    );
  });

  it('refuses to overwrite the files without --force, naming them and the flag, and writes nothing', {timeout: 120_000}, async () => {
    const areas = join(siteDir, 'kpis/areas.yml');
    writeFileSync(areas, `${readFileSync(areas, 'utf8')}# edited by hand\n`);
    const again = await docusaurus(siteDir, 'kpi:import', 'gitlab', relative(siteDir, indicators));
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(
      [
        '[ERROR] kpi:import would overwrite 4 files that exist:',
        '  kpis/areas.yml',
        '  kpis/company.yml',
        '  kpis/engineering.yml',
        '  kpis/people-success.yml',
        '  hint: run it again with --force to replace them, or move them away first. Nothing was written.',
      ].join('\n'),
    );
    expect(readFileSync(areas, 'utf8')).toContain('# edited by hand');

    const forced = await docusaurus(
      siteDir,
      'kpi:import',
      'gitlab',
      relative(siteDir, indicators),
      '--force',
      '--link-base',
      'https://handbook.example.org',
    );
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(areas, 'utf8')).not.toContain('# edited by hand');
  });

  it('reports a bad source file at its line and column, and writes nothing', {timeout: 120_000}, async () => {
    const dir = freshSite();
    cpSync(indicators, join(dir, 'pi'), {recursive: true});
    const file = join(dir, 'pi/people_success.yml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('  is_key: false', '  is_key: no way'));
    const run = await docusaurus(dir, 'kpi:import', 'gitlab', 'pi');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('kpi:import found problems in the files to import from pi (1):');
    expect(run.stderr).toContain('pi/people_success.yml:23:11: `is_key` must be true or false, not "no way"\n  expected: true or false');
    expect(run.stderr).toContain('Nothing was written.');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'kpis'))).toBe(false);
  });

  it('names the formats it knows', {timeout: 120_000}, async () => {
    const run = await docusaurus(siteDir, 'kpi:import', 'spreadsheet', 'pi');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('kpi:import: unknown format "spreadsheet"\n  expected: one of gitlab');
  });
});

describe('a real build of the imported registry', () => {
  it('shows definitions with real links, lists and tables, and no literal HTML', () => {
    const html = site.read('docs/engineering/index.html');
    expect(html).toContain('<a href="https://handbook.example.org/handbook/engineering/metrics/#merge-request-rate"');
    expect(html).toMatch(/<ul>\s*<li[^>]*><a href="https:\/\/dashboards.example.org\/mr-rate"/);
    expect(html).toMatch(/<table>[\s\S]*<td>30 days<\/td>/);
    for (const page of ['docs/engineering/index.html', 'docs/company/index.html', 'kpis/engineering/open-bugs-age/index.html']) {
      const text = site.read(page);
      expect(text, page).not.toContain('&lt;a href');
      expect(textOf(text), page).not.toContain('<a href');
      expect(text, page).not.toMatch(/evil\.example|document\.cookie|javascript:|<iframe|\.swf/);
    }
  });

  it('shows the free-text target in the definition and the health as a hand-set status', () => {
    const content = textOf(site.read('docs/company/index.html'));
    expect(content).toContain('Target: Above plan for the quarter');
    expect(content).toContain('Pipeline coverage is below 3x for next quarter.');
    expect(content).toMatch(/at risk/i);
  });

  it('builds the KPI pages of every imported area', () => {
    for (const page of ['kpis/company/net-arr', 'kpis/engineering/net-arr-2', 'kpis/people-success/onboarding-satisfaction-osat']) {
      expect(existsSync(join(site.outDir, page, 'index.html')), page).toBe(true);
    }
    expect(textOf(site.read('kpis/engineering/mr-rate/index.html'))).toContain('Net ARR');
  });
});
