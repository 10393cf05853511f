import type {Program} from 'estree';
import type {MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import type {MdxjsEsm} from 'mdast-util-mdxjs-esm';
import type {BlockContent, DefinitionContent, PhrasingContent} from 'mdast';

/**
 * Builders for the MDX nodes the transform emits. The MDX compiler reads only
 * `data.estree`; `value` is kept for readable `remark-stringify` snapshots.
 */

export function defaultImport(local: string, source: string): MdxjsEsm {
  const estree: Program = {
    type: 'Program',
    sourceType: 'module',
    body: [
      {
        type: 'ImportDeclaration',
        specifiers: [{type: 'ImportDefaultSpecifier', local: {type: 'Identifier', name: local}}],
        source: {type: 'Literal', value: source, raw: JSON.stringify(source)},
        attributes: [],
      },
    ],
  };
  return {type: 'mdxjsEsm', value: `import ${local} from ${JSON.stringify(source)};`, data: {estree}};
}

export function stringAttribute(name: string, value: string): MdxJsxAttribute {
  return {type: 'mdxJsxAttribute', name, value};
}

/** `name={identifier}` */
export function identifierAttribute(name: string, identifier: string): MdxJsxAttribute {
  const estree: Program = {
    type: 'Program',
    sourceType: 'module',
    body: [{type: 'ExpressionStatement', expression: {type: 'Identifier', name: identifier}}],
  };
  return {
    type: 'mdxJsxAttribute',
    name,
    value: {type: 'mdxJsxAttributeValueExpression', value: identifier, data: {estree}},
  };
}

/** `name={number}` */
export function numberAttribute(name: string, value: number): MdxJsxAttribute {
  const estree: Program = {
    type: 'Program',
    sourceType: 'module',
    body: [{type: 'ExpressionStatement', expression: {type: 'Literal', value, raw: String(value)}}],
  };
  return {
    type: 'mdxJsxAttribute',
    name,
    value: {type: 'mdxJsxAttributeValueExpression', value: String(value), data: {estree}},
  };
}

export function flowElement(
  name: string,
  attributes: MdxJsxAttribute[],
  children: (BlockContent | DefinitionContent)[] = [],
): MdxJsxFlowElement {
  return {type: 'mdxJsxFlowElement', name, attributes, children};
}

export function textElement(name: string, attributes: MdxJsxAttribute[], children: PhrasingContent[] = []): MdxJsxTextElement {
  return {type: 'mdxJsxTextElement', name, attributes, children};
}
