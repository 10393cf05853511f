import {normalizePluginOptions} from '@docusaurus/utils-validation';
import {describe, expect, it} from 'vitest';
import {DEFAULT_OPTIONS, type Options, type PluginOptions, resolveAsOf, validateOptions} from '../src/options';

const validate = (options: Record<string, unknown>) =>
  validateOptions({validate: normalizePluginOptions as never, options: options as Options}) as PluginOptions;

describe('validateOptions', () => {
  it('fills in every default', () => {
    expect(validate({})).toEqual({id: 'default', ...DEFAULT_OPTIONS});
  });

  it.each([
    ['tolerance', 0],
    ['tolerance', 1],
    ['trendWindow', 2],
    ['maxDataFileBytes', 1],
    ['maxKpisPerArea', 1],
  ])('accepts %s = %s, the edge of its range', (name, value) => {
    expect(validate({[name]: value})[name as keyof PluginOptions]).toBe(value);
  });

  it.each([
    ['tolerance', -0.01],
    ['tolerance', 1.5],
    ['trendWindow', 1],
    ['trendWindow', 2.5],
    ['maxDataFileBytes', 0],
    ['maxKpisPerArea', 0],
    ['onBrokenKpiReferences', 'explode'],
    ['asOf', '20-11-2026'],
    ['lints', {staleSeries: 'loud'}],
    ['lints', {staleSerie: 'warn'}],
  ])('refuses %s = %j', (name, value) => {
    expect(() => validate({[name]: value})).toThrow(new RegExp(`"${name}`));
  });
});

describe('resolveAsOf', () => {
  it('takes the option, then KPI_AS_OF, then today', () => {
    expect(resolveAsOf({asOf: '2026-01-31'}, {KPI_AS_OF: '2026-02-28'}, '2026-03-31')).toBe('2026-01-31');
    expect(resolveAsOf({}, {KPI_AS_OF: '2026-02-28'}, '2026-03-31')).toBe('2026-02-28');
    expect(resolveAsOf({}, {}, '2026-03-31')).toBe('2026-03-31');
    expect(() => resolveAsOf({}, {KPI_AS_OF: 'yesterday'}, '2026-03-31')).toThrow(/KPI_AS_OF must be an ISO date/);
  });
});

describe('the reports option', () => {
  it('is on by default, and takes false or a list of quarters', () => {
    expect(validate({}).reports).toBe(true);
    expect(validate({reports: false}).reports).toBe(false);
    expect(validate({reports: ['2026-Q2', '2026-Q3']}).reports).toEqual(['2026-Q2', '2026-Q3']);
  });

  it.each([[['2026-Q5']], [['Q3 2026']], [['2026-Q3', '2026-q3']], ['2026-Q3']])(
    'refuses reports = %j with a message naming it',
    (reports) => {
      expect(() => validate({reports})).toThrow(/reports/);
    },
  );

  it('says what a quarter looks like', () => {
    expect(() => validate({reports: ['2026-09']})).toThrow(/quarter like 2026-Q3/);
  });
});
