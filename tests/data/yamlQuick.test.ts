import fc from 'fast-check';
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {dump} from 'js-yaml';
import {describe, expect, it} from 'vitest';
import {parseDocument, stringify} from 'yaml';
import {quickYamlValue} from '../../src/data/yamlQuick';
import {parseYamlSource, parseYamlWithPositions} from '../../src/data/yamlSource';

/** What the careful parser reads, or undefined when it reports a problem. */
function carefulValue(text: string): {value: unknown} | undefined {
  const source = parseYamlWithPositions(text, 'test.yml');
  return source.problems.length > 0 ? undefined : {value: source.value};
}

/**
 * Of a file the careful read accepts, the quick read either steps aside or
 * gives exactly the same data. (A file the careful read refuses is reported
 * with the careful read's problems: see loadRegistry's tests.)
 */
function expectSameRead(text: string): void {
  const careful = carefulValue(text);
  const quick = quickYamlValue(text);
  if (careful && quick) expect(quick).toEqual(careful);
}

describe('the quick YAML read', () => {
  it.each([
    'a: 12',
    'a: -0',
    'a: +12',
    'a: 017',
    'a: 0o17',
    'a: 0x1F',
    'a: 1_000',
    'a: 0b101',
    'a: 1e3',
    'a: .5',
    'a: 5.',
    'a: 1.0',
    'a: .inf',
    'a: -.Inf',
    'a: .NaN',
    'a: 9007199254740993',
    'a: ~',
    'a:',
    'a: Null',
    'a: NULL',
    'a: nULL',
    'a: yes',
    'a: on',
    'a: TRUE',
    'a: tRue',
    'a: 2026-01-01',
    'by: 2026-06',
    'a: 12:30',
    "a: '1'",
    'a: "\\x41\\u00e9"',
    'a: |\n  x\n  y\n',
    'a: >-\n  x\n\n  y\n',
    'a: |+\n  x\n\n',
    'a: "one\n  two"',
    '[1, 2, 3]',
    '{a: b, c: [1, 2]}',
    'targets:\n  - {value: 36.3, by: 2026-06-30}\n  - {value: 44, by: 2027-12-31}',
    '- id: a\n  title: "R&D spend"\n  definition: Cost of 5 * 3 things, see https://example.com/#x',
    'a: b # a comment\n# another\nc: d',
    '\uFEFFa: 1',
  ])('reads %j as the careful read does', (text) => {
    expect(quickYamlValue(text)).toEqual(carefulValue(text));
  });

  it('reads every YAML file of the example handbook and the test sites as the careful read does', () => {
    const root = path.resolve(__dirname, '../..');
    const files = ['example-site', 'tests/fixtures'].flatMap((dir) =>
      readdirSync(path.join(root, dir), {recursive: true, encoding: 'utf8'})
        .filter((file) => /\.ya?ml$/.test(file) && !file.includes('node_modules'))
        .map((file) => path.join(root, dir, file)),
    );
    const quick = files.filter((file) => {
      const text = readFileSync(file, 'utf8');
      const read = quickYamlValue(text);
      if (read && carefulValue(text)) expect(read, file).toEqual(carefulValue(text));
      return read !== undefined;
    });
    expect(files.length).toBeGreaterThan(20);
    // Most real files are read quickly; the rest use what only the careful read is trusted with.
    expect(quick.length / files.length).toBeGreaterThan(0.8);
  });

  it('reads an empty file, or one of comments only, as null', () => {
    expect(quickYamlValue('')).toEqual({value: null});
    expect(quickYamlValue('# nothing yet\n')).toEqual({value: null});
  });

  it.each([
    ['a key written twice', 'a: 1\na: 2'],
    ['two documents', 'a: 1\n---\nb: 2'],
    ['an anchor and alias', 'a: &x [1]\nb: *x'],
    ['a tag', 'a: !!float 3'],
    ['a merge key', 'base: {a: 1}\nc:\n  <<: {a: 2}'],
    ['a complex key', '? [a, b]\n: c'],
    ['a directive', '%YAML 1.1\n---\na: yes'],
    ['a syntax error', 'a: [1, 2'],
    ['tabs as indentation', 'a:\n\tb: 1'],
  ])('leaves %s to the careful read', (_name, text) => {
    expect(quickYamlValue(text)).toBeUndefined();
  });

  it('gives the careful read of any data written by either YAML writer, in any style', () => {
    const scalar = fc.oneof(
      fc.string({unit: 'grapheme-composite'}),
      fc.stringMatching(/^[-+]?[0-9._eExXoO]{0,8}$/),
      fc.constantFrom('true', 'False', 'NULL', '~', 'yes', '.inf', '2026-06-30', '12:30', '#', ': x', '- y', "'", '"'),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
    );
    const data = fc.letrec((tie) => ({
      node: fc.oneof({depthSize: 'small'}, scalar, tie('list'), tie('map')),
      list: fc.array(tie('node'), {maxLength: 4}),
      map: fc.dictionary(fc.string(), tie('node'), {maxKeys: 4}),
    })).node;
    const writers = [
      (value: unknown) => stringify(value),
      (value: unknown) => stringify(value, {defaultStringType: 'QUOTE_DOUBLE'}),
      (value: unknown) => stringify(value, {defaultStringType: 'BLOCK_LITERAL', lineWidth: 20}),
      (value: unknown) => stringify(value, {collectionStyle: 'flow'}),
      (value: unknown) => dump(value),
      (value: unknown) => dump(value, {flowLevel: 1, lineWidth: 10}),
    ];
    fc.assert(
      fc.property(data, fc.nat(writers.length - 1), (value, writer) => expectSameRead(writers[writer]!(value))),
      {numRuns: 4000},
    );
  });

  it('gives the careful read of registry lines with any plain value', () => {
    const plain = fc.stringMatching(/^[ -~]{0,12}$/);
    fc.assert(
      fc.property(plain, plain, (title, value) =>
        expectSameRead(`- id: a\n  title: ${title}\n  targets:\n    - {value: ${value}, by: 2026-06-30}\n`),
      ),
      {numRuns: 4000},
    );
  });

  it('gives the careful read of text pieced together from YAML syntax', () => {
    const piece = fc.constantFrom(
      '\n',
      '\n  ',
      '\n    ',
      '- ',
      'id: ',
      'a: ',
      'b:',
      ' ',
      '"',
      "'",
      '{',
      '}',
      '[',
      ']',
      ', ',
      '#',
      ' # c',
      '|',
      '>',
      '-',
      '12',
      '1.5',
      'x',
      'two words',
      '\\',
      ':',
      '?',
      '~',
      'null',
      '\t',
    );
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 24}), (pieces) => expectSameRead(pieces.join(''))),
      {numRuns: 4000},
    );
  });
});

describe('a quickly read file', () => {
  const text = 'area: people\nkpis:\n  - id: a\n    data: data/a.csv\n  - id: b\n    data: data/b.csv\n';

  it('finds where its values are written when asked', () => {
    const source = parseYamlSource(text, 'kpis/people.yml');
    expect(source.value).toEqual(parseDocument(text).toJS());
    expect(source.positionOf(['kpis', 1, 'data'])).toEqual({line: 6, column: 11});
    expect(source.positionOf(['kpis', 1, 'data'], {key: true})).toEqual({line: 6, column: 5});
  });

  it('gives places that read like plain positions', () => {
    const place = parseYamlSource(text, 'kpis/people.yml').placeOf(['kpis', 1]);
    expect({...place}).toEqual({file: 'kpis/people.yml', line: 5, column: 5});
    expect(JSON.parse(JSON.stringify(place))).toEqual({file: 'kpis/people.yml', line: 5, column: 5});
  });
});
