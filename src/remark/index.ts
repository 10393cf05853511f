import path from 'node:path';
import {simpleHash} from '@docusaurus/utils';
import type {BlockContent, Root, RootContent} from 'mdast';
import type {Node, Parent} from 'unist';
import {visitParents} from 'unist-util-visit-parents';
import type {VFile} from 'vfile';
import {
  INDEX_DATA_FILE_NAME,
  generatedModuleRequest,
  kpiDataFileName,
  kpiReferenceDataFileName,
  objectiveDataFileName,
} from '../shared/generatedModules';
import {getDefinition, publishedSiteDir} from './definitionStore';
import {
  type DirectiveProblem,
  type KpiDirective,
  isDirectiveProblem,
  isKpiCardDirective,
  isKpiDirective,
  mightHaveKpiDirective,
  readKpiDirective,
} from '../checks/directives';
import {PageFootnotes} from './footnotes';
import {FOOTNOTE_LABEL_ID, markFootnoteLabel, renameFootnoteLabel} from './footnoteLabel';
import type {Processor} from 'unified';
import {defaultImport, flowElement, identifierAttribute, numberAttribute, stringAttribute, textElement} from './mdxNodes';
import {type HeadingLevel, PageOutline} from './headingLevels';

export interface RemarkKpiOptions {
  /** `id` of the `docusaurus-plugin-kpi` instance whose data the page shows. */
  pluginId?: string;
}

/** Theme components the directives become; swizzlable as `@theme/<name>`. */
export const DIRECTIVE_COMPONENTS = {
  card: 'KpiCard',
  reference: 'KpiReference',
  index: 'KpiIndex',
  definition: 'KpiDefinition',
  objective: 'KpiObjective',
} as const;

/**
 * Turns KPI directives into MDX JSX elements of theme components, each given
 * its data as an imported JSON module that webpack tracks: a card its KPI's
 * card data, a reference the smaller reference data (or the card data, when
 * the page has a card for the same KPI). Cited KPIs add
 * their definitions to the page's footnotes; the definitions are read from
 * what the plugin published when it loaded the registry.
 */
export default function remarkKpi(this: Processor | void, options: RemarkKpiOptions = {}) {
  const pluginId = options.pluginId ?? 'default';
  // Plugins used while the processor freezes run after every other one: the
  // footnote label is renamed once the page is HTML or compiled MDX.
  if (this && typeof this.use === 'function') this.use(renameFootnoteLabel);

  return (tree: Root, file: VFile): void => {
    // Most pages of a handbook cite no KPI: no walk of their tree.
    if (typeof file.value === 'string' && !mightHaveKpiDirective(file.value)) return;
    const directives: {directive: KpiDirective; parent: Parent; headingLevel: HeadingLevel}[] = [];
    const outline = new PageOutline();
    visitParents(tree, (node: Node, ancestors: Parent[]) => {
      outline.visit(
        node,
        ancestors,
        ancestors.some((ancestor) => isKpiDirective(ancestor)),
      );
      if (!isKpiDirective(node)) return;
      const directive = readKpiDirective(node);
      if (isDirectiveProblem(directive)) failAt(file, directive);
      checkNesting(file, directive, ancestors);
      const inGrid = ancestors.some((ancestor) => isKpiDirective(ancestor) && ancestor.name === 'kpi-grid');
      // A grid lays its cards out as compact cards.
      if (directive.kind === 'card' && inGrid) directive.variant = 'compact';
      directives.push({directive, parent: ancestors.at(-1)!, headingLevel: outline.nextLevel()});
    });
    if (directives.length === 0) return;

    const cardIds = new Set(directives.flatMap(({directive}) => (directive.kind === 'card' ? [directive.id] : [])));
    const hash = pageHash(file, publishedSiteDir(pluginId) ?? file.cwd);
    const page = new PageTransform(pluginId, new PageFootnotes(hash), cardIds);
    for (const {directive, parent, headingLevel} of directives) {
      const index = parent.children.indexOf(directive.node as RootContent);
      parent.children.splice(index, 1, ...page.toNodes(directive, headingLevel));
    }
    tree.children.unshift(...page.imports());
    if (page.footnotes.appendTo(tree)) markFootnoteLabel(file, `${FOOTNOTE_LABEL_ID}-${hash}`);
  };
}

/** Builds the nodes of one page, collecting the imports and footnotes they need. */
class PageTransform {
  private readonly dataImports = new Map<string, string>();
  private readonly components = new Set<string>();

  constructor(
    private readonly pluginId: string,
    readonly footnotes: PageFootnotes,
    /** KPIs with a card on the page: their references use the card's data, which the page loads anyway. */
    private readonly cardIds: ReadonlySet<string>,
  ) {}

  toNodes(directive: KpiDirective, headingLevel: HeadingLevel): RootContent[] {
    const level = numberAttribute('headingLevel', headingLevel);
    switch (directive.kind) {
      case 'card': {
        const data = this.dataAttribute(kpiDataFileName(directive.id));
        // A compact card shows no definition and has no body.
        if (directive.variant === 'compact') return [this.element('card', [data, level, stringAttribute('variant', 'compact')])];
        const definition = getDefinition(this.pluginId, directive.id);
        const body = directive.node.type === 'containerDirective' ? directive.node.children : [];
        const shown =
          definition && definition.blocks.length > 0 ? [this.element('definition', [], this.footnotes.definitionOf(definition))] : [];
        return [this.element('card', [data, level], [...shown, ...body])];
      }
      case 'grid':
        // The same array: the cards inside are replaced in it afterwards.
        return [flowElement('div', [stringAttribute('className', 'kpi-grid')], directive.node.children as BlockContent[])];
      case 'reference': {
        const definition = getDefinition(this.pluginId, directive.id);
        const dataFile = this.cardIds.has(directive.id) ? kpiDataFileName(directive.id) : kpiReferenceDataFileName(directive.id);
        const reference = textElement(this.use('reference'), [this.dataAttribute(dataFile), stringAttribute('show', directive.show)]);
        return definition ? [reference, this.footnotes.referenceTo(definition)] : [reference];
      }
      case 'index': {
        const data = identifierAttribute('data', this.importLocal(generatedModuleRequest(this.pluginId, INDEX_DATA_FILE_NAME)));
        const area = directive.area ? [stringAttribute('area', directive.area)] : [];
        return [this.element('index', [data, ...area, level])];
      }
      case 'objective':
        return [this.element('objective', [this.dataAttribute(objectiveDataFileName(directive.id)), level])];
    }
  }

  imports(): RootContent[] {
    const components = [...this.components].sort().map((name) => defaultImport(name, `@theme/${name}`));
    const data = [...this.dataImports].map(([request, local]) => defaultImport(local, request));
    return [...components, ...data];
  }

  private element(
    kind: 'card' | 'index' | 'definition' | 'objective',
    ...rest: Parameters<typeof flowElement> extends [string, ...infer R] ? R : never
  ) {
    return flowElement(this.use(kind), ...rest);
  }

  private use(kind: keyof typeof DIRECTIVE_COMPONENTS): string {
    const name = DIRECTIVE_COMPONENTS[kind];
    this.components.add(name);
    return name;
  }

  private dataAttribute(fileName: string) {
    return identifierAttribute('data', this.importLocal(generatedModuleRequest(this.pluginId, fileName)));
  }

  private importLocal(request: string): string {
    let local = this.dataImports.get(request);
    if (!local) {
      local = `__kpi${this.dataImports.size}`;
      this.dataImports.set(request, local);
    }
    return local;
  }
}

/** Short hash of the page's path relative to the site: the same wherever the site is built. */
function pageHash(file: VFile, siteDir: string): string {
  return simpleHash(file.path ? path.relative(siteDir, file.path).split(path.sep).join('/') : '', 6);
}

function checkNesting(file: VFile, directive: KpiDirective, ancestors: readonly Parent[]): void {
  if (directive.kind === 'card' && ancestors.some((ancestor) => isKpiCardDirective(ancestor))) {
    failAt(file, {
      node: directive.node,
      message: `KPI block \`${directive.id}\` is nested inside another KPI block`,
      hint: 'close the outer `:::kpi` block with `:::` before opening the next one',
    });
  }
  if (directive.kind === 'grid' && ancestors.some((ancestor) => isKpiDirective(ancestor))) {
    failAt(file, {
      node: directive.node,
      message: '`kpi-grid` is nested inside another KPI block or grid',
      hint: 'close the outer block before opening the grid',
    });
  }
}

function failAt(file: VFile, problem: DirectiveProblem): never {
  const details = [problem.expected && `expected ${problem.expected}`, problem.hint].filter(Boolean).join('; ');
  file.fail(details ? `${problem.message} (${details})` : problem.message, {place: problem.node.position, source: 'remark-kpi'});
}
