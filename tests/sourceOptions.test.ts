import {inspect} from 'node:util';
import {normalizePluginOptions} from '@docusaurus/utils-validation';
import {describe, expect, it} from 'vitest';
import {type Options, type PluginOptions, validateOptions} from '../src/options';

const validate = (options: unknown) =>
  validateOptions({validate: normalizePluginOptions as never, options: options as Options}) as PluginOptions;

const PASSWORD = 'Zq8-very-secret-pw';
const URL = `postgresql://kpi_reader:${PASSWORD}@db.internal:5432/handbook`;

/** The error `validate` throws, as Docusaurus prints it (the whole object, to any depth). */
function printedError(options: unknown): string {
  try {
    validate(options);
  } catch (error) {
    return `${String(error)}\n${inspect(error, {depth: Infinity})}`;
  }
  throw new Error('expected the options to be refused');
}

describe('source options', () => {
  it('default to no sources, failing on a source error, and a refresh chosen by the command', () => {
    const options = validate({});
    expect(options.sources).toEqual({});
    expect(options.onSourceError).toBe('fail');
    expect(options.refresh).toBeUndefined();
  });

  it('fill in the limits of a postgres source and keep its TLS options', () => {
    const ssl = {rejectUnauthorized: true, ca: '-----BEGIN CERTIFICATE-----'};
    const {sources} = validate({sources: {warehouse: {type: 'postgres', connectionString: URL, ssl}}});
    expect(sources.warehouse).toEqual({
      type: 'postgres',
      connectionString: URL,
      ssl,
      connectTimeout: 10_000,
      statementTimeout: 60_000,
      maxRows: 100_000,
      maxConcurrency: 4,
    });
  });

  it('accept a module source with options of its own', () => {
    const {sources} = validate({sources: {lake: {type: 'module', module: './sources/lake.mjs', options: {region: 'eu'}, maxRows: 10}}});
    expect(sources.lake).toMatchObject({type: 'module', module: './sources/lake.mjs', options: {region: 'eu'}, maxRows: 10});
  });

  it('say what is wrong: an unknown type, a missing connection string, a bad name', () => {
    expect(printedError({sources: {w: {type: 'mysql'}}})).toContain('"sources.w.type" must be one of [postgres, module]');
    expect(printedError({sources: {w: {type: 'postgres', connectionString: undefined}}})).toContain(
      '"sources.w.connectionString" is required (for example process.env.KPI_WAREHOUSE_URL: is it set?)',
    );
    expect(printedError({sources: {'9w': {type: 'module', module: 'x'}}})).toContain('a source name starts with a letter');
    expect(printedError({refresh: 'sometimes'})).toContain('"refresh" must be one of [always, cached]');
  });
});

describe('option errors never show credentials', () => {
  const cases: [string, unknown][] = [
    ['another option is wrong', {tolerance: 3, sources: {warehouse: {type: 'postgres', connectionString: URL}}}],
    ['a key of the source is wrong', {sources: {warehouse: {type: 'postgres', connectionString: URL, timeout: 5}}}],
    ['the connection string is in the wrong place', {sources: {warehouse: {type: 'postgres', connectionString: 5, url: URL}}}],
    ['a source name is invalid', {sources: {'ware house': {type: 'postgres', connectionString: URL}}}],
    ['a module source has a bad limit', {sources: {lake: {type: 'module', module: 'x', options: {password: PASSWORD}, maxRows: -1}}}],
    ['the TLS key is of the wrong type', {sources: {warehouse: {type: 'postgres', connectionString: URL, ssl: PASSWORD}}}],
  ];

  it.each(cases)('when %s', (_, options) => {
    const printed = printedError(options);
    expect(printed).toContain('invalid options');
    expect(printed).not.toContain(PASSWORD);
    expect(printed).not.toContain(URL);
    expect(printed).not.toMatch(/at .*options\.ts/);
  });
});

describe('validated options', () => {
  it('serialise and print without credentials, yet give them to the code', () => {
    const given = {sources: {warehouse: {type: 'postgres', connectionString: URL, ssl: {key: PASSWORD}}}};
    const options = validate(given);
    for (const shown of [JSON.stringify(given), inspect(given, {depth: Infinity}), JSON.stringify(options), inspect(options)]) {
      expect(shown).not.toContain(PASSWORD);
      expect(shown).toContain('warehouse');
    }
    expect(JSON.parse(JSON.stringify(given)).sources.warehouse.connectionString).toBe('[redacted]');
    expect(options.sources.warehouse).toMatchObject({connectionString: URL, ssl: {key: PASSWORD}});
    expect(given.sources.warehouse.connectionString).toBe(URL);
  });

  it('can be validated again, as docusaurus start does on a reload', () => {
    const given = {sources: {warehouse: {type: 'postgres', connectionString: URL}}};
    validate(given);
    expect(validate(given).sources.warehouse).toMatchObject({connectionString: URL});
  });
});
