import {join} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {type ImportedKpi, type ImportedRegistry, convertGitlab} from '../../../src/compute/import/gitlab';
import {type SourceIndicator, readGitlabFolder} from '../../../src/data/import/gitlabFolder';
import type {GitlabIndicator} from '../../../src/data/import/gitlabSchema';

const folder = join(__dirname, '../../fixtures/gitlab-indicators');
const shown = 'tests/fixtures/gitlab-indicators';

let indicators: SourceIndicator[];
let registry: ImportedRegistry;
const kpi = (id: string): ImportedKpi => {
  const found = registry.areaFiles.flatMap((file) => file.kpis).find((one) => one.id === id);
  if (!found) throw new Error(`no KPI ${id}`);
  return found;
};
const note = (id: string) => registry.notes.find((one) => one.kpi === id)!;

beforeAll(async () => {
  indicators = await readGitlabFolder(folder, shown);
  registry = convertGitlab(indicators);
});

describe('convertGitlab on a folder of performance-indicator files', () => {
  it('makes one area per org, in the order first met, with one file each', () => {
    expect(registry.areas).toEqual([
      {id: 'company', title: 'Company'},
      {id: 'engineering', title: 'Engineering'},
      {id: 'people-success', title: 'People Success'},
    ]);
    expect(registry.areaFiles.map((file) => file.fileName)).toEqual(['company.yml', 'engineering.yml', 'people-success.yml']);
  });

  it('gives unique ids from names, key indicators first in each area', () => {
    expect(registry.areaFiles.map((file) => file.kpis.map((one) => one.id))).toEqual([
      ['net-arr', 'team-member-retention'],
      ['mr-rate', 'open-bugs-age', 'net-arr-2'],
      ['hiring-actual-vs-plan', 'onboarding-satisfaction-osat'],
    ]);
    expect(kpi('onboarding-satisfaction-osat').title).toBe('Onboarding satisfaction (OSAT)');
  });

  it('turns HTML definitions into Markdown with real links, and appends the free-text target and the links', () => {
    expect(kpi('net-arr').definition).toBe(
      [
        'Net annual recurring revenue: the **change** in ARR over the period, as defined in the [sales glossary](https://handbook.example.org/handbook/sales/glossary/#arr).',
        '',
        '**Target:** Above plan for the quarter',
        '',
        '**Links:**',
        '',
        '- <https://dashboards.example.org/net-arr>',
      ].join('\n'),
    );
    expect(kpi('team-member-retention').definition).toContain(
      '- voluntary and involuntary departures both count\n- interns are _not_ counted',
    );
    expect(kpi('team-member-retention').definition).toContain('**Target:** > 84%');
    expect(kpi('open-bugs-age').definition).toContain('| S1       | 30 days    |');
    expect(kpi('open-bugs-age').definition).toContain('**Target:** 60');
  });

  it('leaves nothing of scripts, iframes, embeds or javascript: links, and says so per KPI', () => {
    const all = registry.areaFiles.flatMap((file) => file.kpis.map((one) => one.definition ?? '')).join('\n');
    for (const unsafe of ['script', 'cookie', 'iframe', 'embed', 'swf', 'javascript', 'onclick', 'steal'])
      expect(all).not.toContain(unsafe);
    expect(note('mr-rate').removed).toEqual(['<script>', '<iframe>']);
    expect(note('open-bugs-age').removed).toEqual(['a javascript: link', 'an onclick attribute']);
    expect(note('hiring-actual-vs-plan').removed).toEqual(['<object>', '<embed>']);
    expect(note('net-arr').removed).toEqual([]);
  });

  it('turns health into a hand-set status with plain-text reasons', () => {
    expect(kpi('net-arr').status).toEqual({
      level: 'at-risk',
      reasons: [
        'Pipeline coverage is below 3x for next quarter.',
        'See the forecast (https://handbook.example.org/handbook/sales/forecast/).',
      ],
    });
    expect(kpi('team-member-retention').status?.level).toBe('on-track');
    expect(kpi('mr-rate').status?.level).toBe('at-risk'); // written as `attention`
    expect(kpi('open-bugs-age').status).toEqual({level: 'off-track', reasons: ['S2 backlog grew by 20% in Q3.']});
    expect(kpi('hiring-actual-vs-plan').status?.level).toBe('no-data');
    expect(kpi('onboarding-satisfaction-osat').status).toBeUndefined();
  });

  it('links parents by their anchor, on the linked page when names repeat, relative anchors on the own page', () => {
    expect(kpi('mr-rate').parent).toBe('net-arr');
    expect(kpi('net-arr-2').parent).toBe('net-arr');
    expect(kpi('open-bugs-age').parent).toBe('mr-rate');
    expect(kpi('hiring-actual-vs-plan').parent).toBe('team-member-retention');
    expect(kpi('net-arr').parent).toBeUndefined();
  });

  it('makes public: false confidential', () => {
    expect(kpi('net-arr').confidential).toBe(true);
    expect(kpi('hiring-actual-vs-plan').confidential).toBe(true);
    expect(kpi('mr-rate')).not.toHaveProperty('confidential');
  });

  it('reports the fields it drops, with where each indicator is written', () => {
    expect(note('mr-rate')).toMatchObject({
      area: 'engineering',
      source: {file: `${shown}/engineering_function.yml`, line: 1, column: 3},
      dropped: ['telemetry_type', expect.stringContaining('sisense_data')],
    });
    expect(note('onboarding-satisfaction-osat').dropped).toEqual(['lessons']);
    expect(note('team-member-retention').dropped).toEqual([]);
    expect(note('mr-rate').relative).toEqual(['/handbook/engineering/metrics/#merge-request-rate']);
  });

  it('resolves relative links against --link-base and the page the indicator was on', () => {
    const resolved = convertGitlab(indicators, {linkBase: 'https://handbook.example.org'});
    const mrRate = resolved.areaFiles[1]!.kpis[0]!;
    expect(mrRate.definition).toContain(
      '[the metrics page](https://handbook.example.org/handbook/engineering/metrics/#merge-request-rate)',
    );
    expect(resolved.notes.every((one) => one.relative.length === 0)).toBe(true);
  });
});

describe('convertGitlab on parents that cannot be kept', () => {
  const source = (fields: Partial<GitlabIndicator> & {name: string}, line: number): SourceIndicator => ({
    fields: {org: 'Engineering', base_path: '/handbook/eng/', ...fields},
    otherFields: [],
    source: {file: 'pi/eng.yml', line, column: 3},
  });

  it('leaves out unknown, ambiguous, self and looping parents, and says why', () => {
    const converted = convertGitlab([
      source({name: 'A', parent: '/handbook/eng/#b'}, 1),
      source({name: 'B', parent: '#c'}, 5),
      source({name: 'C', parent: '#a'}, 9),
      source({name: 'D', parent: '/handbook/company/#nowhere'}, 13),
      source({name: 'E', parent: '#e'}, 17),
      source({name: 'F', parent: '/handbook/company/'}, 21),
      source({name: 'G', base_path: '/elsewhere/', parent: '/third/#g-twin'}, 25),
      source({name: 'G twin', base_path: '/one/'}, 29),
      source({name: 'G twin', base_path: '/two/'}, 33),
    ]);
    const parents = Object.fromEntries(converted.areaFiles[0]!.kpis.map((one) => [one.id, one.parent ?? null]));
    expect(parents).toEqual({a: 'b', b: 'c', c: null, d: null, e: null, f: null, g: null, 'g-twin': null, 'g-twin-2': null});
    const dropped = Object.fromEntries(converted.notes.map((one) => [one.kpi, one.dropped]));
    expect(dropped.c).toEqual(['parent #a (it would make a loop of parents)']);
    expect(dropped.d).toEqual(['parent /handbook/company/#nowhere (no imported indicator has this name)']);
    expect(dropped.e).toEqual(['parent #e (it is the indicator itself)']);
    expect(dropped.f).toEqual(['parent /handbook/company/ (the link names no heading)']);
    expect(dropped.g).toEqual(['parent /third/#g-twin (several imported indicators have this name)']);
  });

  it('keeps area files off the registry names areas.yml and objectives.yml', () => {
    const converted = convertGitlab([source({name: 'X', org: 'Areas'}, 1), source({name: 'Y', org: 'Objectives'}, 2)]);
    expect(converted.areaFiles.map((file) => [file.area, file.fileName])).toEqual([
      ['areas', 'areas-kpis.yml'],
      ['objectives', 'objectives-kpis.yml'],
    ]);
  });
});
