import type {BlockContent, FootnoteDefinition, Paragraph, PhrasingContent, Root, RootContent} from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {SKIP, visit} from 'unist-util-visit';

/**
 * A KPI definition and its footnotes as a safe Markdown tree: for the
 * footnotes of pages citing the KPI, and for the KPI's own page.
 */
export interface KpiDefinitionTree {
  id: string;
  title: string;
  permalink: string;
  /** The definition's inline content, its paragraphs joined; empty when the KPI has none. */
  definition: PhrasingContent[];
  /**
   * The whole definition as blocks: paragraphs, lists, tables, quotes and code.
   * Headings become bold paragraphs, so that a definition never changes the
   * outline of the page that shows it. Empty when the KPI has none.
   */
  blocks: BlockContent[];
  /** The definition's own footnotes, with their original keys as identifiers. */
  footnotes: FootnoteDefinition[];
}

export interface KpiDefinitionSource {
  id: string;
  title: string;
  permalink: string;
  definition?: string;
  footnotes: Record<string, string>;
}

const parser = unified().use(remarkParse).use(remarkGfm);

/**
 * Parses a definition and its footnotes as Markdown. Footnote definitions are
 * appended to the text because GFM only recognises `[^key]` when it is defined.
 */
export function parseDefinition(kpi: KpiDefinitionSource): KpiDefinitionTree {
  const footnotes = Object.entries(kpi.footnotes)
    .map(([key, text]) => `[^${key}]: ${text.replace(/\n/g, ' ')}`)
    .join('\n');
  const tree = parser.runSync(parser.parse(`${kpi.definition ?? ''}\n\n${footnotes}\n`)) as Root;
  makeSafe(tree);
  const paragraphs = tree.children.filter((node): node is Paragraph => node.type === 'paragraph');
  return {
    id: kpi.id,
    title: kpi.title,
    permalink: kpi.permalink,
    definition: paragraphs.flatMap((paragraph, i) => (i === 0 ? paragraph.children : [{type: 'text', value: ' '}, ...paragraph.children])),
    blocks: tree.children.flatMap(toBlock),
    footnotes: tree.children.filter((node): node is FootnoteDefinition => node.type === 'footnoteDefinition'),
  };
}

/** A top-level node of the definition as the blocks a card or page shows; footnotes and link definitions are not blocks. */
function toBlock(node: RootContent): BlockContent[] {
  switch (node.type) {
    case 'paragraph':
    case 'list':
    case 'table':
    case 'blockquote':
    case 'code':
      return [node];
    case 'heading':
      return [{type: 'paragraph', children: [{type: 'strong', children: node.children}]}];
    case 'text':
      // Raw HTML on a line of its own, made literal text by makeSafe.
      return [{type: 'paragraph', children: [node]}];
    default:
      return [];
  }
}

const SAFE_URL = /^(https?:|mailto:|\/|#|\.{0,2}\/)|^[^:]*$/i;

/**
 * Text from data files is never HTML: raw HTML becomes literal text, and links
 * or images with a scheme other than http(s) or mailto keep only their text.
 */
function makeSafe(tree: Root): void {
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return;
    if (node.type === 'html') {
      parent.children[index] = {type: 'text', value: node.value};
      return SKIP;
    }
    if ((node.type === 'link' || node.type === 'image') && !SAFE_URL.test(node.url.trim())) {
      const text = node.type === 'link' ? node.children : [{type: 'text' as const, value: node.alt ?? ''}];
      parent.children.splice(index, 1, ...(text as PhrasingContent[]));
      return [SKIP, index];
    }
    return undefined;
  });
}
