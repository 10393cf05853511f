import type {Element, Root as HastRoot, RootContent as HastContent} from 'hast';
import {toMdast} from 'hast-util-to-mdast';
import type {Link, Nodes, PhrasingContent, Root} from 'mdast';
import {toString} from 'mdast-util-to-string';
import rehypeParse from 'rehype-parse';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkStringify from 'remark-stringify';
import {unified} from 'unified';
import {EXIT, SKIP, visit} from 'unist-util-visit';
import {IMPORT_SANITIZE_SCHEMA} from './sanitizeSchema';

/**
 * Imported text fields are Markdown with HTML in it, as their source renders
 * them: "see [the board](…)<br>", or whole `<p>`/`<ul>` blocks. They become a
 * Markdown tree by a real HTML path: the field is parsed as HTML and
 * sanitized with an explicit schema first (so nothing inside a `<script>` is
 * ever read as Markdown); the safe HTML is then read as Markdown, its HTML
 * parsed with it (rehype-raw) and sanitized again, and the result turned
 * back into Markdown (hast-util-to-mdast, remark-stringify).
 */
export interface ConvertedText {
  tree: Root;
  /** What was taken out as unsafe, once per occurrence: `<script>`, `a javascript: link` … */
  removed: string[];
  /** Links and images left relative because no base URL was given. */
  relative: string[];
}

export interface ConvertOptions {
  /** The page the text was on, to make relative links absolute; they stay as written without it. */
  pageUrl?: string;
  /** One line of text, like a target: Markdown block syntax (`> 84%`) is read as text. */
  inline?: boolean;
}

const htmlParser = unified().use(rehypeParse, {fragment: true});
const htmlWriter = unified().use(rehypeStringify);
const markdownToHast = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, {allowDangerousHtml: true}).use(rehypeRaw);
const sanitizer = unified().use(rehypeSanitize, IMPORT_SANITIZE_SCHEMA);
const markdownWriter = unified()
  .use(remarkGfm)
  .use(remarkStringify, {bullet: '-', emphasis: '_', strong: '*', rule: '-', fences: true, listItemIndent: 'one'});

const SAFE_PROTOCOLS = new Set(['http', 'https', 'mailto']);
const allowedTags = new Set(IMPORT_SANITIZE_SCHEMA.tagNames);
const strippedTags = new Set(IMPORT_SANITIZE_SCHEMA.strip);

export function convertText(source: string, options: ConvertOptions = {}): ConvertedText {
  const html = htmlParser.parse(source);
  const removed: string[] = [];
  auditHtml(html.children, removed);
  const safeHtml = htmlWriter.stringify(sanitizer.runSync(html) as HastRoot);
  const markdown = markdownToHast.parse(safeHtml);
  const hadHtml = contains(markdown, 'html');
  // Markdown links and images are checked here, as the HTML ones were above.
  const read = markdownToHast.runSync(markdown) as HastRoot;
  auditHtml(read.children, removed);
  const clean = sanitizer.runSync(read) as HastRoot;
  let tree = toMdast(clean, {document: true}) as Root;
  const oneParagraph = tree.children.length === 1 && tree.children[0]?.type === 'paragraph';
  if (options.inline && !oneParagraph && !hadHtml) {
    tree = {type: 'root', children: [{type: 'paragraph', children: [{type: 'text', value: source.trim().split(/\s+/).join(' ')}]}]};
  }
  const links = secureLinks(tree, options);
  return {tree, removed: [...removed, ...links.removed], relative: links.relative};
}

function contains(tree: Root, type: Nodes['type']): boolean {
  let found = false;
  visit(tree, type, () => {
    found = true;
    return EXIT;
  });
  return found;
}

/** The tree as Markdown text, without a trailing newline. */
export function toMarkdown(tree: Root): string {
  return markdownWriter.stringify(tree).trimEnd();
}

/** The tree as plain text on one line; a link keeps its address in brackets after its text. */
export function toPlainText(tree: Root): string {
  const copy = structuredClone(tree);
  visit(copy, (node: Nodes, index, parent) => {
    if (!parent || index === undefined) return undefined;
    if (node.type === 'break') parent.children[index] = {type: 'text', value: ' '};
    if (node.type !== 'link') return undefined;
    const text = toString(node);
    parent.children[index] = {type: 'text', value: text === node.url ? text : `${text} (${node.url})`};
    return SKIP;
  });
  const parts: string[] = [];
  visit(copy, (node: Nodes) => {
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell' && node.type !== 'code') return undefined;
    parts.push(toString(node));
    return SKIP;
  });
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Notes what the schema takes out as unsafe; the sanitizer then takes it out. */
function auditHtml(nodes: readonly HastContent[], removed: string[]): void {
  for (const node of nodes) {
    if (node.type === 'comment') continue;
    if (node.type !== 'element') continue;
    if (strippedTags.has(node.tagName)) {
      removed.push(`<${node.tagName}>`);
      continue;
    }
    if (allowedTags.has(node.tagName)) auditProperties(node, removed);
    auditHtml(node.children, removed);
  }
}

function auditProperties(element: Element, removed: string[]): void {
  for (const [name, value] of Object.entries(element.properties)) {
    if (name.startsWith('on')) removed.push(`an ${name.toLowerCase()} attribute`);
    else if ((name === 'href' || name === 'src') && typeof value === 'string') {
      // As the sanitizer reads it: the scheme exactly as written.
      const scheme = /^([^:/?#]+):/.exec(value)?.[1];
      if (scheme && !IMPORT_SANITIZE_SCHEMA.protocols?.[name]?.includes(scheme)) removed.push(`a ${scheme.trim().toLowerCase()}: link`);
    }
  }
}

/** A URL's scheme, lowercased, or undefined for a relative URL. */
function schemeOf(url: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(url.trim())?.[1]?.toLowerCase();
}

/**
 * Links and images with an unsafe scheme keep only their text; raw HTML in
 * Markdown becomes text; relative addresses are resolved against `pageUrl`,
 * or returned to be reported.
 */
export function secureLinks(tree: Root, {pageUrl}: ConvertOptions): {removed: string[]; relative: string[]} {
  const removed: string[] = [];
  const relative: string[] = [];
  visit(tree, (node: Nodes, index, parent) => {
    if (!parent || index === undefined) return undefined;
    if (node.type === 'html') {
      parent.children[index] = {type: 'text', value: node.value};
      return SKIP;
    }
    if (node.type !== 'link' && node.type !== 'image') return undefined;
    const url = node.url.trim();
    const scheme = schemeOf(url);
    if (url === '' || (scheme && !SAFE_PROTOCOLS.has(scheme))) {
      if (scheme) removed.push(`a ${scheme}: link`);
      const text: PhrasingContent[] = node.type === 'link' ? (node as Link).children : node.alt ? [{type: 'text', value: node.alt}] : [];
      (parent.children as PhrasingContent[]).splice(index, 1, ...text);
      return [SKIP, index];
    }
    if (!scheme && pageUrl) node.url = new URL(url, pageUrl).href;
    else if (!scheme && !relative.includes(url)) relative.push(url);
    return undefined;
  });
  return {removed, relative};
}

/** `<script>`, `<iframe> (2 times)`: each thing once, in the order met. */
export function summarize(items: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts].map(([item, count]) => (count === 1 ? item : `${item} (${count} times)`));
}
