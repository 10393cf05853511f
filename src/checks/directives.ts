import type {ContainerDirective, LeafDirective, TextDirective} from 'mdast-util-directive';
import type {Node} from 'unist';
import {toString} from 'mdast-util-to-string';
import {didYouMean} from '../shared/errors';
import {
  CARD_VARIANTS,
  type CardVariant,
  KPI_DIRECTIVE_NAMES,
  REFERENCE_SHOW_VALUES,
  type ReferenceShow,
  isOneOf,
} from '../shared/vocabulary';

type Directive = ContainerDirective | LeafDirective | TextDirective;

/** A KPI directive as the author meant it, independent of rendering. */
export type KpiDirective =
  | {kind: 'card'; id: string; variant: CardVariant; node: ContainerDirective | LeafDirective}
  | {kind: 'reference'; id: string; show: ReferenceShow; node: TextDirective}
  | {kind: 'index'; area?: string; node: LeafDirective}
  | {kind: 'objective'; id: string; node: LeafDirective}
  | {kind: 'grid'; node: ContainerDirective};

/** A mistake in a directive's syntax, positioned at the directive. */
export interface DirectiveProblem {
  node: Node;
  message: string;
  expected?: string;
  hint?: string;
}

// Every directive of the plugin starts with ":kpi" or "::objective" in the source.
const MIGHT_HAVE_DIRECTIVE = /:kpi|::objective/;

/** A cheap test of a page's source before any parse or tree walk: false when it has no KPI directive. */
export function mightHaveKpiDirective(source: string): boolean {
  return MIGHT_HAVE_DIRECTIVE.test(source);
}

export function isDirective(node: Node): node is Directive {
  return node.type === 'containerDirective' || node.type === 'leafDirective' || node.type === 'textDirective';
}

export function isKpiDirective(node: Node): node is Directive {
  return isDirective(node) && isOneOf(KPI_DIRECTIVE_NAMES, node.name);
}

/** A `:::kpi` / `::kpi` card, the only thing a block of another card or a grid may not hold or may hold. */
export function isKpiCardDirective(node: Node): node is ContainerDirective | LeafDirective {
  return (node.type === 'containerDirective' || node.type === 'leafDirective') && (node as Directive).name === 'kpi';
}

/** Reads a `kpi` / `kpi-index` / `kpi-grid` / `objective` directive node, or says what is wrong with it. */
export function readKpiDirective(node: Directive): KpiDirective | DirectiveProblem {
  const attributes = node.attributes ?? {};
  if (node.name === 'objective') return readObjectiveDirective(node, attributes);
  if (node.name === 'kpi-grid') return readGrid(node);
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

  const unknown = unknownAttribute(attributes, ['id', 'variant']);
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
  const variant = attributes.variant ?? 'full';
  if (!isOneOf(CARD_VARIANTS, variant)) {
    return {
      node,
      message: `unknown value \`variant=${variant}\` on the card of \`${id}\``,
      expected: `one of ${CARD_VARIANTS.join(', ')}`,
      hint: didYouMean(variant, CARD_VARIANTS),
    };
  }
  if (variant === 'compact' && node.type === 'containerDirective' && node.children.length > 0) {
    return {
      node,
      message: `the compact card of \`${id}\` has a body, which a compact card does not show`,
      expected: `\`::kpi{#${id} variant=compact}\` on one line`,
      hint: 'write the commentary next to the card, or use a full card for it',
    };
  }
  return {kind: 'card', id, variant, node};
}

/** `::::kpi-grid` … `::::`: cards only, each on its own line. */
function readGrid(node: Directive): KpiDirective | DirectiveProblem {
  if (node.type !== 'containerDirective') {
    return {
      node,
      message: '`kpi-grid` must be a container directive',
      expected: '`::::kpi-grid`, then `::kpi{#<kpi-id>}` lines, then `::::`',
    };
  }
  const unknown = unknownAttribute(node.attributes ?? {}, []);
  if (unknown) return unknown(node);
  const stray = node.children.find((child) => !isKpiCardDirective(child));
  if (stray) {
    return {
      node: stray,
      message: `a \`kpi-grid\` holds only KPI cards, not ${describeNode(stray)}`,
      expected: '`::kpi{#<kpi-id>}` lines, one per card',
      hint: 'move the text before or after the grid (`::::`)',
    };
  }
  if (node.children.length === 0) {
    return {node, message: 'empty `kpi-grid`', expected: 'at least one `::kpi{#<kpi-id>}` line inside it'};
  }
  return {kind: 'grid', node};
}

function describeNode(node: Node): string {
  if (isDirective(node)) return `\`${node.name}\``;
  return {paragraph: 'a paragraph', heading: 'a heading', list: 'a list', code: 'a code block'}[node.type] ?? `a ${node.type}`;
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
    expected:
      allowed.length === 0
        ? 'no attributes'
        : allowed.length === 1
          ? `only \`${allowed[0]}\``
          : `one of ${allowed.map((a) => `\`${a}\``).join(', ')}`,
    hint: didYouMean(name, allowed),
  });
}
