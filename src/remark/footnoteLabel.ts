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
    if (typeof id === 'string') rename(tree, id, new Set());
  };
}

function rename(node: unknown, id: string, seen: Set<object>): void {
  if (typeof node !== 'object' || node === null || seen.has(node)) return;
  seen.add(node);
  const record = node as Record<string, unknown>;
  // estree, as MDX compiles the page: `id: "footnote-label"`, `"aria-describedby": "footnote-label"`.
  if (record.type === 'Literal' && record.value === FOOTNOTE_LABEL_ID) {
    record.value = id;
    record.raw = JSON.stringify(id);
  }
  // hast, when the processor stops at HTML.
  if (record.type === 'element' && typeof record.properties === 'object' && record.properties !== null) {
    const properties = record.properties as Record<string, unknown>;
    if (properties.id === FOOTNOTE_LABEL_ID) properties.id = id;
    if (Array.isArray(properties.ariaDescribedBy)) {
      properties.ariaDescribedBy = properties.ariaDescribedBy.map((value) => (value === FOOTNOTE_LABEL_ID ? id : value));
    }
  }
  for (const value of Object.values(record)) if (typeof value === 'object') rename(value, id, seen);
}
