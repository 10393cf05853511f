import fc from 'fast-check';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {VFileMessage} from 'vfile-message';
import {describe, expect, it} from 'vitest';
import {loadRegistry} from '../src/data/loadRegistry';
import {seriesSourceFor} from '../src/data/series';
import {KpiUserError} from '../src/shared/errors';
import remarkKpi from '../src/remark';
import {AREAS_YML, writeSite} from './data/tempSite';

/** Markdown assembled from fragments that exercise directives, nesting and footnotes. */
const markdownFragment = fc.constantFrom(
  ':::kpi{#delivery-time}',
  ':::kpi',
  '::::kpi{#a}',
  ':::',
  '::::',
  '::kpi{#x}',
  '::kpi{#x bad=1}',
  ':kpi[delivery-time]',
  ':kpi[x]{show=value}',
  ':kpi[x]{show=nope}',
  ':kpi[]',
  '::kpi-index',
  '::kpi-index{area=people}',
  ':kpi-index[x]',
  ':::note[Title]',
  '[^1]',
  '[^1]: note',
  '```',
  'text with *emphasis*',
  '<div>',
  '- item',
  '> quote',
  '',
  '    indented',
);
const markdown = fc.array(fc.oneof(markdownFragment, fc.string({maxLength: 12})), {maxLength: 25}).map((parts) => parts.join('\n'));

const processor = unified().use(remarkParse).use(remarkDirective).use(remarkGfm).use(remarkKpi);

describe('property: the transform fails only with positioned user errors', () => {
  it('never throws anything but a VFileMessage with a line and column', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        const file = new VFile({value: text, path: 'docs/random.md'});
        try {
          processor.runSync(processor.parse(file), file);
        } catch (error) {
          expect(error).toBeInstanceOf(VFileMessage);
          expect((error as {line?: number}).line).toBeGreaterThan(0);
          expect((error as {column?: number}).column).toBeGreaterThan(0);
        }
      }),
      {numRuns: 400},
    );
  });
});

describe('property: any bytes as a series file give points or problems, never a crash', () => {
  for (const file of ['data/x.csv', 'data/x.json', 'data/x.yml']) {
    it(file, () => {
      const source = seriesSourceFor(file)!;
      const text = fc.oneof(
        fc.string(),
        fc.uint8Array({maxLength: 200}).map((bytes) => Buffer.from(bytes).toString('utf8')),
        fc
          .array(fc.tuple(fc.date({noInvalidDate: true}), fc.double(), fc.string()), {maxLength: 8})
          .map((rows) =>
            ['date,value,note', ...rows.map(([date, value, note]) => `${date.toISOString().slice(0, 10)},${value},${note}`)].join('\n'),
          ),
      );
      fc.assert(
        fc.property(text, fc.constantFrom('number' as const, 'text' as const), (content, valueKind) => {
          const result = source.parse({text: content, file: `kpis/${file}`, valueKind});
          expect(Array.isArray(result.points)).toBe(true);
          for (const problem of result.problems) {
            expect(problem.file).toBe(`kpis/${file}`);
            expect(problem.message.length).toBeGreaterThan(0);
          }
        }),
        {numRuns: 300},
      );
    });
  }
});

describe('property: the quick read of a CSV series gives what the careful read gives', () => {
  // A field with space around it sends a file to the careful read (lines, trimming, every check);
  // the same file without it may take the quick one. Both must agree on every file.
  const csv = seriesSourceFor('data/x.csv')!;
  const row = fc.tuple(
    fc.oneof(
      fc
        .date({min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true})
        .map((date) => date.toISOString().slice(0, 10)),
      fc.constantFrom('2026-13-01', 'soon', '', '2026-02-30'),
    ),
    fc.oneof(
      fc.double({noNaN: true}).map(String),
      fc.integer().map(String),
      fc.constantFrom('', '45%', '1,200', 'n/a', '1e3', '.5', '+2', 'Steady'),
    ),
    fc.option(fc.constantFrom('a note', '"quoted, note"', ''), {nil: undefined}),
  );
  it('for rows of every kind: in order or not, repeated, malformed, with or without notes', () => {
    fc.assert(
      fc.property(fc.array(row, {minLength: 1, maxLength: 8}), fc.constantFrom('number' as const, 'text' as const), (rows, valueKind) => {
        const lines = rows.map(([date, value, note]) => [date, value, ...(note === undefined ? [] : [note])].join(','));
        const quick = csv.parse({text: ['date,value,note', ...lines].join('\n'), file: 'kpis/data/x.csv', valueKind});
        const padded = [`${lines[0]} `, ...lines.slice(1)];
        const careful = csv.parse({text: ['date,value,note', ...padded].join('\n'), file: 'kpis/data/x.csv', valueKind});
        expect(quick).toEqual(careful);
      }),
      {numRuns: 500},
    );
  });
});

describe('property: any text as an area file loads or fails with a KpiUserError', () => {
  it('never crashes the loader', async () => {
    const yamlish = fc.oneof(
      fc.string({maxLength: 200}),
      fc
        .array(
          fc.constantFrom(
            'area: operations',
            'kpis:',
            '  - id: a',
            '    title: A',
            '    unit: days',
            '    targets: [{value: 1, by: 2026-01-01}]',
            '    data: ../x.csv',
            '  - {',
            ': :',
            '\t',
            '- 1',
          ),
          {maxLength: 10},
        )
        .map((lines) => lines.join('\n')),
    );
    await fc.assert(
      fc.asyncProperty(yamlish, async (content) => {
        const siteDir = await writeSite({'kpis/areas.yml': AREAS_YML, 'kpis/operations.yml': content});
        try {
          await loadRegistry({siteDir, path: 'kpis', maxDataFileBytes: 10_000});
        } catch (error) {
          expect(error).toBeInstanceOf(KpiUserError);
          for (const problem of (error as KpiUserError).problems) expect(problem.file.startsWith('kpis/')).toBe(true);
        }
      }),
      {numRuns: 60},
    );
  });
});
