import {readFileSync, readdirSync} from 'node:fs';
import {dirname, join, normalize, relative, sep} from 'node:path';
import {describe, expect, it} from 'vitest';

/**
 * The folders follow the data: load → compute → check → render. A module may
 * import from its own stage or an earlier one, never from a later one; the
 * theme reaches the Node code only through the package's public modules.
 */
const STAGES = ['shared', 'data', 'compute', 'checks', 'remark', 'output', 'cli', 'entry'] as const;

const srcDir = join(__dirname, '../src');

function stageOf(file: string): string {
  const [first, ...rest] = relative(srcDir, file).split(sep);
  // The public types and the options (with their defaults) are read by every stage.
  if (rest.length === 0) return ['types', 'options', 'theme-modules'].includes(first!.replace(/(\.d)?\.tsx?$/, '')) ? 'shared' : 'entry';
  return first === 'webpack' ? 'entry' : first!;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const imports = sourceFiles(srcDir).flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/g)].map((match) => ({
    file: relative(srcDir, file),
    from: stageOf(file),
    to: stageOf(normalize(join(dirname(file), match[1]!))),
    specifier: match[1]!,
  })),
);

describe('the layout', () => {
  it('has the stages as folders, and only the entry, options, routes, swizzle config and public types at the top', () => {
    const top = readdirSync(srcDir, {withFileTypes: true});
    expect(top.filter((entry) => entry.isDirectory()).map((entry) => entry.name)).toEqual(
      expect.arrayContaining(['shared', 'data', 'compute', 'checks', 'remark', 'output', 'theme']),
    );
    expect(top.filter((entry) => entry.isFile()).map((entry) => entry.name)).toEqual([
      'index.ts',
      'options.ts',
      'routes.ts',
      'swizzle.ts',
      'theme-modules.d.ts',
      'types.ts',
    ]);
  });

  it('never imports from a later stage', () => {
    const backwards = imports.filter(({from, to}) => {
      const [a, b] = [STAGES.indexOf(from as never), STAGES.indexOf(to as never)];
      return a >= 0 && b >= 0 && b > a;
    });
    expect(backwards).toEqual([]);
  });

  it('keeps the theme apart: components import each other through @theme, and Node code never imports them', () => {
    const crossing = imports.filter(({from, to, specifier}) => (from === 'theme') !== (to === 'theme') && !specifier.endsWith('.css'));
    expect(crossing).toEqual([]);
  });
});
