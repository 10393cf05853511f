import {normalizePluginOptions} from '@docusaurus/utils-validation';
import {afterEach, describe, expect, it, vi} from 'vitest';
import type {ComputedKpi} from '../../src/compute/registry';
import {computeKpiValues} from '../../src/compute/values';
import {KpiUserError} from '../../src/shared/errors';
import {type LintConfig, reportLints, runLints} from '../../src/checks/lints';
import {LINT_RULES, type LintRule} from '../../src/shared/vocabulary';
import {DEFAULT_LINT_LEVELS, type Options, type PluginOptions, validateOptions} from '../../src/options';
import type {KpiDirectiveUse, SourcePage} from '../../src/checks/scan';
import type {Area, KpiCardData, KpiDefinition, Registry, SeriesPoint} from '../../src/types';

const AS_OF = '2026-11-20';

function area(id: string, line: number, extra: Partial<Area> = {}): Area {
  return {id, title: id, order: line, source: {file: 'kpis/areas.yml', line, column: 3}, ...extra};
}

/** A KPI that passes every lint: owner, a target due later, data, fresh series. */
function kpi(id: string, extra: Partial<KpiDefinition> = {}): KpiDefinition {
  return {
    id,
    area: 'product',
    title: id,
    footnotes: {},
    unit: 'count',
    direction: 'up',
    tags: [],
    cadence: 'monthly',
    owner: 'Product lead',
    targets: [{value: 100, by: '2027-06-30'}],
    data: `data/${id}.csv`,
    source: {file: 'kpis/product.yml', line: 3, column: 5},
    ...extra,
  };
}

const FRESH: SeriesPoint[] = [
  {date: '2026-10-01', value: 40},
  {date: '2026-11-01', value: 50},
];

function registryOf(kpis: KpiDefinition[], options: {areas?: Area[]; series?: Record<string, SeriesPoint[]>} = {}): Registry {
  const series = options.series ?? Object.fromEntries(kpis.filter((k) => k.data).map((k) => [k.id, FRESH]));
  return {dir: '/site/kpis', areas: options.areas ?? [area('product', 1, {owner: 'Product lead'})], kpis, series};
}

function computedOf(registry: Registry, asOf = AS_OF): ComputedKpi[] {
  return registry.kpis.map((definition) => ({
    kpi: definition,
    values: computeKpiValues(definition, registry.series[definition.id], {asOf, tolerance: 0.05, trendWindow: 6}),
    card: {} as KpiCardData,
    history: [],
  }));
}

const PAGE: SourcePage = {filePath: '/site/docs/a.md', file: 'docs/a.md', permalink: '/docs/a', title: 'A', kind: 'docs'};

function cites(...ids: string[]): KpiDirectiveUse[] {
  return ids.map((id, index) => ({page: PAGE, kind: 'card', target: id, line: index + 1, column: 1}));
}

function lint(registry: Registry, uses: KpiDirectiveUse[] | undefined, config: Partial<LintConfig> = {}) {
  return runLints(registry, computedOf(registry, config.asOf), uses, {asOf: AS_OF, ...config});
}

function rulesOf(results: ReturnType<typeof runLints>): LintRule[] {
  return results.map((result) => result.rule);
}

describe('runLints', () => {
  it('finds nothing in a KPI that has everything and is cited', () => {
    const registry = registryOf([kpi('a')]);
    expect(lint(registry, cites('a'))).toEqual([]);
  });

  it('maxKpisPerArea: warns at the area when it has more KPIs than the option allows, default four', () => {
    const registry = registryOf(['a', 'b', 'c', 'd', 'e'].map((id) => kpi(id)));
    const uses = cites('a', 'b', 'c', 'd', 'e');
    const [result, ...rest] = lint(registry, uses);
    expect(rest).toEqual([]);
    expect(result).toEqual({
      severity: 'warn',
      rule: 'maxKpisPerArea',
      problem: expect.objectContaining({file: 'kpis/areas.yml', line: 1, column: 3, message: 'area "product" has 5 KPIs, more than 4'}),
    });
    expect(result!.problem.hint).toContain('three or four at most');
    expect(result!.problem.hint).toContain('a, b, c, d, e');
    expect(result!.problem.expected).toContain('`maxKpisPerArea`');

    expect(lint(registryOf(['a', 'b', 'c', 'd'].map((id) => kpi(id))), uses)).toEqual([]);
    expect(rulesOf(lint(registryOf(['a', 'b', 'c'].map((id) => kpi(id))), uses, {maxKpisPerArea: 2}))).toEqual(['maxKpisPerArea']);
    expect(lint(registry, uses, {maxKpisPerArea: 5})).toEqual([]);
  });

  it('maxKpisPerArea: counts each area on its own', () => {
    const areas = [area('product', 1), area('people', 4)];
    const kpis = [...['a', 'b', 'c'].map((id) => kpi(id)), ...['d', 'e', 'f'].map((id) => kpi(id, {area: 'people'}))];
    expect(lint(registryOf(kpis, {areas}), cites('a', 'b', 'c', 'd', 'e', 'f'), {maxKpisPerArea: 3})).toEqual([]);
  });

  it('missingTarget: a quantitative KPI without targets, not a qualitative one', () => {
    const registry = registryOf([
      kpi('numbers', {targets: []}),
      kpi('words', {unit: 'text', targets: [], status: {level: 'on-track', reasons: ['Fine.']}}),
    ]);
    const results = lint(registry, cites('numbers', 'words'));
    expect(rulesOf(results)).toEqual(['missingTarget']);
    expect(results[0]!.problem).toMatchObject({file: 'kpis/product.yml', line: 3, column: 5, message: 'KPI "numbers" has no target'});
  });

  it('targetPastDue: only when every target is due before the as-of date', () => {
    const pastDue = kpi('late', {
      targets: [
        {value: 10, by: '2026-01-31'},
        {value: 20, by: '2026-06-30'},
      ],
    });
    const stillDue = kpi('ok', {
      targets: [
        {value: 10, by: '2026-01-31'},
        {value: 20, by: '2026-11-20'},
      ],
    });
    const results = lint(registryOf([pastDue, stillDue]), cites('late', 'ok'));
    expect(rulesOf(results)).toEqual(['targetPastDue']);
    expect(results[0]!.problem.message).toBe('every target of KPI "late" is past due (the last was due 2026-06-30)');
    expect(lint(registryOf([pastDue]), cites('late'), {asOf: '2026-06-30'})).toEqual([]);
  });

  it('missingOwner: names the area owner in the hint when there is one', () => {
    const results = lint(registryOf([kpi('a', {owner: undefined})]), cites('a'));
    expect(rulesOf(results)).toEqual(['missingOwner']);
    expect(results[0]!.problem.hint).toContain('Product lead');
    const noAreaOwner = lint(registryOf([kpi('a', {owner: undefined})], {areas: [area('product', 1)]}), cites('a'));
    expect(noAreaOwner[0]!.problem.hint).toBeUndefined();
  });

  it('missingDataSource: a KPI without `data`', () => {
    const results = lint(registryOf([kpi('a', {data: undefined})]), cites('a'));
    expect(rulesOf(results)).toEqual(['missingDataSource']);
    expect(results[0]!.problem.message).toBe('KPI "a" has no data source');
  });

  it('staleSeries: the latest point is more than two cadence periods old', () => {
    const old: SeriesPoint[] = [{date: '2026-08-01', value: 40}];
    const results = lint(registryOf([kpi('a')], {series: {a: old}}), cites('a'));
    expect(rulesOf(results)).toEqual(['staleSeries']);
    expect(results[0]!.problem.message).toContain('2026-08-01');
    expect(results[0]!.problem.expected).toContain('two months');
    const quarterly = lint(registryOf([kpi('a', {cadence: 'quarterly'})], {series: {a: old}}), cites('a'));
    expect(quarterly).toEqual([]);
  });

  it('uncitedKpi: no card or reference in any page; an area index does not count; skipped when pages were not scanned', () => {
    const registry = registryOf([kpi('a'), kpi('b')]);
    const index: KpiDirectiveUse = {page: PAGE, kind: 'index', target: 'product', line: 9, column: 1};
    const reference: KpiDirectiveUse = {page: PAGE, kind: 'reference', target: 'b', line: 3, column: 7};
    const results = lint(registry, [index, reference]);
    expect(rulesOf(results)).toEqual(['uncitedKpi']);
    expect(results[0]!.problem.message).toBe('no page cites KPI "a"');
    expect(lint(registry, undefined)).toEqual([]);
  });

  it('reports findings in registry order: areas first, then each KPI in turn', () => {
    const registry = registryOf([kpi('a', {owner: undefined, data: undefined}), kpi('b', {targets: []}), kpi('c'), kpi('d'), kpi('e')]);
    expect(rulesOf(lint(registry, cites('b', 'c', 'd', 'e')))).toEqual([
      'maxKpisPerArea',
      'missingOwner',
      'missingDataSource',
      'uncitedKpi',
      'missingTarget',
    ]);
  });

  describe('levels', () => {
    const everything = registryOf(
      [
        kpi('a', {owner: undefined, data: undefined, targets: [{value: 1, by: '2026-01-01'}]}),
        kpi('b', {targets: []}),
        kpi('c'),
        kpi('d'),
        kpi('e'),
      ],
      {series: {c: [{date: '2026-01-01', value: 1}]}},
    );
    const all = lint(everything, cites('b', 'c', 'd', 'e'));

    it('every rule fires, as a warning by default', () => {
      expect(new Set(rulesOf(all))).toEqual(new Set(LINT_RULES));
      expect(all.every((result) => result.severity === 'warn')).toBe(true);
    });

    it.each(LINT_RULES)('%s can be turned off or made an error, leaving the other rules alone', (rule) => {
      const off = lint(everything, cites('b', 'c', 'd', 'e'), {lints: {[rule]: 'off'}});
      expect(rulesOf(off)).not.toContain(rule);
      expect(off).toHaveLength(all.filter((result) => result.rule !== rule).length);

      const error = lint(everything, cites('b', 'c', 'd', 'e'), {lints: {[rule]: 'error'}});
      expect(error.filter((result) => result.severity === 'error').map((result) => result.rule)).toEqual(
        all.filter((result) => result.rule === rule).map((result) => result.rule),
      );
      expect(error.filter((result) => result.rule !== rule).every((result) => result.severity === 'warn')).toBe(true);
    });
  });
});

describe('reportLints', () => {
  afterEach(() => vi.restoreAllMocks());

  it('prints warnings as one block naming each rule, and does not throw', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const registry = registryOf([kpi('a', {owner: undefined, data: undefined})]);
    reportLints(lint(registry, cites('a')));
    expect(warn).toHaveBeenCalledTimes(1);
    const text = String(warn.mock.calls[0]![0]);
    expect(text).toContain('KPI lint warnings (2)');
    expect(text).toContain('kpis/product.yml:3:5: KPI "a" has no owner [missingOwner]');
    expect(text).toContain('[missingDataSource]');
  });

  it('throws a KpiUserError listing the errors, after printing the warnings', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const registry = registryOf([kpi('a', {owner: undefined, data: undefined})]);
    const results = lint(registry, cites('a'), {lints: {missingOwner: 'error'}});
    let thrown: unknown;
    try {
      reportLints(results);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(KpiUserError);
    expect((thrown as KpiUserError).problems).toEqual([expect.objectContaining({message: 'KPI "a" has no owner [missingOwner]'})]);
    expect((thrown as Error).message).toContain('KPI lint errors');
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('says nothing when there is nothing to say', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    reportLints([]);
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('lint options', () => {
  const validate = (options: Options) =>
    validateOptions({validate: normalizePluginOptions as never, options: options as Options}) as PluginOptions;

  it('default every rule to "warn" and maxKpisPerArea to 4', () => {
    const options = validate({});
    expect(options.lints).toEqual(DEFAULT_LINT_LEVELS);
    expect(options.maxKpisPerArea).toBe(4);
  });

  it('fill in the rules left out', () => {
    expect(validate({lints: {uncitedKpi: 'off', staleSeries: 'error'}}).lints).toEqual({
      ...DEFAULT_LINT_LEVELS,
      uncitedKpi: 'off',
      staleSeries: 'error',
    });
  });

  it('reject unknown rules, unknown levels and a bad maximum', () => {
    expect(() => validate({lints: {uncitedKPI: 'off'} as never})).toThrow(/"lints.uncitedKPI" is not allowed/);
    expect(() => validate({lints: {uncitedKpi: 'throw'} as never})).toThrow(/"lints.uncitedKpi" must be one of \[off, warn, error\]/);
    expect(() => validate({maxKpisPerArea: 0})).toThrow(/maxKpisPerArea/);
  });
});
