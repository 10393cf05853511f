import {describe, expect, it} from 'vitest';
import {findBacklinks, findBrokenReferences, findHomePages} from '../../src/checks/references';
import {type SourcePage, scanText} from '../../src/checks/scan';
import {formatProblem} from '../../src/shared/errors';
import type {ObjectiveDefinition, Registry} from '../../src/types';

const page: SourcePage = {
  filePath: '/site/docs/organisation.md',
  file: 'docs/organisation.md',
  permalink: '/docs/organisation',
  title: 'Organisation',
  kind: 'docs',
};

const objective = (id: string): ObjectiveDefinition => ({
  id,
  title: id,
  period: {label: '2026-Q4', from: '2026-10-01', to: '2026-12-31'},
  owner: 'Lead',
  footnotes: {},
  impact: [{kpi: 'delivery-time', by: -2}],
  source: {file: 'kpis/objectives.yml', line: 1, column: 3},
});

const registry = (objectives: ObjectiveDefinition[]): Registry => ({
  dir: '/site/kpis',
  areas: [],
  kpis: [],
  series: {},
  objectives,
});

describe('::objective in pages', () => {
  it('is found with its position, in a page without any KPI directive', () => {
    const {uses, problems} = scanText(page, '# Organisation\n\nIntro.\n\n  ::objective{#autumn-onboarding}\n');
    expect(problems).toEqual([]);
    expect(uses).toEqual([{page, kind: 'objective', target: 'autumn-onboarding', line: 5, column: 3}]);
  });

  it('reports an unknown objective id with file:line:column and did-you-mean', () => {
    const {uses} = scanText(page, '# Organisation\n\n::objective{#autumn-onbording}\n');
    const problems = findBrokenReferences(uses, registry([objective('autumn-onboarding'), objective('spring-renewals')]));
    expect(problems).toEqual([
      {
        file: 'docs/organisation.md',
        line: 3,
        column: 1,
        message: 'unknown objective "autumn-onbording"',
        expected: 'an objective id from objectives.yml',
        hint: 'did you mean "autumn-onboarding"?',
      },
    ]);
    expect(formatProblem(problems[0]!)).toMatch(/^docs\/organisation\.md:3:1: unknown objective "autumn-onbording"/);
  });

  it('says so when the registry has no objectives at all', () => {
    const {uses} = scanText(page, '::objective{#anything}\n');
    const [problem] = findBrokenReferences(uses, registry([]));
    expect(problem!.expected).toBe("an objective in the KPI folder's objectives.yml, which has none");
  });

  it('reports an objective directive without an id, used inline, or with an unknown attribute', () => {
    const problems = (text: string) =>
      scanText(page, text).problems.map(({line, column, message, hint}) => ({line, column, message, hint}));
    expect(problems('::objective\n')).toEqual([{line: 1, column: 1, message: 'objective card without an id', hint: undefined}]);
    expect(problems('See :objective[x] and\n::objective{#a ids=b}\n')).toEqual([
      {line: 1, column: 5, message: '`objective` must be a leaf directive on its own line', hint: undefined},
      {line: 2, column: 1, message: 'unknown attribute `ids` on `objective`', hint: 'did you mean "id"?'},
    ]);
  });

  it('is never a home page nor a backlink of a KPI of the same id', () => {
    const {uses} = scanText(page, '::objective{#delivery-time}\n');
    const homes = findHomePages(uses);
    expect(homes.size).toBe(0);
    expect(findBacklinks(uses, homes).size).toBe(0);
  });
});
