import {describe, expect, it} from 'vitest';
import {formatProblem} from '../../src/shared/errors';
import {loadRegistry} from '../../src/data/loadRegistry';
import {AREAS_YML, areaFile, lines, onlyProblemOf, problemsOf, writeSite} from './tempSite';

const OPS = 'kpis/operations.yml';

/** A valid KPI `a` whose extra lines start at line 5. */
const kpiA = (...extra: string[]) => areaFile('  - id: a', '    title: A', ...extra);

describe('registry folder', () => {
  it('reports a missing KPI folder with the option to set', async () => {
    const problem = await onlyProblemOf({'kpis/areas.yml': null, 'docs/intro.md': '# Hi'});
    expect(problem).toMatchObject({file: 'kpis', message: 'the KPI folder kpis does not exist'});
    expect(problem.hint).toContain('plugin option `path`');
  });

  it('reports a missing areas.yml and still checks the area files', async () => {
    const problems = await problemsOf({'kpis/areas.yml': null, [OPS]: kpiA('    direction: upp')});
    expect(problems.map((problem) => problem.message)).toEqual(['kpis/areas.yml not found', 'unknown direction "upp"']);
    expect(problems[0]!.hint).toBe('create kpis/areas.yml listing your areas in the order to show them');
  });

  it('reports areas.yml that is not a list', async () => {
    const problem = await onlyProblemOf({'kpis/areas.yml': lines('id: operations', 'title: Operations')});
    expect(problem).toMatchObject({file: 'kpis/areas.yml', line: 1, column: 1, message: 'the file must be a list, not a mapping'});
  });

  it('reports an unknown field in areas.yml', async () => {
    const problem = await onlyProblemOf({'kpis/areas.yml': lines('- id: operations', '  title: Operations', '  ownr: Ops lead')});
    expect(problem).toMatchObject({
      file: 'kpis/areas.yml',
      line: 3,
      column: 3,
      message: 'unknown field `ownr`',
      hint: 'did you mean "owner"?',
    });
  });

  it('reports an empty list of areas, and nothing more', async () => {
    const problem = await onlyProblemOf({'kpis/areas.yml': '[]\n', [OPS]: areaFile('  - { id: a, title: A }')});
    expect(problem).toMatchObject({file: 'kpis/areas.yml', line: 1, column: 1, message: 'the list is empty'});
  });

  it('reports an area file it cannot read', async () => {
    const problem = await onlyProblemOf({'kpis/broken.yml': {linkTo: '/nonexistent/broken.yml'}});
    expect(problem.file).toBe('kpis/broken.yml');
    expect(problem.message).toMatch(/^cannot read the file: ENOENT/);
  });

  it('reports an area id used twice, naming both places', async () => {
    const problem = await onlyProblemOf({
      'kpis/areas.yml': lines('- id: operations', '  title: Operations', '- id: operations', '  title: Ops again'),
    });
    expect(problem).toMatchObject({
      file: 'kpis/areas.yml',
      line: 3,
      column: 7,
      message: 'area id "operations" is used twice; it is also at kpis/areas.yml:1:3',
    });
  });
});

describe('YAML syntax', () => {
  it('reports a syntax error where the YAML parser found it', async () => {
    const problem = await onlyProblemOf({[OPS]: lines('area: operations', 'kpis:', '  - id: a', '    title: [A', '    unit: days')});
    expect(problem.file).toBe(OPS);
    expect(problem.line).toBe(5);
    expect(problem.message).toMatch(/^invalid YAML: /);
  });

  it('reports the syntax error of a file the quick read takes differently, not the data it read', async () => {
    // The quick parser reads the title as a mapping across lines; the careful one refuses the indentation.
    const text = lines('area: operations', 'kpis:', '  - id: a', '    title: {"', '    unit: days', '    owner: ", by: x}');
    const problems = await problemsOf({[OPS]: text});
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((problem) => problem.file === OPS && problem.message.startsWith('invalid YAML: '))).toBe(true);
  });

  it('reports a field written twice', async () => {
    const problem = await onlyProblemOf({[OPS]: kpiA('    title: B')});
    expect(problem).toMatchObject({file: OPS, line: 5, column: 5, message: 'the same field appears twice in one mapping'});
  });

  it('does not call a parent unknown when the file that may hold it is broken', async () => {
    const problems = await problemsOf({
      [OPS]: kpiA('    parent: b'),
      'kpis/product.yml': lines('area: product', 'kpis:', '  - id: b', '   title: B'),
    });
    expect(problems.map((problem) => problem.file)).toEqual(['kpis/product.yml']);
  });
});

describe('area files', () => {
  it('reports a file that is not a mapping', async () => {
    const problem = await onlyProblemOf({[OPS]: lines('- id: a', '  title: A')});
    expect(problem).toMatchObject({file: OPS, line: 1, column: 1, message: 'an area file must be a mapping, not a list'});
    expect(problem.expected).toContain('area: product-and-services');
  });

  it('reports an empty file', async () => {
    const problem = await onlyProblemOf({[OPS]: '# nothing yet\n'});
    expect(problem).toMatchObject({file: OPS, line: 1, column: 1, message: 'the file is empty'});
  });

  it('reports an area missing from areas.yml, with did-you-mean', async () => {
    const problem = await onlyProblemOf({[OPS]: lines('area: operatons', 'kpis: []')});
    expect(problem).toMatchObject({file: OPS, line: 1, column: 7, message: 'unknown area "operatons"', hint: 'did you mean "operations"?'});
    expect(problem.expected).toBe('one of the areas in kpis/areas.yml: operations, product');
  });

  it('reports a missing `kpis` list', async () => {
    const problem = await onlyProblemOf({[OPS]: lines('area: operations')});
    expect(problem).toMatchObject({file: OPS, line: 1, column: 1, message: 'missing `kpis`'});
  });

  it('reports a misspelt `kpis:`', async () => {
    const problems = await problemsOf({[OPS]: lines('area: operations', 'kpi:', '  - { id: a, title: A }')});
    expect(problems).toMatchObject([
      {file: OPS, line: 1, column: 1, message: 'missing `kpis`'},
      {file: OPS, line: 2, column: 1, message: 'unknown field `kpi`', hint: 'did you mean "kpis"?'},
    ]);
  });

  it('reports a KPI id used twice in one file', async () => {
    const problem = await onlyProblemOf({[OPS]: areaFile('  - { id: a, title: A }', '  - { id: a, title: B }')});
    expect(problem).toMatchObject({
      file: OPS,
      line: 4,
      column: 11,
      message: 'KPI id "a" is used twice; it is also at kpis/operations.yml:3:11',
    });
  });

  it('reports a KPI id used in two areas, naming both places', async () => {
    const problem = await onlyProblemOf({
      [OPS]: kpiA(),
      'kpis/product.yml': lines('area: product', 'kpis:', '  - title: Also A', '    id: a'),
    });
    expect(problem).toMatchObject({
      file: 'kpis/product.yml',
      line: 4,
      column: 9,
      message: 'KPI id "a" is used twice; it is also at kpis/operations.yml:3:9',
    });
  });
});

describe('KPI fields', () => {
  it('reports an unknown field with did-you-mean', async () => {
    const problem = await onlyProblemOf({[OPS]: kpiA('    diretion: down')});
    expect(problem).toMatchObject({file: OPS, line: 5, column: 5, message: 'unknown field `diretion`', hint: 'did you mean "direction"?'});
    expect(problem.expected).toContain('direction');
    expect(formatProblem(problem)).toBe(
      `${OPS}:5:5: unknown field \`diretion\`\n  expected: ${problem.expected}\n  hint: did you mean "direction"?`,
    );
  });

  it('reports an unknown direction', async () => {
    const problem = await onlyProblemOf({[OPS]: kpiA('    direction: upp')});
    expect(problem).toEqual({
      file: OPS,
      line: 5,
      column: 16,
      message: 'unknown direction "upp"',
      expected: 'one of up, down, target',
      hint: 'did you mean "up"?',
    });
  });

  it('reports an unknown unit', async () => {
    const problem = await onlyProblemOf({[OPS]: kpiA('    unit: day')});
    expect(problem).toMatchObject({line: 5, column: 11, message: 'unknown unit "day"', hint: 'did you mean "days"?'});
    expect(problem.expected).toContain('currency:XXX');
  });

  it('reports a currency code in lower case', async () => {
    const problem = await onlyProblemOf({[OPS]: kpiA('    unit: currency:usd')});
    expect(problem).toMatchObject({line: 5, column: 11, message: 'unknown currency "usd"', hint: 'did you mean "currency:USD"?'});
  });

  it('reports a currency that does not exist', async () => {
    const problem = await onlyProblemOf({[OPS]: kpiA('    unit: currency:DOLLAR')});
    expect(problem).toMatchObject({message: 'unknown currency "DOLLAR"', hint: undefined});
    expect(problem.expected).toContain('ISO 4217');
  });

  it('reports an unknown tag', async () => {
    const problem = await onlyProblemOf({[OPS]: kpiA('    tags: [quantitative, leadin]')});
    expect(problem).toMatchObject({line: 5, column: 26, message: 'unknown tag "leadin"', hint: 'did you mean "leading"?'});
  });

  it('reports a tag listed twice', async () => {
    const problem = await onlyProblemOf({[OPS]: kpiA('    tags: [lagging, lagging]')});
    expect(problem).toMatchObject({line: 5, column: 21, message: 'tag "lagging" is listed twice'});
  });

  it('reports a KPI tagged both quantitative and qualitative', async () => {
    const problem = await onlyProblemOf({[OPS]: kpiA('    tags: [quantitative, qualitative]')});
    expect(problem).toMatchObject({line: 5, column: 11, message: 'a KPI cannot be both quantitative and qualitative'});
  });

  it('reports an unknown cadence', async () => {
    const problem = await onlyProblemOf({[OPS]: kpiA('    cadence: montly')});
    expect(problem).toMatchObject({line: 5, column: 14, message: 'unknown cadence "montly"', hint: 'did you mean "monthly"?'});
  });

  it('reports a missing title at the KPI', async () => {
    const problem = await onlyProblemOf({[OPS]: areaFile('  - id: a', '    unit: days')});
    expect(problem).toMatchObject({line: 3, column: 5, message: 'missing `title`', expected: 'a title, like "Average delivery time"'});
  });

  it('suggests quotes for a title YAML reads as a number', async () => {
    const problem = await onlyProblemOf({[OPS]: areaFile('  - id: a', '    title: 2026')});
    expect(problem).toMatchObject({line: 4, column: 12, message: '`title` must be text, not 2026', hint: 'put it in quotes: "2026"'});
  });

  it('reports an id that cannot be a URL segment, suggesting one', async () => {
    const problem = await onlyProblemOf({[OPS]: areaFile('  - id: Delivery Time', '    title: A')});
    expect(problem).toMatchObject({
      line: 3,
      column: 9,
      message: '"Delivery Time" is not a valid id',
      hint: 'did you mean "delivery-time"?',
    });
  });

  it('reports a KPI that is not a mapping', async () => {
    const problem = await onlyProblemOf({[OPS]: areaFile('  - delivery-time')});
    expect(problem).toMatchObject({line: 3, column: 5, message: 'a KPI must be a mapping, not "delivery-time"'});
  });

  it('reports an unknown status level', async () => {
    const problem = await onlyProblemOf({[OPS]: kpiA('    status: { level: at-rsk, reasons: [Late] }')});
    expect(problem).toMatchObject({line: 5, column: 22, message: 'unknown status level "at-rsk"', hint: 'did you mean "at-risk"?'});
  });
});

describe('targets', () => {
  it('reports a target without a due date', async () => {
    const problem = await onlyProblemOf({[OPS]: kpiA('    targets:', '      - value: 14')});
    expect(problem).toMatchObject({
      line: 6,
      column: 9,
      message: 'missing `by`',
      expected: 'a date like 2026-01-31, or a month like 2026-01',
    });
  });

  it('reports a due date the calendar does not have', async () => {
    const problem = await onlyProblemOf({[OPS]: kpiA('    targets:', '      - { value: 14, by: 2026-02-30 }')});
    expect(problem).toMatchObject({line: 6, column: 26, message: '"2026-02-30" is not a day of the calendar'});
  });

  it('reports a due date that is not a date', async () => {
    const problem = await onlyProblemOf({[OPS]: kpiA('    targets:', '      - { value: 14, by: next year }')});
    expect(problem).toMatchObject({
      line: 6,
      column: 26,
      message: '"next year" is not a date',
      expected: 'a date like 2026-01-31, or a month like 2026-01',
    });
  });

  it('reports a target value written as text', async () => {
    const problem = await onlyProblemOf({[OPS]: kpiA('    targets:', '      - { value: "14", by: 2026-12 }')});
    expect(problem).toMatchObject({line: 6, column: 18, message: '`value` must be a number, not "14"', hint: 'remove the quotes: 14'});
  });

  it('reports an unknown field in a target', async () => {
    const problem = await onlyProblemOf({[OPS]: kpiA('    targets:', '      - { value: 14, by: 2026-12, lable: baseline }')});
    expect(problem).toMatchObject({line: 6, column: 35, message: 'unknown field `lable`', hint: 'did you mean "label"?'});
    expect(problem.expected).toBe('one of the fields value, by, label');
  });

  it('reports two targets due the same day', async () => {
    const problem = await onlyProblemOf({
      [OPS]: kpiA('    targets:', '      - { value: 14, by: 2026-12-01 }', '      - { value: 12, by: 2026-12 }'),
    });
    expect(problem).toMatchObject({line: 7, column: 26, message: 'two targets are due on 2026-12-01'});
  });

  it('reports a qualitative KPI with targets', async () => {
    const problem = await onlyProblemOf({[OPS]: kpiA('    unit: text', '    targets:', '      - { value: 3, by: 2026-12 }')});
    expect(problem).toMatchObject({line: 6, column: 5, message: 'a qualitative KPI (`unit: text`) cannot have targets'});
  });
});

describe('footnotes', () => {
  it('reports a citation without a footnote, and the footnote it missed', async () => {
    const problems = await problemsOf({
      [OPS]: kpiA('    definition: Days to ship.[^bord]', '    footnotes:', '      board: From the board.'),
    });
    expect(problems).toMatchObject([
      {file: OPS, line: 5, column: 17, message: 'footnote [^bord] is cited but not written', hint: 'did you mean "board"?'},
      {file: OPS, line: 7, column: 7, message: 'footnote `board` is never cited'},
    ]);
  });
});

describe('parents', () => {
  it('reports an unknown parent with did-you-mean', async () => {
    const problem = await onlyProblemOf({
      [OPS]: kpiA('    parent: org-impakt'),
      'kpis/product.yml': lines('area: product', 'kpis:', '  - { id: org-impact, title: Impact }'),
    });
    expect(problem).toMatchObject({
      file: OPS,
      line: 5,
      column: 13,
      message: 'unknown parent KPI "org-impakt"',
      hint: 'did you mean "org-impact"?',
    });
  });

  it('reports a loop of parents once, as a path', async () => {
    const problem = await onlyProblemOf({
      [OPS]: areaFile('  - { id: a, title: A, parent: b }', '  - { id: b, title: B, parent: c }', '  - { id: c, title: C, parent: a }'),
    });
    expect(problem).toMatchObject({file: OPS, line: 3, column: 32, message: 'parent KPIs go round in a loop: a → b → c → a'});
  });

  it('reports a KPI that is its own parent', async () => {
    const problem = await onlyProblemOf({[OPS]: kpiA('    parent: a')});
    expect(problem).toMatchObject({line: 5, column: 13, message: 'parent KPIs go round in a loop: a → a'});
  });
});

describe('data paths', () => {
  const withData = (data: string) => kpiA(`    data: ${data}`);

  it('reports a missing series file at the `data:` field, with did-you-mean', async () => {
    const problem = await onlyProblemOf({[OPS]: withData('data/a.csv'), 'kpis/data/aa.csv': 'date,value\n'});
    expect(problem).toEqual({
      file: OPS,
      line: 5,
      column: 11,
      message: 'data file kpis/data/a.csv not found',
      expected: 'a path relative to kpis/, like data/delivery-time.csv',
      hint: 'did you mean "aa.csv"?',
    });
  });

  it('refuses an absolute path', async () => {
    const problem = await onlyProblemOf({[OPS]: withData('/etc/passwd.csv')});
    expect(problem).toMatchObject({line: 5, column: 11, message: 'the data path "/etc/passwd.csv" is absolute'});
  });

  it('refuses a path that leaves the site folder', async () => {
    const problem = await onlyProblemOf({[OPS]: withData('../../secrets.csv')});
    expect(problem).toMatchObject({line: 5, column: 11, message: 'the data path "../../secrets.csv" leads outside the site folder'});
  });

  it('refuses a path that leaves the site folder for that, before looking at its file type', async () => {
    const problem = await onlyProblemOf({[OPS]: withData('../../../../etc/passwd')});
    expect(problem).toMatchObject({
      line: 5,
      column: 11,
      message: 'the data path "../../../../etc/passwd" leads outside the site folder',
      expected: 'a path relative to kpis/, like data/delivery-time.csv',
    });
  });

  it('refuses an absolute path without a series extension as absolute', async () => {
    const problem = await onlyProblemOf({[OPS]: withData('/etc/passwd')});
    expect(problem).toMatchObject({message: 'the data path "/etc/passwd" is absolute'});
  });

  it('accepts a path that leaves the KPI folder but stays in the site', async () => {
    const problems = await problemsOf({[OPS]: withData('../shared/a.csv'), 'shared/a.csv': 'date,value\n2026-01,x\n'});
    expect(problems).toMatchObject([{file: 'shared/a.csv', line: 2, column: 2, message: '"x" is not a number'}]);
  });

  it('refuses a link to a file outside the site folder', async () => {
    const problem = await onlyProblemOf({[OPS]: withData('data/a.csv'), 'kpis/data/a.csv': {linkTo: '/etc/hostname'}});
    expect(problem).toMatchObject({line: 5, column: 11, message: 'kpis/data/a.csv is a link to a file outside the site folder'});
  });

  it('refuses a series file larger than `maxDataFileBytes`', async () => {
    const problem = await onlyProblemOf(
      {[OPS]: withData('data/a.csv'), 'kpis/data/a.csv': 'date,value\n2026-01,1\n'},
      {maxDataFileBytes: 10},
    );
    expect(problem).toMatchObject({line: 5, column: 11, message: 'kpis/data/a.csv is 21 bytes, more than the limit of 10 bytes'});
    expect(problem.hint).toContain('`maxDataFileBytes`');
  });

  it('reports a series format it cannot read, listing the ones it can', async () => {
    const problem = await onlyProblemOf({[OPS]: withData('data/a.xlsx'), 'kpis/data/a.xlsx': 'binary'});
    expect(problem).toMatchObject({
      line: 5,
      column: 11,
      message: 'cannot read a series from "data/a.xlsx"',
      expected: 'a file ending in .csv, .json, .yml, .yaml',
    });
  });

  it('reports problems inside a series file at that file', async () => {
    const problems = await problemsOf({[OPS]: withData('data/a.json'), 'kpis/data/a.json': '[{"date": "2026-01", "vlaue": 1}]'});
    expect(problems).toMatchObject([
      {file: 'kpis/data/a.json', line: 1, column: 2, message: 'missing `value`'},
      {file: 'kpis/data/a.json', line: 1, column: 22, message: 'unknown field `vlaue`', hint: 'did you mean "value"?'},
    ]);
  });
});

describe('all at once', () => {
  it('checks the series of a KPI whose other fields are wrong', async () => {
    const problems = await problemsOf({
      [OPS]: kpiA('    direction: upp', '    data: a.csv'),
      'kpis/a.csv': lines('date,value', '2026-01,1%'),
    });
    expect(problems.map((problem) => [problem.file, problem.line, problem.message])).toEqual([
      ['kpis/a.csv', 2, '"1%" is not a number'],
      [OPS, 5, 'unknown direction "upp"'],
    ]);
  });

  it('reports every problem of every file, sorted by file and line', async () => {
    const problems = await problemsOf({
      'kpis/areas.yml': lines('- id: operations', '  title: Operations', '- id: operations', '  title: Again'),
      [OPS]: kpiA('    direction: upp', '    cadence: montly', '    data: data/missing.csv'),
      'kpis/product.yml': lines('area: prodcut', 'kpis:', '  - { id: a, title: Duplicate }'),
    });
    expect(problems.map((problem) => `${problem.file}:${problem.line}:${problem.column}`)).toEqual([
      'kpis/areas.yml:3:7',
      'kpis/operations.yml:5:16',
      'kpis/operations.yml:6:14',
      'kpis/operations.yml:7:11',
      'kpis/product.yml:1:7',
      'kpis/product.yml:3:11',
    ]);
  });
});

describe('unsafe links in definitions and footnotes', () => {
  it.each([
    ['[click](javascript:alert(1))', 'javascript'],
    ['[x](JavaScript:alert(1))', 'javascript'],
    ['![x](data:text/html;base64,PHNjcmlwdD4=)', 'data'],
    ['<vbscript:msgbox>', 'vbscript'],
  ])('refuses %s', async (definition, scheme) => {
    const problem = await onlyProblemOf({
      'kpis/operations.yml': areaFile('  - id: a', '    title: A', `    definition: '${definition}'`),
    });
    expect(problem).toMatchObject({file: 'kpis/operations.yml', line: 5});
    expect(problem.message).toBe(`unsafe link scheme \`${scheme}:\` in definition`);
  });

  it('accepts web, mail and site links', async () => {
    const siteDir = await writeSite({
      'kpis/areas.yml': AREAS_YML,
      'kpis/operations.yml': areaFile(
        '  - id: a',
        '    title: A',
        "    definition: 'See [board](https://example.org), [us](mailto:a@b.org), [doc](/docs/x) and <https://x.org>.'",
      ),
    });
    await expect(loadRegistry({siteDir, path: 'kpis', maxDataFileBytes: 1000})).resolves.toBeDefined();
  });
});

describe('computed KPIs: metric and query', () => {
  const LOGINS = lines('logged_in_at,hub_id,status', '2026-01-05T10:00:00,a,ok', '2026-02-07T10:00:00,b,ok');
  /** KPI `a` with a metric over the login log; the metric's own fields start at line 7. */
  const withMetric = (...fields: string[]) =>
    kpiA('    cadence: monthly', '    metric:', '      from: raw/logins.csv', '      time: logged_in_at', ...fields);
  /** KPI `a` with a query in a block scalar whose SQL starts at line 7. */
  const withQuery = (...sql: string[]) => kpiA('    query:', '      sql: |', ...sql.map((line) => `        ${line}`));
  const computedProblemOf = (file: string, extra: Record<string, string> = {}) =>
    onlyProblemOf({[OPS]: file, 'kpis/raw/logins.csv': LOGINS, ...extra});

  it('reports an unknown column in the measure, with the columns of the file', async () => {
    const problem = await computedProblemOf(withMetric('      measure: count_distinct(hub)'));
    expect(problem).toMatchObject({file: OPS, line: 7, column: 7, hint: 'columns in kpis/raw/logins.csv: logged_in_at, hub_id, status'});
    expect(problem.message).toBe('the metric failed: Binder Error: Referenced column "hub" not found in FROM clause!');
  });

  it('reports an unknown time column', async () => {
    const problem = await computedProblemOf(
      kpiA('    metric:', '      from: raw/logins.csv', '      time: loged_in_at', '      measure: count(*)'),
    );
    expect(problem).toMatchObject({line: 6, column: 7, hint: 'columns in kpis/raw/logins.csv: logged_in_at, hub_id, status'});
    expect(problem.message).toMatch(/"loged_in_at" not found/);
  });

  it('reports an unknown column in where', async () => {
    const problem = await computedProblemOf(withMetric('      measure: count(*)', "      where: state = 'ok'"));
    expect(problem).toMatchObject({line: 7, column: 7});
    expect(problem.message).toMatch(/"state" not found/);
  });

  it('reports an SQL syntax error in where', async () => {
    const problem = await computedProblemOf(withMetric('      measure: count(*)', "      where: status = = 'ok'"));
    expect(problem).toMatchObject({line: 7, column: 7});
    expect(problem.message).toMatch(/syntax error/i);
  });

  it('reports a measure of the wrong type', async () => {
    const problem = await computedProblemOf(withMetric('      measure: sum(status)'));
    expect(problem).toMatchObject({line: 7, column: 7});
    expect(problem.message).toMatch(/sum\(VARCHAR\)|No function matches/);
  });

  it('reports an unknown raw file, with a did-you-mean', async () => {
    const problem = await computedProblemOf(
      kpiA('    metric:', '      from: raw/login.csv', '      time: logged_in_at', '      measure: count(*)'),
    );
    expect(problem).toMatchObject({
      line: 6,
      column: 13,
      message: 'raw file kpis/raw/login.csv not found',
      hint: 'did you mean "logins.csv"?',
    });
  });

  it('reports a raw file outside the site folder before its type', async () => {
    const problem = await computedProblemOf(
      kpiA('    metric:', '      from: ../../../../etc/passwd', '      time: t', '      measure: count(*)'),
    );
    expect(problem).toMatchObject({line: 6, column: 13, message: 'the raw file "../../../../etc/passwd" is outside the site folder'});
  });

  it('reports a raw file of a format the engine does not read', async () => {
    const problem = await computedProblemOf(
      kpiA('    metric:', '      from: raw/logins.xlsx', '      time: t', '      measure: count(*)'),
      {
        'kpis/raw/logins.xlsx': 'binary',
      },
    );
    expect(problem).toMatchObject({line: 6, column: 13, message: 'cannot read rows from kpis/raw/logins.xlsx'});
    expect(problem.expected).toMatch(/\.csv, \.parquet, \.json/);
  });

  it('reports a misspelt metric field, with a did-you-mean', async () => {
    const problems = await problemsOf({[OPS]: withMetric('      mesure: count(*)'), 'kpis/raw/logins.csv': LOGINS});
    expect(problems).toMatchObject([
      {line: 7, column: 7, message: 'missing `measure`'},
      {line: 9, column: 7, message: 'unknown field `mesure`', hint: 'did you mean "measure"?'},
    ]);
  });

  it('reports a metric without a measure', async () => {
    const problem = await computedProblemOf(withMetric());
    expect(problem).toMatchObject({line: 7, column: 7, message: 'missing `measure`'});
    expect(problem.expected).toMatch(/^count\(\*\), count\(col\), count_distinct\(col\)/);
  });

  it('reports a window that is not a positive whole number', async () => {
    const problem = await computedProblemOf(withMetric('      measure: count(*)', '      window: 0'));
    expect(problem).toMatchObject({line: 10, column: 15});
    expect(problem.message).toMatch(/window/);
  });

  it('reports a KPI with both data and a metric', async () => {
    const problem = await computedProblemOf(withMetric('      measure: count(*)', '    data: data/a.csv'), {
      'kpis/data/a.csv': 'date,value\n',
    });
    expect(problem).toMatchObject({
      line: 10,
      column: 5,
      message: '`data` and `metric` are both set: `data`, `metric` and `query` exclude each other',
      hint: 'keep one of them',
    });
  });

  it('reports an SQL syntax error at the YAML line inside the block scalar', async () => {
    const problem = await computedProblemOf(
      withQuery('select logged_in_at as date,', '  count(*) as value', "from 'raw/logins.csv'", 'group by by 1'),
    );
    expect(problem).toMatchObject({file: OPS, line: 10});
    expect(problem.message).toMatch(/syntax error at or near "by"/i);
  });

  it('reports an unknown column in a query at its YAML line', async () => {
    const problem = await computedProblemOf(withQuery('select logged_in_at as date,', '  hub as value', "from 'raw/logins.csv'"));
    expect(problem).toMatchObject({line: 8, hint: 'columns in kpis/raw/logins.csv: logged_in_at, hub_id, status'});
  });

  it('reports an unknown file in a query', async () => {
    const problem = await computedProblemOf(withQuery("select * from 'raw/signups.csv'"));
    expect(problem).toMatchObject({line: 6, message: 'raw file kpis/raw/signups.csv not found'});
  });

  it('reports a query whose result has no date or value column', async () => {
    const problem = await computedProblemOf(withQuery("select logged_in_at, hub_id from 'raw/logins.csv'"));
    expect(problem).toMatchObject({line: 6, message: 'the result of the query of KPI "a" has the columns logged_in_at, hub_id'});
    expect(problem.expected).toBe('columns named date and value (and, if you like, note)');
  });

  it('reports a value of the wrong type from a query', async () => {
    const problem = await computedProblemOf(withQuery("select '2026-01-31' as date, 'many' as value"));
    expect(problem).toMatchObject({line: 6});
    expect(problem.message).toMatch(/^KPI "a": .*"many" is not a number/);
  });

  it('reports duplicate dates from a query', async () => {
    const problem = await computedProblemOf(withQuery("select '2026-01-31' as date, 1 as value", "union all select '2026-01-31', 2"));
    expect(problem).toMatchObject({line: 6});
    expect(problem.message).toMatch(/appears twice/);
  });

  it('refuses a query that reads /etc/passwd', async () => {
    const problem = await computedProblemOf(withQuery("select * from read_csv('/etc/passwd')"));
    expect(problem).toMatchObject({line: 6, message: 'the raw file "/etc/passwd" is outside the site folder'});
  });

  it('refuses to install an extension', async () => {
    const problem = await computedProblemOf(withQuery('install httpfs'));
    expect(problem).toMatchObject({line: 6});
    expect(problem.hint).toMatch(/extensions cannot be installed/);
  });

  it('reports a query on a source the site does not name', async () => {
    const problem = await computedProblemOf(kpiA('    query:', '      sql: select 1', '      source: warehouse'));
    expect(problem).toMatchObject({line: 6, column: 12, message: 'there is no source named warehouse'});
  });
});
