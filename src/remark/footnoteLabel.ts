import type {VFile} from 'vfile';

/** The id mdast-util-to-hast gives every page's footnote section heading, and that every footnote reference points at. */
export const FOOTNOTE_LABEL_ID = 'footnote-label';

const MARK = 'kpiFootnoteLabelId';

/** Asks the late step to rename this page's footnote label to `id`. */
export function markFootnoteLabel(file: VFile, id: string): void {
  (file.data as Record<string, unknown>)[MARK] = id;
}

/**
 * The footnote section's heading is always `id="footnote-label"`, and every
 * reference's `aria-describedby` names it: Docusaurus's blog footnote fixer
 * renames references and definitions but not this id, so a blog list page
 * showing two posts with footnotes has it twice, and the references of the
 * second post describe themselves with the first post's heading. Neither id
 * can be set by an option, so this step runs after the Markdown has become
 * HTML (or the JavaScript MDX compiles it to) and renames both, on pages
 * where the KPI transform added footnotes, to an id with the page's hash.
 */
export function renameFootnoteLabel() {
  return (tree: unknown, file: VFile): void => {
    const id = (file.data as Record<string, unknown>)[MARK];
    if (typeof id === 'string' && isNode(tree)) rename(tree, id, new Set());
  };
}

/** A syntax-tree node (estree or hast): an object with a string `type`. */
function isNode(value: unknown): value is Record<string, unknown> & {type: string} {
  return typeof value === 'object' && value !== null && typeof (value as {type?: unknown}).type === 'string';
}

/**
 * Walks nodes only: positions, `data` and hast `properties` are objects without
 * a `type` and are not entered, which is most of what a compiled page holds.
 */
function rename(node: Record<string, unknown> & {type: string}, id: string, seen: Set<object>): void {
  if (seen.has(node)) return;
  seen.add(node);
  // estree, as MDX compiles the page: `id: "footnote-label"`, `"aria-describedby": "footnote-label"`.
  if (node.type === 'Literal' && node.value === FOOTNOTE_LABEL_ID) {
    node.value = id;
    node.raw = JSON.stringify(id);
  }
  // hast, when the processor stops at HTML.
  if (node.type === 'element' && typeof node.properties === 'object' && node.properties !== null) {
    const properties = node.properties as Record<string, unknown>;
    if (properties.id === FOOTNOTE_LABEL_ID) properties.id = id;
    if (Array.isArray(properties.ariaDescribedBy)) {
      properties.ariaDescribedBy = properties.ariaDescribedBy.map((value) => (value === FOOTNOTE_LABEL_ID ? id : value));
    }
  }
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) rename(item, id, seen);
    } else if (isNode(value)) rename(value, id, seen);
  }
}
