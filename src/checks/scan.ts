import {readFile} from 'node:fs/promises';
import path from 'node:path';
import type {Root} from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import type {Node} from 'unist';
import {visit} from 'unist-util-visit';
import type {Problem} from '../shared/errors';
import {type KpiDirective, isDirectiveProblem, isKpiDirective, mightHaveKpiDirective, readKpiDirective} from './directives';

/** A handbook page that Docusaurus compiles, as its content plugins report it. */
export interface SourcePage {
  /** Absolute path of the Markdown source. */
  filePath: string;
  /** Path relative to the site directory, for messages. */
  file: string;
  permalink: string;
  title: string;
  kind: 'docs' | 'blog' | 'pages';
}

export interface KpiDirectiveUse {
  page: SourcePage;
  kind: KpiDirective['kind'];
  /** KPI id for cards and references, area id (if any) for indexes, objective id for objective cards. */
  target?: string;
  /** A compact card (`variant=compact`, or in a `::::kpi-grid`): a summary, which makes no home page. */
  compact?: boolean;
  line: number;
  column: number;
}

export interface ScanResult {
  uses: KpiDirectiveUse[];
  problems: Problem[];
}

const markdownParser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkDirective);
const mdxParser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).use(remarkDirective);

/** Finds every KPI directive in `pages`, with positions, and every malformed one as a problem. */
export async function scanPages(pages: readonly SourcePage[]): Promise<ScanResult> {
  const results = await Promise.all(pages.map(async (page) => scanText(page, await readFile(page.filePath, 'utf8'))));
  return {uses: results.flatMap((result) => result.uses), problems: results.flatMap((result) => result.problems)};
}

export function scanText(page: SourcePage, text: string): ScanResult {
  const result: ScanResult = {uses: [], problems: []};
  if (!mightHaveKpiDirective(text)) return result;
  const parser = path.extname(page.filePath) === '.mdx' ? mdxParser : markdownParser;
  let tree: Root;
  try {
    tree = parser.parse(text);
  } catch {
    // Invalid MDX: Docusaurus's own compilation reports it with a better message.
    return result;
  }
  visit(tree, (node: Node, _index, parent) => {
    if (!isKpiDirective(node)) return;
    const position = {line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1};
    const directive = readKpiDirective(node);
    if (isDirectiveProblem(directive)) {
      // At the part that is wrong: a grid's stray child, say.
      const at = {
        line: directive.node.position?.start.line ?? position.line,
        column: directive.node.position?.start.column ?? position.column,
      };
      result.problems.push({file: page.file, ...at, message: directive.message, expected: directive.expected, hint: directive.hint});
      return;
    }
    if (directive.kind === 'grid') return;
    const target = directive.kind === 'index' ? directive.area : directive.id;
    const compact =
      directive.kind === 'card' &&
      (directive.variant === 'compact' ||
        (parent !== undefined && isKpiDirective(parent as Node) && (parent as {name?: string}).name === 'kpi-grid'));
    result.uses.push({page, kind: directive.kind, ...(target !== undefined && {target}), ...(compact && {compact}), ...position});
  });
  return result;
}
