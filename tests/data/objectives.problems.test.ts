import {describe, expect, it} from 'vitest';
import {formatProblem} from '../../src/shared/errors';
import {loadRegistry} from '../../src/data/loadRegistry';
import {AREAS_YML, areaFile, lines, onlyProblemOf, problemsOf, writeSite} from './tempSite';

const OBJ = 'kpis/objectives.yml';

/** Two KPIs: `delivery-time` in numbers, `team-mood` in words. */
const OPS = areaFile(
  '  - id: delivery-time',
  '    title: Delivery time',
  '    unit: days',
  '  - id: team-mood',
  '    title: Team mood',
  '    unit: text',
);

/** One objective whose extra lines start at line 6. */
const objective = (...extra: string[]) =>
  lines('- id: faster', '  title: Deliver faster', '  period: 2026-Q4', '  owner: Product lead', ...extra);
const withImpact = (...impact: string[]) => objective('  impact:', ...impact);

const objectivesProblem = (text: string) => onlyProblemOf({'kpis/operations.yml': OPS, [OBJ]: text});

describe('objectives.yml', () => {
  it('loads objectives with their periods, and is not read as an area file', async () => {
    const siteDir = await writeSite({
      'kpis/areas.yml': AREAS_YML,
      'kpis/operations.yml': OPS,
      [OBJ]: lines(
        ...withImpact('    - {kpi: delivery-time, by: -2}').trimEnd().split('\n'),
        '  area: operations',
        '  description: Ship small features in days.[^board]',
        '  footnotes: {board: From the project board.}',
        '- id: year',
        '  title: A year',
        '  period: 2026',
        '  owner: Lead',
        '  impact: [{kpi: delivery-time, to: 8}]',
        '- id: range',
        '  title: A range',
        '  period: {from: 2026-10-15, to: 2027-01}',
        '  owner: Lead',
        '  impact: [{kpi: delivery-time, to: 8}]',
      ),
    });
    const registry = await loadRegistry({siteDir, path: 'kpis', maxDataFileBytes: 10_000});
    expect(registry.areas.map((area) => area.id)).toEqual(['operations', 'product']);
    expect(registry.objectives).toEqual([
      {
        id: 'faster',
        title: 'Deliver faster',
        period: {label: '2026-Q4', from: '2026-10-01', to: '2026-12-31'},
        owner: 'Product lead',
        area: 'operations',
        description: 'Ship small features in days.[^board]',
        footnotes: {board: 'From the project board.'},
        impact: [{kpi: 'delivery-time', by: -2}],
        source: {file: OBJ, line: 1, column: 3},
      },
      expect.objectContaining({id: 'year', period: {label: '2026', from: '2026-01-01', to: '2026-12-31'}}),
      expect.objectContaining({id: 'range', period: {label: '2026-10-15/2027-01-01', from: '2026-10-15', to: '2027-01-01'}}),
    ]);
  });

  it('reports an unknown KPI with did-you-mean', async () => {
    const problem = await objectivesProblem(withImpact('    - {kpi: delivery-tme, by: -2}'));
    expect(problem).toMatchObject({
      file: OBJ,
      line: 6,
      column: 13,
      message: 'unknown KPI "delivery-tme"',
      hint: 'did you mean "delivery-time"?',
    });
    expect(formatProblem(problem)).toContain(`${OBJ}:6:13: unknown KPI "delivery-tme"`);
  });

  it('reports an impact with both `to` and `by`, at the one written last', async () => {
    const problem = await objectivesProblem(withImpact('    - kpi: delivery-time', '      to: 8', '      by: -2'));
    expect(problem).toMatchObject({file: OBJ, line: 8, column: 7, message: 'the impact on delivery-time has both `to` and `by`'});
    expect(problem.hint).toBe('keep one of them');
  });

  it('reports an impact with neither `to` nor `by`', async () => {
    const problem = await objectivesProblem(withImpact('    - {kpi: delivery-time}'));
    expect(problem).toMatchObject({file: OBJ, line: 6, column: 7, message: 'the impact on delivery-time has neither `to` nor `by`'});
    expect(problem.expected).toContain('`to` (the value to reach)');
  });

  it('reports a quarter that does not exist, with the rule', async () => {
    const problem = await objectivesProblem(
      lines('- id: faster', '  title: Deliver faster', '  period: 2026-Q5', '  owner: Lead', '  impact: [{kpi: delivery-time, to: 8}]'),
    );
    expect(problem).toMatchObject({file: OBJ, line: 3, column: 11, message: '"2026-Q5" is not a period', hint: 'quarters are Q1 to Q4'});
    expect(problem.expected).toBe('a quarter like 2026-Q4, a year like 2026, or {from: 2026-10-01, to: 2026-12-31}');
  });

  it('reports a quarter in lower case with did-you-mean', async () => {
    const problem = await objectivesProblem(
      lines('- id: faster', '  title: Deliver faster', '  period: 2026-q4', '  owner: Lead', '  impact: [{kpi: delivery-time, to: 8}]'),
    );
    expect(problem).toMatchObject({line: 3, column: 11, message: '"2026-q4" is not a period', hint: 'did you mean "2026-Q4"?'});
  });

  it('reports a period range that ends before it begins', async () => {
    const problem = await objectivesProblem(
      lines(
        '- id: faster',
        '  title: Deliver faster',
        '  period: {from: 2026-12-31, to: 2026-10-01}',
        '  owner: Lead',
        '  impact: [{kpi: delivery-time, to: 8}]',
      ),
    );
    expect(problem).toMatchObject({line: 3, column: 11, message: 'the period ends (2026-10-01) before it begins (2026-12-31)'});
  });

  it('reports a period range with a day the calendar does not have', async () => {
    const problem = await objectivesProblem(
      lines(
        '- id: faster',
        '  title: T',
        '  period: {from: 2026-02-30, to: 2026-03-31}',
        '  owner: Lead',
        '  impact: [{kpi: delivery-time, to: 8}]',
      ),
    );
    expect(problem).toMatchObject({line: 3, column: 11, message: 'the period\'s `from`: "2026-02-30" is not a day of the calendar'});
  });

  it('reports an impact on a qualitative KPI', async () => {
    const problem = await objectivesProblem(withImpact('    - {kpi: delivery-time, by: -2}', '    - {kpi: team-mood, to: 3}'));
    expect(problem).toMatchObject({file: OBJ, line: 7, column: 13});
    expect(problem.message).toBe('the KPI "team-mood" is qualitative (`unit: text`): an objective cannot expect a value of it');
  });

  it('reports an objective id used twice, naming both places', async () => {
    const text = withImpact('    - {kpi: delivery-time, by: -2}');
    const problem = await objectivesProblem(text + text);
    expect(problem).toMatchObject({
      file: OBJ,
      line: 7,
      column: 7,
      message: 'objective id "faster" is used twice; it is also at kpis/objectives.yml:1:7',
    });
  });

  it('reports an unknown area with did-you-mean', async () => {
    const problem = await objectivesProblem(objective('  area: operatons', '  impact: [{kpi: delivery-time, by: -2}]'));
    expect(problem).toMatchObject({file: OBJ, line: 5, column: 9, message: 'unknown area "operatons"', hint: 'did you mean "operations"?'});
    expect(problem.expected).toBe('one of the areas in kpis/areas.yml: operations, product');
  });

  it('reports missing fields, an empty impact list and unknown fields', async () => {
    const problems = await problemsOf({
      'kpis/operations.yml': OPS,
      [OBJ]: lines('- id: faster', '  title: Deliver faster', '  period: 2026-Q4', '  impact: []', '  onwer: Lead'),
    });
    expect(problems.map(({line, column, message, hint}) => ({line, column, message, hint}))).toEqual([
      {line: 1, column: 3, message: 'missing `owner`', hint: undefined},
      {line: 4, column: 11, message: 'the list is empty', hint: undefined},
      {line: 5, column: 3, message: 'unknown field `onwer`', hint: 'did you mean "owner"?'},
    ]);
  });

  it('checks the description like a definition: footnotes cited and written, links safe', async () => {
    const problems = await problemsOf({
      'kpis/operations.yml': OPS,
      [OBJ]: objective(
        '  description: See [this](javascript:alert(1)).[^srvey]',
        '  footnotes: {survey: Autumn survey.}',
        '  impact: [{kpi: delivery-time, by: -2}]',
      ),
    });
    expect(problems.map((problem) => problem.message)).toEqual([
      'footnote [^srvey] is cited but not written',
      'unsafe link scheme `javascript:` in description',
      'footnote `survey` is never cited',
    ]);
    expect(problems[0]).toMatchObject({line: 5, hint: 'did you mean "survey"?'});
  });

  it('reports a file that is not a list', async () => {
    const problem = await objectivesProblem(lines('id: faster', 'title: Deliver faster'));
    expect(problem).toMatchObject({file: OBJ, line: 1, column: 1, message: 'objectives.yml must be a list, not a mapping'});
  });

  it('refuses an area called `objectives`, whose page the objectives page is', async () => {
    const problem = await onlyProblemOf({'kpis/areas.yml': lines('- id: objectives', '  title: Objectives')});
    expect(problem).toMatchObject({
      file: 'kpis/areas.yml',
      line: 1,
      column: 7,
      message: 'area id "objectives" is taken by a generated page',
    });
  });

  it('does not call a KPI unknown when the area file that may hold it is broken', async () => {
    const problems = await problemsOf({
      'kpis/operations.yml': lines('area: operations', 'kpis:', '  - id: delivery-time', '   title: B'),
      [OBJ]: withImpact('    - {kpi: delivery-time, by: -2}'),
    });
    expect(problems.map((problem) => problem.file)).toEqual(['kpis/operations.yml']);
  });
});
