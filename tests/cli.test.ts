import {execFile} from 'node:child_process';
import {existsSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {copyFixtureSite} from './support/buildSite';

/**
 * The real `docusaurus kpi:check` and `kpi:report` in a child process, in
 * `tests/fixtures/cli-site`. They load the compiled plugin (`lib`), so
 * `npm run build` must have run first (`npm test` does).
 */

const repoRoot = resolve(__dirname, '..');
const docusaurusBin = join(repoRoot, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');
const fixture = join(repoRoot, 'tests/fixtures/cli-site');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** Both streams, as a person would see them. */
  output: string;
  seconds: number;
}

function docusaurus(siteDir: string, ...args: string[]): Promise<Run> {
  const env: NodeJS.ProcessEnv = {...process.env, NO_UPDATE_NOTIFIER: '1', FORCE_COLOR: '0', NO_COLOR: '1'};
  delete env.KPI_AS_OF;
  const started = performance.now();
  return new Promise((done) => {
    execFile(process.execPath, [docusaurusBin, ...args], {cwd: siteDir, env}, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      done({code, stdout, stderr, output: `${stdout}\n${stderr}`, seconds: (performance.now() - started) / 1000});
    });
  });
}

const copies: string[] = [];
function copy(prepare: (siteDir: string) => void): string {
  const siteDir = copyFixtureSite('cli-site', prepare);
  copies.push(siteDir);
  return siteDir;
}

function edit(file: string, from: string | RegExp, to: string): void {
  const text = readFileSync(file, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`nothing to replace in ${file}`);
  writeFileSync(file, changed);
}

/** The fixture with its broken reference fixed. */
function fixReference(siteDir: string): void {
  edit(join(siteDir, 'docs/product.md'), ':kpi[delivery-tme]', ':kpi[delivery-time]');
}

beforeAll(() => {
  if (!existsSync(join(repoRoot, 'lib/cli/index.js')))
    throw new Error('lib/cli/index.js is missing: run `npm run build` before these tests');
});

afterAll(() => {
  for (const siteDir of copies) rmSync(siteDir, {recursive: true, force: true});
});

describe('docusaurus kpi:check, alone', () => {
  it('reports the broken reference as an error and the lint as a warning, grouped with counts, and exits 1', async () => {
    const run = await docusaurus(fixture, 'kpi:check');
    expect(run.code, run.output).toBe(1);
    expect(run.stderr).toContain(
      [
        '[ERROR] 1 error:',
        '',
        'broken KPI references (1)',
        'docs/product.md:9:15: unknown KPI "delivery-tme"',
        '  expected: a KPI id defined in the KPI registry',
        '  hint: did you mean "delivery-time"?',
      ].join('\n'),
    );
    expect(run.stderr).toContain(
      ['[WARNING] 1 warning:', '', 'lint missingOwner (1)', 'kpis/product.yml:12:5: KPI "uptime" has no owner [missingOwner]'].join('\n'),
    );
    expect(run.stderr).toMatch(
      /\[ERROR\] KPI check failed: 1 error, 1 warning \(checked 3 KPIs in 2 areas, 5 directives in 4 pages in \d+\.\d\ds\)/,
    );
    // `_draft.md` is ignored, as Docusaurus ignores it.
    expect(run.output).not.toContain('not-a-kpi');
    // Seconds, not the minute of a build: mostly the startup of the Docusaurus CLI.
    // Run alone (before the concurrent tests) so the time means something.
    console.info(`kpi:check took ${run.seconds.toFixed(2)}s in all`);
    expect(run.seconds).toBeLessThan(10);
  });
});

describe.concurrent('docusaurus kpi:check', () => {
  it('--json prints only a JSON array of every problem on stdout', async () => {
    const run = await docusaurus(fixture, 'kpi:check', '--json');
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual([
      {
        severity: 'error',
        rule: 'brokenReference',
        file: 'docs/product.md',
        line: 9,
        column: 15,
        message: 'unknown KPI "delivery-tme"',
        expected: 'a KPI id defined in the KPI registry',
        hint: 'did you mean "delivery-time"?',
      },
      {
        severity: 'warn',
        rule: 'missingOwner',
        file: 'kpis/product.yml',
        line: 12,
        column: 5,
        message: 'KPI "uptime" has no owner',
        expected: 'an `owner`: the person or role who answers for this KPI',
        hint: 'the area is owned by Product lead; name them with `owner: Product lead` if they own this KPI too',
      },
    ]);
  });

  it('passes with exit code 0 when only warnings remain', async () => {
    const run = await docusaurus(copy(fixReference), 'kpi:check');
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(/\[SUCCESS\] KPI check passed: 0 errors, 1 warning/);
    expect(run.output).not.toContain('[ERROR]');
  });

  it('follows the plugin options: lints made errors, broken references only warned', async () => {
    const siteDir = copy((dir) =>
      edit(
        join(dir, 'docusaurus.config.js'),
        "{asOf: '2026-11-20'}",
        "{asOf: '2026-11-20', onBrokenKpiReferences: 'warn', lints: {missingOwner: 'error', uncitedKpi: 'off'}}",
      ),
    );
    const run = await docusaurus(siteDir, 'kpi:check', '--json');
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).map((problem: {severity: string; rule: string}) => `${problem.severity} ${problem.rule}`)).toEqual([
      'warn brokenReference',
      'error missingOwner',
    ]);
  });

  it('--as-of judges the KPIs at another date', async () => {
    const run = await docusaurus(copy(fixReference), 'kpi:check', '--json', '--as-of', '2027-09-01');
    const rules = JSON.parse(run.stdout).map((problem: {rule: string; message: string}) => `${problem.rule}: ${problem.message}`);
    expect(rules).toContain('targetPastDue: every target of KPI "delivery-time" is past due (the last was due 2027-06-30)');
    expect(rules).toContain('staleSeries: the data of KPI "uptime" is stale: the latest monthly point is from 2026-11-01');
  });

  it('reports every problem in the KPI files and malformed directives, still checking the pages', async () => {
    const siteDir = copy((dir) => {
      edit(join(dir, 'kpis/product.yml'), 'direction: up', 'direction: upp');
      writeFileSync(join(dir, 'docs/broken.md'), '# Broken\n\n::kpi\n');
    });
    const run = await docusaurus(siteDir, 'kpi:check', '--json');
    expect(run.code).toBe(1);
    const problems = JSON.parse(run.stdout) as {rule: string; file: string; line: number; hint: string | null}[];
    expect(problems.map((problem) => `${problem.rule} ${problem.file}:${problem.line}`)).toEqual([
      'registry kpis/product.yml:15',
      'directive docs/broken.md:3',
    ]);
    expect(problems[0]!.hint).toContain('did you mean "up"?');
  });

  it('rejects a malformed --as-of', async () => {
    const run = await docusaurus(fixture, 'kpi:check', '--as-of', '20/11/2026');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--as-of must be an ISO date like 2026-11-20, not "20/11/2026"');
  });
});

describe.concurrent('docusaurus kpi:report', () => {
  it('writes a Markdown snapshot at --as-of to stdout', async () => {
    const run = await docusaurus(fixture, 'kpi:report', '--as-of', '2026-10-15');
    expect(run.code, run.output).toBe(0);
    expect(run.stdout).toBe(
      [
        '# KPI report as of 2026-10-15',
        '',
        '3 KPIs: 2 on track, 1 at risk.',
        '',
        '## Product and Services',
        '',
        '| KPI | Value | Measured | Change | Target | Due | Status | Reasons |',
        '| --- | ---: | --- | ---: | ---: | --- | --- | --- |',
        '| [Average delivery time](https://cli.example.org/kpis/product/delivery-time) | 10 days | Oct 1, 2026 | -1 day (-9.1%) | 8 days | Jun 30, 2027 | On track | The trend of the last 4 points projects -1.7 days by Jun 30, 2027, which meets the target of 8 days due Jun 30, 2027. |',
        '| [Service uptime](https://cli.example.org/kpis/product/uptime) | 99.7% | Oct 1, 2026 | +0.2 pp (+0.2%) | 99.9% | Mar 31, 2027 | On track | The trend of the last 3 points projects 101.5% by Mar 31, 2027, which meets the target of 99.9% due Mar 31, 2027. |',
        '',
        '## People',
        '',
        '| KPI | Value | Measured | Change | Target | Due | Status | Reasons |',
        '| --- | ---: | --- | ---: | ---: | --- | --- | --- |',
        '| [Team health](https://cli.example.org/kpis/people/team-health) | Stretched after two departures | Aug 1, 2026 | — | — | — | At risk (stale data) | Two people carry most on-call load. |',
        '',
      ].join('\n'),
    );
  });

  it('writes CSV with raw values', async () => {
    const run = await docusaurus(fixture, 'kpi:report', '--as-of', '2026-10-15', '--format', 'csv');
    expect(run.code, run.output).toBe(0);
    const lines = run.stdout.split('\r\n');
    expect(lines[0]).toBe(
      'as_of,area,area_title,kpi,kpi_title,url,unit,owner,value,measured,change,change_relative,target,due,status,status_origin,stale,reasons,confidential',
    );
    expect(lines[2]).toBe(
      '2026-10-15,product,Product and Services,uptime,Service uptime,https://cli.example.org/kpis/product/uptime,percent,,99.7,2026-10-01,0.2,0.00201005025126,99.9,2027-03-31,on-track,computed,false,"The trend of the last 3 points projects 101.5% by Mar 31, 2027, which meets the target of 99.9% due Mar 31, 2027.",false',
    );
    expect(lines).toHaveLength(5);
    expect(lines[4]).toBe('');
  });

  it('writes JSON to --out, at the configured date when --as-of is not given', async () => {
    const siteDir = copy(() => {});
    const run = await docusaurus(siteDir, 'kpi:report', '--format', 'json', '--out', 'reports/q4.json');
    expect(run.code, run.output).toBe(0);
    expect(run.stdout).toContain('[SUCCESS] Wrote the KPI report as of 2026-11-20 (3 KPIs) to reports/q4.json');
    const report = JSON.parse(readFileSync(join(siteDir, 'reports/q4.json'), 'utf8'));
    expect(report.asOf).toBe('2026-11-20');
    expect(report.kpis.map((kpi: {kpi: {id: string}; status: string}) => `${kpi.kpi.id} ${kpi.status}`)).toEqual([
      'delivery-time on-track',
      'uptime on-track',
      'team-health at-risk',
    ]);
    expect(report.kpis[0]).toMatchObject({
      value: 9,
      measured: '2026-11-01',
      change: -1,
      target: 8,
      due: '2027-06-30',
      formatted: {value: '9 days'},
    });
  });

  it('leaves the values of a confidential KPI out of every format and of the quarterly report, unless showConfidential', async () => {
    const confidential = (show: boolean) =>
      copy((siteDir) => {
        edit(join(siteDir, 'kpis/product.yml'), '    data: data/uptime.csv', '    data: data/uptime.csv\n    confidential: true');
        if (show) edit(join(siteDir, 'docusaurus.config.js'), "{asOf: '2026-11-20'}", "{asOf: '2026-11-20', showConfidential: true}");
      });
    const [hidden, shown] = [confidential(false), confidential(true)];
    // The uptime series, raw and formatted, and its changes.
    const needles = ['99.1', '99.5', '99.7', '99.8', '+0.2 pp', '0.1 pp'];
    const runs = async (siteDir: string) =>
      Promise.all(
        [['md'], ['csv'], ['json']].flatMap(([format]) => [
          docusaurus(siteDir, 'kpi:report', '--format', format!),
          docusaurus(siteDir, 'kpi:report', '--quarter', '2026-Q3', '--format', format!),
        ]),
      );
    const hiddenRuns = await runs(hidden);
    for (const run of hiddenRuns) {
      expect(run.code, run.output).toBe(0);
      for (const needle of needles) expect(run.stdout, needle).not.toContain(needle);
      expect(run.stdout).toContain('Service uptime');
    }
    expect(hiddenRuns[0]!.stdout).toMatch(
      /\| \[Service uptime\]\([^)]+\) \| confidential \| — \| — \| 99\.9% \| Mar 31, 2027 \| On track \| — \|/,
    );
    const revealed = await Promise.all([docusaurus(shown, 'kpi:report'), docusaurus(shown, 'kpi:report', '--quarter', '2026-Q3')]);
    expect(revealed[0]!.stdout).toContain('| 99.8% | Nov 1, 2026 |');
    expect(revealed[1]!.stdout).toContain('| 99.5% | Sep 1, 2026 |');
  }, 120_000);

  it('refuses an unknown format, and reports errors in the KPI files with exit code 1', async () => {
    const format = await docusaurus(fixture, 'kpi:report', '--format', 'xlsx');
    expect(format.code).toBe(1);
    expect(format.stderr).toContain('--format must be one of md, csv, json, not "xlsx"');

    const siteDir = copy((dir) => edit(join(dir, 'kpis/product.yml'), 'direction: up', 'direction: upp'));
    const broken = await docusaurus(siteDir, 'kpi:report');
    expect(broken.code).toBe(1);
    expect(broken.stdout).toBe('');
    expect(broken.stderr).toContain('kpis/product.yml:15');
  });
});
