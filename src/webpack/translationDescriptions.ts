import path from 'node:path';
import {parse} from '@babel/parser';
import type {CallExpression, JSXOpeningElement, Node, ObjectExpression} from '@babel/types';
import type {RuleSetRule} from 'webpack';

/**
 * The `description` of a `translate()` call or a `<Translate>` element only
 * tells translators what a label is for: `docusaurus write-translations`
 * reads it from the compiled theme files, and nothing reads it at run time.
 * Left in, the descriptions are about a tenth of the theme's client code, so
 * they are removed from this package's theme modules as webpack loads them;
 * the files on disk keep them for `write-translations`.
 *
 * The module is parsed, and only the two forms Docusaurus can extract are
 * touched: a `translate({...})` whose `description` is a string literal, and a
 * `<Translate description="...">`. The rest of the text stays as written, and
 * the description's line breaks stay too, so that later lines keep their numbers.
 */
export function stripTranslationDescriptions(source: string): string {
  const cuts = descriptionRanges(source).sort((a, b) => b.start - a.start);
  let stripped = source;
  for (const {start, end} of cuts) {
    stripped = stripped.slice(0, start) + stripped.slice(start, end).replace(/[^\n]/g, '') + stripped.slice(end);
  }
  return stripped;
}

interface Range {
  start: number;
  end: number;
}

function descriptionRanges(source: string): Range[] {
  const ranges: Range[] = [];
  visitNodes(parse(source, {sourceType: 'module', plugins: ['jsx']}).program, (node) => {
    if (node.type === 'CallExpression') ranges.push(...translateCallDescription(node, source));
    if (node.type === 'JSXOpeningElement') ranges.push(...translateElementDescription(node));
  });
  return ranges;
}

/** The `description` property of `translate({...})`, with the comma and space after it. */
function translateCallDescription(call: CallExpression, source: string): Range[] {
  const [options] = call.arguments;
  if (call.callee.type !== 'Identifier' || call.callee.name !== 'translate' || options?.type !== 'ObjectExpression') return [];
  const index = descriptionIndex(options);
  if (index < 0) return [];
  const property = options.properties[index]!;
  const next = options.properties[index + 1];
  const end = next ? next.start! : source.slice(property.end!).match(/^\s*,?/)![0].length + property.end!;
  return [{start: property.start!, end}];
}

function descriptionIndex(options: ObjectExpression): number {
  return options.properties.findIndex(
    (property) =>
      property.type === 'ObjectProperty' &&
      !property.computed &&
      ((property.key.type === 'Identifier' && property.key.name === 'description') ||
        (property.key.type === 'StringLiteral' && property.key.value === 'description')) &&
      property.value.type === 'StringLiteral',
  );
}

/** The `description="..."` attribute of `<Translate>`, with the space before it. */
function translateElementDescription(element: JSXOpeningElement): Range[] {
  if (element.name.type !== 'JSXIdentifier' || element.name.name !== 'Translate') return [];
  return element.attributes.flatMap((attribute, index) => {
    if (attribute.type !== 'JSXAttribute' || attribute.name.name !== 'description' || attribute.value?.type !== 'StringLiteral') return [];
    const previous = index > 0 ? element.attributes[index - 1]! : element.name;
    return [{start: previous.end!, end: attribute.end!}];
  });
}

/** Calls `visit` on every node of the tree, depth first. */
function visitNodes(node: Node, visit: (node: Node) => void): void {
  visit(node);
  for (const value of Object.values(node) as unknown[]) {
    for (const child of Array.isArray(value) ? value : [value]) {
      if (isNode(child)) visitNodes(child, visit);
    }
  }
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as {type?: unknown}).type === 'string';
}

/** The loader rule for the compiled theme components of this package (the folder `getThemePath` names). */
export function translationDescriptionsRule(themeDir: string): RuleSetRule {
  return {
    test: /\.jsx?$/,
    include: [path.resolve(themeDir)],
    enforce: 'pre',
    use: [{loader: require.resolve('./translationDescriptionsLoader')}],
  };
}
