import {describe, expect, it} from 'vitest';
import {withoutConfidentialValues} from '../../src/compute/confidential';
import {toIndexData, toPageData} from '../../src/compute/pageData';
import {computeSample, sampleLinks, sampleRegistry} from '../support/registry';

function confidentialRegistry() {
  const registry = sampleRegistry();
  registry.kpis[0] = {...registry.kpis[0]!, confidential: true};
  return registry;
}

describe('withoutConfidentialValues', () => {
  const registry = confidentialRegistry();
  const computed = computeSample(registry);
  const shown = withoutConfidentialValues(registry, computed, false);
  const users = shown.computed.find((entry) => entry.kpi.id === 'users')!;

  it('drops the series and every value of a confidential KPI, and keeps what SPEC shows', () => {
    expect(shown.registry.series.users).toBeUndefined();
    expect(users.values).toEqual({
      target: {value: 100, by: '2027-06-30'},
      stale: false,
      status: {...computed[0]!.values.status, reasons: []},
    });
    expect(users.card).toMatchObject({
      title: 'KPI users',
      owner: 'Lead',
      confidential: true,
      formatted: {target: '100', targetBy: 'Jun 30, 2027'},
    });
    expect(users.card.status.level).toBe(computed[0]!.card.status.level);
    for (const field of ['change', 'progress', 'sparkline', 'sparklineDescription'] as const) expect(users.card[field]).toBeUndefined();
    expect(Object.keys(users.card.formatted).sort()).toEqual(['target', 'targetBy']);
    expect(JSON.stringify(users)).not.toMatch(/\b50\b|\b40\b|cmd/);
  });

  it('leaves other KPIs and the input untouched', () => {
    expect(shown.computed[1]).toBe(computed[1]);
    expect(shown.registry.series.uptime).toEqual([{date: '2026-10-31', value: 99}]);
    expect(registry.series.users).toHaveLength(2);
    expect(computed[0]!.card.formatted.value).toBe('50');
  });

  it('keeps reasons given by hand, which are the author’s words', () => {
    const manual = confidentialRegistry();
    manual.kpis[0] = {...manual.kpis[0]!, status: {level: 'at-risk', reasons: ['Partner contracts under review.']}};
    const result = withoutConfidentialValues(manual, computeSample(manual), false);
    expect(result.computed[0]!.card.status).toEqual({level: 'at-risk', reasons: ['Partner contracts under review.'], origin: 'manual'});
  });

  it('gives pages, the index and the KPI page no values to show', () => {
    const page = toPageData(users, shown.computed, shown.registry, sampleLinks, {baseUrl: '/', routeBasePath: 'kpis'}, 'en');
    expect(page.points).toEqual([]);
    expect(page.chart).toBeUndefined();
    expect(page.download).toBeUndefined();
    const summary = toIndexData(shown.registry, shown.computed, sampleLinks, {baseUrl: '/', routeBasePath: 'kpis'}, '2026-11-20').areas[0]!
      .kpis[0]!;
    expect(summary).toMatchObject({id: 'users', confidential: true});
    expect(summary.value).toBeUndefined();
  });

  it('keeps everything with showConfidential', () => {
    const all = withoutConfidentialValues(registry, computed, true);
    expect(all.registry).toBe(registry);
    expect(all.computed).toEqual(computed);
  });
});
