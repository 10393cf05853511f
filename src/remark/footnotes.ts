import type {BlockContent, FootnoteDefinition, FootnoteReference, PhrasingContent, Root} from 'mdast';
import {visit} from 'unist-util-visit';
import type {KpiDefinitionTree} from '../compute/definitions/parse';

/**
 * The footnotes a page gains from the KPIs it cites: one per KPI however often
 * it is cited, plus the definition's own footnotes. Identifiers carry a hash
 * of the page so posts shown together on a blog list page never collide.
 */
export class PageFootnotes {
  /** By identifier; only referenced ones are rendered. */
  private readonly notes = new Map<string, FootnoteDefinition>();

  constructor(private readonly pageHash: string) {}

  /** A reference to the KPI's definition footnote, adding the footnote on first use. */
  referenceTo(kpi: KpiDefinitionTree): FootnoteReference {
    const identifier = this.identifier(kpi.id);
    if (!this.notes.has(identifier)) {
      const title: PhrasingContent = {
        type: 'link',
        url: kpi.permalink,
        children: [{type: 'strong', children: [{type: 'text', value: kpi.title}]}],
      };
      const [first, ...rest] = this.definitionOf(kpi);
      // The title leads the definition's first paragraph; lists and tables follow it.
      const lead: PhrasingContent[] =
        first?.type === 'paragraph'
          ? [title, {type: 'text', value: ': '}, ...first.children]
          : first
            ? [title, {type: 'text', value: ':'}]
            : [title];
      const blocks = first?.type === 'paragraph' ? rest : first ? [first, ...rest] : [];
      this.notes.set(identifier, {
        type: 'footnoteDefinition',
        identifier,
        label: identifier,
        children: [{type: 'paragraph', children: lead}, ...blocks],
      });
    }
    return {type: 'footnoteReference', identifier, label: identifier};
  }

  /** The definition's blocks for this page; its own footnotes become page footnotes. */
  definitionOf(kpi: KpiDefinitionTree): BlockContent[] {
    for (const footnote of kpi.footnotes) {
      const identifier = this.identifier(kpi.id, footnote.identifier);
      if (this.notes.has(identifier)) continue;
      const copy = structuredClone(footnote);
      this.renameReferences(kpi.id, copy);
      this.notes.set(identifier, {...copy, identifier, label: identifier});
    }
    const content = structuredClone(kpi.blocks);
    this.renameReferences(kpi.id, {type: 'root', children: content});
    return content;
  }

  /** Adds the footnotes to the page; whether there were any. */
  appendTo(tree: Root): boolean {
    tree.children.push(...this.notes.values());
    return this.notes.size > 0;
  }

  private identifier(kpiId: string, key?: string): string {
    return ['kpi', kpiId, key, this.pageHash].filter(Boolean).join('-');
  }

  private renameReferences(kpiId: string, tree: Root | FootnoteDefinition): void {
    visit(tree, 'footnoteReference', (reference) => {
      reference.identifier = this.identifier(kpiId, reference.identifier);
      reference.label = reference.identifier;
    });
  }
}
