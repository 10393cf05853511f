import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import {describe, expect, it} from 'vitest';
import {stripTranslationDescriptions} from '../../src/webpack/translationDescriptions';

const themeDir = path.resolve(__dirname, '../../lib/theme');

function themeFiles(dir = themeDir): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return themeFiles(file);
    return /\.jsx?$/.test(entry.name) ? [file] : [];
  });
}

interface Label {
  kind: 'call' | 'element';
  properties: Record<string, string>;
}

/** Every `translate({...})` and `<Translate>` of a module with its literal properties, read with TypeScript's parser. */
function labels(source: string): Label[] {
  const file = ts.createSourceFile('theme.jsx', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JSX);
  const found: Label[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && node.expression.getText(file) === 'translate' && ts.isObjectLiteralExpression(node.arguments[0]!)) {
      const properties: Record<string, string> = {};
      for (const property of node.arguments[0].properties) {
        if (ts.isPropertyAssignment(property)) properties[property.name.getText(file)] = property.initializer.getText(file);
      }
      found.push({kind: 'call', properties});
    }
    if ((ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) && node.tagName.getText(file) === 'Translate') {
      const properties: Record<string, string> = {};
      for (const attribute of node.attributes.properties) {
        if (ts.isJsxAttribute(attribute)) properties[attribute.name.getText(file)] = attribute.initializer?.getText(file) ?? '';
      }
      found.push({kind: 'element', properties});
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function syntaxErrors(source: string): string[] {
  const {diagnostics = []} = ts.transpileModule(source, {
    fileName: 'theme.jsx',
    reportDiagnostics: true,
    compilerOptions: {jsx: ts.JsxEmit.Preserve, allowJs: true},
  });
  return diagnostics.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

describe('stripTranslationDescriptions', () => {
  it('removes the description of a translate() call, wherever it is among the properties', () => {
    expect(
      stripTranslationDescriptions(`translate({ id: 'a', message: 'Trend of {title}', description: 'It\\'s a "title"' }, { title })`),
    ).toBe(`translate({ id: 'a', message: 'Trend of {title}', }, { title })`);
    expect(stripTranslationDescriptions(`translate({description: "A KPI's", id: 'a', message: 'b'})`)).toBe(
      `translate({id: 'a', message: 'b'})`,
    );
    expect(stripTranslationDescriptions(`translate({id: 'a', 'description': 'b', message: \`c\`})`)).toBe(
      `translate({id: 'a', message: \`c\`})`,
    );
  });

  it('keeps the line breaks of a call written over several lines', () => {
    const source = `x = translate({\n  id: 'kpi.x',\n  message: 'm',\n  description: 'Added to the text',\n});\ny();`;
    const stripped = stripTranslationDescriptions(source);
    expect(stripped).toBe(`x = translate({\n  id: 'kpi.x',\n  message: 'm',\n  \n});\ny();`);
    expect(stripped.split('\n')).toHaveLength(source.split('\n').length);
  });

  it('removes the description attribute of <Translate>, before values with JSX in them', () => {
    expect(
      stripTranslationDescriptions(
        `<Translate id="kpi.card.targetBy" description="The target, e.g. '62%'" values={{ target: <strong className={s.t}>{x}</strong> }}>{"Target {target}"}</Translate>`,
      ),
    ).toBe(`<Translate id="kpi.card.targetBy" values={{ target: <strong className={s.t}>{x}</strong> }}>{"Target {target}"}</Translate>`);
    expect(stripTranslationDescriptions(`<Translate\n  id="a"\n  description="b">c</Translate>`)).toBe(
      `<Translate\n  id="a"\n>c</Translate>`,
    );
  });

  it('removes a description written after JSX or object-valued props, or among dynamic ones', () => {
    expect(stripTranslationDescriptions(`<Translate id="a" values={{n: <b>{n}</b>}} description="Count">{'{n} KPIs'}</Translate>`)).toBe(
      `<Translate id="a" values={{n: <b>{n}</b>}}>{'{n} KPIs'}</Translate>`,
    );
    expect(stripTranslationDescriptions(`<Translate id={id} description="b">c</Translate>`)).toBe(`<Translate id={id}>c</Translate>`);
    expect(stripTranslationDescriptions(`translate({ id: 'a', message: text, description: 'b' })`)).toBe(
      `translate({ id: 'a', message: text, })`,
    );
    expect(stripTranslationDescriptions(`translate({...base, description: 'b'}, {n: {x: 1}})`)).toBe(`translate({...base, }, {n: {x: 1}})`);
  });

  it('leaves other descriptions alone', () => {
    for (const source of [
      `<KpiSparkline description={d} title="t"/>`,
      `<Layout title={t} description="The page's description"></Layout>`,
      `<meta name="description" content={text}/>`,
      `const props = {id: 'a', description: 'not a label'};`,
    ]) {
      expect(stripTranslationDescriptions(source)).toBe(source);
    }
  });

  it('leaves a description that is not a string literal, or not a label, unchanged', () => {
    for (const source of [
      `translate({ id: 'a', message: 'm', description: text })`,
      `<Translate id="a" description={text}>c</Translate>`,
      `other({ id: 'a', description: 'b' })`,
      `object.translate({ id: 'a', description: 'b' })`,
    ]) {
      expect(stripTranslationDescriptions(source)).toBe(source);
    }
  });

  describe('on the compiled theme', () => {
    const files = themeFiles();

    it('finds the theme files', () => {
      expect(files.length).toBeGreaterThan(10);
    });

    it.each(files.map((file) => [path.relative(themeDir, file), file]))(
      '%s: every description goes, nothing else changes',
      (_name, file) => {
        const source = readFileSync(file, 'utf8');
        const stripped = stripTranslationDescriptions(source);
        expect(syntaxErrors(stripped)).toEqual([]);
        expect(stripped.split('\n')).toHaveLength(source.split('\n').length);
        const before = labels(source);
        const after = labels(stripped);
        expect(after).toEqual(before.map(({kind, properties: {description: _description, ...rest}}) => ({kind, properties: rest})));
        // Outside the labels, the module is the same text.
        expect(stripped.replace(/\s+/g, '')).toBe(
          before
            .reduce(
              (text, {properties}) =>
                properties.description === undefined ? text : text.replace(/\bdescription\s*[:=]\s*(['"])(?:[^\\]|\\.)*?\1,?/, ''),
              source,
            )
            .replace(/\s+/g, ''),
        );
      },
    );
  });
});
