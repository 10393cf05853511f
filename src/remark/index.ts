import type {Root, RootContent} from 'mdast';
import type {Node, Parent} from 'unist';
import {visitParents} from 'unist-util-visit-parents';
import type {VFile} from 'vfile';
import {INDEX_DATA_FILE_NAME, generatedModuleRequest, kpiDataFileName} from '../generatedModules';
import {
  type DirectiveProblem,
  type KpiDirective,
  isDirectiveProblem,
  isKpiDirective,
  readKpiDirective,
} from './directives';
import {defaultImport, flowElement, identifierAttribute, stringAttribute, textElement} from './mdxNodes';

export interface RemarkKpiOptions {
  /** `id` of the `docusaurus-plugin-kpi` instance whose data the page shows. */
  pluginId?: string;
}

/** Theme components the directives become; swizzlable as `@theme/<name>`. */
export const DIRECTIVE_COMPONENTS = {card: 'KpiCard', reference: 'KpiReference', index: 'KpiIndex'} as const;

/**
 * Turns KPI directives into MDX JSX elements of theme components, each given
 * its data as an imported JSON module. Syntax only: it never reads the
 * registry, so its output depends on the Markdown alone and webpack's caches
 * stay correct; the data modules are tracked by webpack like any import.
 */
export default function remarkKpi(options: RemarkKpiOptions = {}) {
  const pluginId = options.pluginId ?? 'default';

  return (tree: Root, file: VFile): void => {
    const imports = new Map<string, string>();
    const importLocal = (request: string): string => {
      let local = imports.get(request);
      if (!local) {
        local = `__kpi${imports.size}`;
        imports.set(request, local);
      }
      return local;
    };
    const components = new Set<string>();

    visitParents(tree, (node: Node, ancestors: Parent[]) => {
      if (!isKpiDirective(node)) return;
      const directive = readKpiDirective(node);
      if (isDirectiveProblem(directive)) failAt(file, directive);
      if (directive.kind === 'card' && ancestors.some((ancestor) => isKpiDirective(ancestor))) {
        failAt(file, {node, message: `KPI block \`${directive.id}\` is nested inside another KPI block`, hint: 'close the outer `:::kpi` block with `:::` before opening the next one'});
      }
      const parent = ancestors.at(-1)!;
      const index = parent.children.indexOf(node as RootContent);
      parent.children[index] = toElement(directive, importLocal, pluginId);
      components.add(DIRECTIVE_COMPONENTS[directive.kind]);
    });

    const esm = [...components].sort().map((name) => defaultImport(name, `@theme/${name}`));
    for (const [request, local] of imports) esm.push(defaultImport(local, request));
    tree.children.unshift(...esm);
  };
}

function toElement(directive: KpiDirective, importLocal: (request: string) => string, pluginId: string): RootContent {
  switch (directive.kind) {
    case 'card': {
      const data = identifierAttribute('data', importLocal(generatedModuleRequest(pluginId, kpiDataFileName(directive.id))));
      const body = directive.node.type === 'containerDirective' ? directive.node.children : [];
      return flowElement(DIRECTIVE_COMPONENTS.card, [data], body);
    }
    case 'reference': {
      const data = identifierAttribute('data', importLocal(generatedModuleRequest(pluginId, kpiDataFileName(directive.id))));
      return textElement(DIRECTIVE_COMPONENTS.reference, [data, stringAttribute('show', directive.show)]);
    }
    case 'index': {
      const data = identifierAttribute('data', importLocal(generatedModuleRequest(pluginId, INDEX_DATA_FILE_NAME)));
      const area = directive.area ? [stringAttribute('area', directive.area)] : [];
      return flowElement(DIRECTIVE_COMPONENTS.index, [data, ...area]);
    }
  }
}

function failAt(file: VFile, problem: DirectiveProblem): never {
  const details = [problem.expected && `expected ${problem.expected}`, problem.hint].filter(Boolean).join('; ');
  file.fail(details ? `${problem.message} (${details})` : problem.message, {place: problem.node.position, source: 'remark-kpi'});
}
