import type {ContainerDirective, LeafDirective, TextDirective} from 'mdast-util-directive';
import type {Node} from 'unist';
import {toString} from 'mdast-util-to-string';
import {didYouMean} from '../shared/errors';
import {KPI_DIRECTIVE_NAMES, REFERENCE_SHOW_VALUES, type ReferenceShow, isOneOf} from '../shared/vocabulary';

type Directive = ContainerDirective | LeafDirective | TextDirective;

/** A KPI directive as the author meant it, independent of rendering. */
export type KpiDirective =
  | {kind: 'card'; id: string; node: ContainerDirective | LeafDirective}
  | {kind: 'reference'; id: string; show: ReferenceShow; node: TextDirective}
  | {kind: 'index'; area?: string; node: LeafDirective}
  | {kind: 'objective'; id: string; node: LeafDirective};

/** A mistake in a directive's syntax, positioned at the directive. */
export interface DirectiveProblem {
  node: Node;
  message: string;
  expected?: string;
  hint?: string;
}

export function isDirective(node: Node): node is Directive {
  return node.type === 'containerDirective' || node.type === 'leafDirective' || node.type === 'textDirective';
}

export function isKpiDirective(node: Node): node is Directive {
  return isDirective(node) && isOneOf(KPI_DIRECTIVE_NAMES, node.name);
}

/** Reads a `kpi` / `kpi-index` / `objective` directive node, or says what is wrong with it. */
export function readKpiDirective(node: Directive): KpiDirective | DirectiveProblem {
  const attributes = node.attributes ?? {};
  if (node.name === 'objective') return readObjectiveDirective(node, attributes);
  if (node.name === 'kpi-index') {
    if (node.type !== 'leafDirective') {
      return {
        node,
        message: `\`kpi-index\` must be a leaf directive on its own line`,
        expected: '`::kpi-index` or `::kpi-index{area=<area-id>}`',
      };
    }
    const unknown = unknownAttribute(attributes, ['area']);
    if (unknown) return unknown(node);
    return attributes.area ? {kind: 'index', area: attributes.area, node} : {kind: 'index', node};
  }

  if (node.type === 'textDirective') {
    const unknown = unknownAttribute(attributes, ['show']);
    if (unknown) return unknown(node);
    const id = toString(node).trim();
    if (!id) {
      return {node, message: 'inline KPI reference without an id', expected: '`:kpi[<kpi-id>]`, e.g. `:kpi[delivery-time]`'};
    }
    const show = attributes.show ?? 'title';
    if (!isOneOf(REFERENCE_SHOW_VALUES, show)) {
      return {
        node,
        message: `unknown value \`show=${show}\` in \`:kpi[${id}]\``,
        expected: `one of ${REFERENCE_SHOW_VALUES.join(', ')}`,
        hint: didYouMean(show, REFERENCE_SHOW_VALUES),
      };
    }
    return {kind: 'reference', id, show, node};
  }

  const unknown = unknownAttribute(attributes, ['id']);
  if (unknown) return unknown(node);
  const id = attributes.id?.trim();
  if (!id) {
    const fence = node.type === 'containerDirective' ? ':::' : '::';
    return {
      node,
      message: 'KPI block without an id',
      expected: `\`${fence}kpi{#<kpi-id>}\`, e.g. \`${fence}kpi{#delivery-time}\``,
      hint: toString(node).trim() ? 'the id goes in braces after the name, not in the label or body' : undefined,
    };
  }
  return {kind: 'card', id, node};
}

/** `::objective{#autumn-onboarding}`: an objective card. */
function readObjectiveDirective(node: Directive, attributes: Record<string, string | null | undefined>): KpiDirective | DirectiveProblem {
  const expected = '`::objective{#<objective-id>}`, e.g. `::objective{#autumn-onboarding}`';
  if (node.type !== 'leafDirective') {
    return {node, message: '`objective` must be a leaf directive on its own line', expected};
  }
  const unknown = unknownAttribute(attributes, ['id']);
  if (unknown) return unknown(node);
  const id = attributes.id?.trim();
  if (!id) {
    const hint = toString(node).trim() ? 'the id goes in braces after the name, not in the label' : undefined;
    return {node, message: 'objective card without an id', expected, hint};
  }
  return {kind: 'objective', id, node};
}

export function isDirectiveProblem(value: KpiDirective | DirectiveProblem): value is DirectiveProblem {
  return 'message' in value;
}

function unknownAttribute(
  attributes: Record<string, string | null | undefined>,
  allowed: string[],
): ((node: Directive) => DirectiveProblem) | undefined {
  const name = Object.keys(attributes).find((key) => !allowed.includes(key));
  if (name === undefined) return undefined;
  return (node) => ({
    node,
    message: `unknown attribute \`${name}\` on \`${node.name}\``,
    expected: allowed.length === 1 ? `only \`${allowed[0]}\`` : `one of ${allowed.map((a) => `\`${a}\``).join(', ')}`,
    hint: didYouMean(name, allowed),
  });
}
