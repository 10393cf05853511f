import {FAILSAFE_SCHEMA, load, Type} from 'js-yaml';
import {isScalar, Schema, type ScalarTag} from 'yaml';

/**
 * The quick read of a YAML file: a parser many times faster than the careful
 * one (`parseYamlSource`), which keeps no positions. A registry's files are
 * read quickly, and again carefully only when a position is asked for, which
 * is when something in them has to be pointed at.
 *
 * Plain scalars (`12`, `true`, `~`) are resolved by the careful parser's own
 * YAML 1.2 core rules, so both read the same text as the same data.
 */

/** The careful parser's core-schema scalar rules, one quick-parser type per tag, in the careful parser's order. */
function coreScalarTypes(): Type[] {
  const byTag = new Map<string, ScalarTag[]>();
  for (const tag of new Schema({schema: 'core'}).tags) {
    if (!('test' in tag) || !tag.test) continue;
    byTag.set(tag.tag, [...(byTag.get(tag.tag) ?? []), tag as ScalarTag]);
  }
  return [...byTag].map(([name, rules]) => {
    const rule = (text: string) => rules.find((candidate) => candidate.test!.test(text));
    return new Type(name, {
      kind: 'scalar',
      resolve: (text: string | null) => text !== null && rule(text) !== undefined,
      construct: (text: string) => {
        const value = rule(text)!.resolve(text, () => undefined, {intAsBigInt: false} as never);
        return isScalar(value) ? value.value : value;
      },
    });
  });
}

const CORE_SCHEMA = FAILSAFE_SCHEMA.extend({implicit: coreScalarTypes()});

/**
 * What only the careful parser is trusted with, each a place where the two
 * parsers were found to differ (tests/data/yamlQuick.test.ts): anchors and
 * aliases (the careful parser limits their expansion), tags, merge keys,
 * directives, complex and collection keys, block scalars with an explicit
 * indentation, a comment stuck to a bracket or quote, and lists nested on one
 * line. Text that only looks like one of them (`a, [link](…)`) is read carefully, which is merely slower.
 */
const CAREFUL_ONLY = new RegExp(
  [
    /(?:^|[\s[\]{},])(?:[&*][^\s,[\]{}]|!)/, // &anchor, *alias, !tag
    /<</,
    /^%/,
    /^\s*(?:-\s+)?\?(?:\s|$)/, // ? complex key
    /[\]}]\s*:(?:\s|$)/, // [a, b]: c
    /[{,]\s*[[{]/, // {[a]: b}
    /[|>][-+]?[1-9]/, // |2
    /[\]}"']#/, // "a"#
    /(?:^|\s)-\s+-(?:\s|$)/, // - - a
  ]
    .map((pattern) => pattern.source)
    .join('|'),
  'm',
);

/**
 * The data of `text`, or undefined when it should be read carefully: the quick
 * parser refused it (a syntax error, a key written twice, several documents),
 * or it uses what only the careful parser is trusted with. An empty file reads as null.
 */
export function quickYamlValue(text: string): {value: unknown} | undefined {
  if (CAREFUL_ONLY.test(text)) return undefined;
  let value: unknown;
  try {
    value = load(text, {schema: CORE_SCHEMA}) ?? null;
  } catch {
    return undefined;
  }
  // Every registry file is a mapping or a list (or empty); a file that is a lone scalar is left to the careful read.
  if (value !== null && typeof value !== 'object') return undefined;
  return hasKeyReadDifferently(value) ? undefined : {value};
}

/** Keys the two parsers write differently: null (`: x`, `~: x`) and collections. No registry field is called so. */
const KEYS_READ_DIFFERENTLY = new Set(['', 'null', '[object Object]']);

function hasKeyReadDifferently(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasKeyReadDifferently);
  if (typeof value !== 'object' || value === null) return false;
  return Object.entries(value).some(([key, item]) => KEYS_READ_DIFFERENTLY.has(key) || hasKeyReadDifferently(item));
}
