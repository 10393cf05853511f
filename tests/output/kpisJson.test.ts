import {describe, expect, it} from 'vitest';
import {KPIS_JSON_SCHEMA_VERSION, toKpisJson} from '../../src/output/kpisJson';
import {computeSample, sampleLinks, sampleRegistry} from '../support/registry';

const json = (options: {baseUrl?: string; trailingSlash?: boolean} = {}) =>
  toKpisJson(sampleRegistry(), computeSample(sampleRegistry(), options.baseUrl ?? '/'), sampleLinks, {
    asOf: '2026-11-20',
    siteUrl: 'https://handbook.example.org',
    ...options,
  });

describe('toKpisJson', () => {
  it('has the documented top-level shape, version 1', () => {
    const result = json();
    expect(Object.keys(result)).toEqual(['schemaVersion', 'generator', 'asOf', 'areas', 'kpis', 'objectives']);
    expect(result.objectives).toEqual([]);
    expect(result.schemaVersion).toBe(KPIS_JSON_SCHEMA_VERSION);
    expect(result.schemaVersion).toBe(1);
    expect(result.areas).toEqual([
      {id: 'product', title: 'Area product', description: null, owner: null, kpis: ['users', 'uptime']},
      {id: 'people', title: 'Area people', description: null, owner: null, kpis: ['hires']},
    ]);
  });

  it('gives every KPI every key, null where a value is missing, in a fixed order', () => {
    const [users, , hires] = json().kpis;
    const keys = Object.keys(users!);
    expect(keys).toEqual([
      'id', 'area', 'title', 'definition', 'footnotes', 'unit', 'direction', 'tags', 'cadence', 'owner', 'parent', 'confidential', 'targets', 'target',
      'latest', 'previous', 'change', 'progress', 'projected', 'stale', 'status', 'statusHistory', 'events', 'formatted', 'url', 'home', 'backlinks', 'series', 'computation',
    ]); // prettier-ignore
    expect(Object.keys(hires!)).toEqual(keys);
    expect(hires).toMatchObject({latest: null, previous: null, change: null, series: [], home: null, backlinks: []});
    expect(users).toMatchObject({
      latest: {date: '2026-10-31', value: 50},
      previous: {date: '2026-09-30', value: 40},
      home: {title: 'Product', url: 'https://handbook.example.org/docs/product'},
      backlinks: [{title: 'Update', url: 'https://handbook.example.org/blog/update'}],
    });
  });

  it('carries the status history, the last 12 period ends oldest first, and the events', () => {
    const [users] = json().kpis;
    expect(users!.statusHistory).toHaveLength(12);
    expect(users!.statusHistory.at(-1)).toEqual({
      date: '2026-10-31',
      level: users!.status.level,
      reasons: users!.status.reasons,
      origin: users!.status.origin,
    });
    expect(users!.statusHistory[0]!.date).toBe('2025-11-30');
    expect(users!.events).toEqual([]);
  });

  it('writes URLs as the site serves them, under its baseUrl and trailingSlash', () => {
    expect(json().kpis[0]!.url).toBe('https://handbook.example.org/kpis/product/users');
    expect(json({trailingSlash: true}).kpis[0]!.url).toBe('https://handbook.example.org/kpis/product/users/');
    expect(json({baseUrl: '/handbook/', trailingSlash: false}).kpis[0]!.url).toBe(
      'https://handbook.example.org/handbook/kpis/product/users',
    );
  });
});
