import type {Root} from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import {unified} from 'unified';
import type {KpiDefinitionTree} from './parse';

// The footnote label is an h3: on a KPI page it sits under the "Definition" h2.
const defaultProcessor = processor('kpi-definition-', 'h3');

function processor(clobberPrefix: string, footnoteLabelTagName: string) {
  return unified().use(remarkRehype, {clobberPrefix, footnoteLabelTagName}).use(rehypeStringify);
}

/**
 * A KPI's definition and its footnotes as HTML, for pages built from data
 * rather than Markdown. The tree was made safe when parsed (no raw HTML, no
 * unsafe links), and remark-rehype drops raw HTML by default as well.
 */
export function definitionToHtml(definition: KpiDefinitionTree, options?: {idPrefix: string; footnoteLabelTagName: string}): string {
  const toHtml = options ? processor(options.idPrefix, options.footnoteLabelTagName) : defaultProcessor;
  const tree: Root = {
    type: 'root',
    children: [{type: 'paragraph', children: structuredClone(definition.definition)}, ...structuredClone(definition.footnotes)],
  };
  return toHtml.stringify(toHtml.runSync(tree));
}
