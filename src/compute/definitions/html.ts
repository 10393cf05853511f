import type {Root} from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import {unified} from 'unified';
import type {KpiDefinitionTree} from './parse';

// The footnote label is an h3: on a KPI page it sits under the "Definition" h2.
const toHtml = unified().use(remarkRehype, {clobberPrefix: 'kpi-definition-', footnoteLabelTagName: 'h3'}).use(rehypeStringify);

/**
 * A KPI's definition and its footnotes as HTML, for pages built from data
 * rather than Markdown. The tree was made safe when parsed (no raw HTML, no
 * unsafe links), and remark-rehype drops raw HTML by default as well.
 */
export function definitionToHtml(definition: KpiDefinitionTree): string {
  const tree: Root = {
    type: 'root',
    children: [...structuredClone(definition.blocks), ...structuredClone(definition.footnotes)],
  };
  return toHtml.stringify(toHtml.runSync(tree));
}
