import type {Node, Parent} from 'unist';

/** A heading level a card or index title can have: the page's `h1` is never repeated. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/**
 * Follows the page's outline while the transform walks it in document order:
 * each KPI block's title goes one level below the heading it follows (`h2`
 * right after the page title or at the top of the page, never deeper than
 * `h6`). Markdown headings and MDX `<h1>`…`<h6>` count; headings in a KPI
 * block's own body do not, as they sit below that block's title.
 */
export class PageOutline {
  private lastDepth = 1;

  /** Call for every node, in document order, with its ancestors. */
  visit(node: Node, ancestors: readonly Parent[], insideKpiBlock: boolean): void {
    if (insideKpiBlock) return;
    const depth = headingDepth(node);
    if (depth !== undefined && !ancestors.some((ancestor) => headingDepth(ancestor) !== undefined)) this.lastDepth = depth;
  }

  /** The level of a title placed here. */
  nextLevel(): HeadingLevel {
    return Math.min(6, Math.max(2, this.lastDepth + 1)) as HeadingLevel;
  }
}

function headingDepth(node: Node): number | undefined {
  if (node.type === 'heading') return (node as Node & {depth: number}).depth;
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    const match = /^h([1-6])$/.exec((node as Node & {name?: string | null}).name ?? '');
    if (match) return Number(match[1]);
  }
  return undefined;
}
