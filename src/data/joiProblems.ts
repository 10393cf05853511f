import type {Joi} from '@docusaurus/utils-validation';
import {didYouMean, type Problem} from '../shared/errors';
import {toId} from '../shared/ids';
import {describeValue} from './dates';
import {CUSTOM_ERROR, ID_PATTERN} from './schema';
import type {PathSegment, Position} from './yamlSource';

type ErrorItem = Joi.ValidationErrorItem;
/** The part of `schema.describe()` needed to find a field's description and allowed keys. */
interface Description {
  flags?: {description?: string};
  keys?: Record<string, Description>;
  items?: Description[];
  patterns?: {rule: Description}[];
}
type Wording = Pick<Problem, 'message' | 'expected' | 'hint'>;

/** A file that can tell where its values are written, when it knows. */
export interface Locator {
  file: string;
  positionOf(path: readonly PathSegment[], options?: {key?: boolean}): Position | undefined;
}

/** How to say "must be …" for Joi's type errors. */
const KIND_NAMES: Record<string, string> = {
  'string.base': 'text',
  'number.base': 'a number',
  'array.base': 'a list',
  'object.base': 'a mapping',
  'boolean.base': 'true or false',
};

/** Names of list items and fields whose key alone would read oddly in a message. */
const NOUNS: Record<string, string> = {tags: 'tag', reasons: 'reason', targets: 'target', kpis: 'KPI', level: 'status level'};

/**
 * Validates `value` with `schema` and turns every Joi error into a problem at
 * the place in the YAML file it is about. `prefix` is where `value` sits in
 * the file, for schemas that check one part of it.
 */
export function validateWithSchema<T>(
  schema: Joi.Schema,
  value: unknown,
  source: Locator,
  prefix: PathSegment[] = [],
): {value: T; problems: Problem[]} {
  const result = schema.validate(value, {abortEarly: false, convert: false});
  const description = descriptionOf(schema);
  const problems = (result.error?.details ?? []).map((item) => {
    const path = [...prefix, ...item.path];
    const position =
      item.type === 'object.oxor'
        ? lastWritten((item.context?.present as string[]).map((key) => source.positionOf([...path, key], {key: true})))
        : source.positionOf(path, {key: item.type === 'object.unknown'});
    return {file: source.file, ...position, ...wordingOf(item, path, description)};
  });
  return {value: result.value as T, problems};
}

/** Exclusive fields are reported at the one written last, where the conflict starts. */
function lastWritten<P extends {line?: number}>(positions: (P | undefined)[]): P | undefined {
  return positions.reduce((last, position) => ((position?.line ?? 0) > (last?.line ?? 0) ? position : last));
}

// Series validate point by point; describing the schema once keeps that cheap.
const descriptions = new WeakMap<Joi.Schema, Description>();
function descriptionOf(schema: Joi.Schema): Description {
  let description = descriptions.get(schema);
  if (!description) {
    description = schema.describe() as Description;
    descriptions.set(schema, description);
  }
  return description;
}

/** `path` is the full path in the file, `item.path` the path within the schema. */
function wordingOf(item: ErrorItem, path: PathSegment[], description: Description): Wording {
  const context = item.context ?? {};
  const field = fieldName(path);
  const expected = describeAt(description, item.path)?.flags?.description;
  switch (item.type) {
    case CUSTOM_ERROR:
      return {message: context.message, expected: context.expected, hint: context.hint};
    case 'object.unknown': {
      const allowed = Object.keys(describeAt(description, item.path.slice(0, -1))?.keys ?? {});
      return {
        message: `unknown field \`${context.key}\``,
        expected: `one of the fields ${allowed.join(', ')}`,
        hint: didYouMean(String(context.key), allowed) ?? 'remove it, or check its indentation',
      };
    }
    case 'object.oxor': {
      const [first, second] = (context.present as string[]).map((key) => `\`${key}\``);
      const peers = (context.peers as string[]).map((key) => `\`${key}\``);
      return {
        message: `${first} and ${second} are both set: ${peers.slice(0, -1).join(', ')} and ${peers.at(-1)} exclude each other`,
        expected: `one of ${peers.join(', ')}`,
        hint: 'keep one of them',
      };
    }
    case 'any.only': {
      const valids = (context.valids as unknown[]).map(String);
      return {
        message: `unknown ${field} ${describeValue(context.value)}`,
        expected: `one of ${valids.join(', ')}`,
        hint: typeof context.value === 'string' ? didYouMean(context.value, valids) : undefined,
      };
    }
    case 'any.required':
      return {message: `missing \`${context.key}\``, expected};
    case 'string.empty':
      return {message: `\`${field}\` is empty`, expected};
    case 'string.pattern.base':
      return {message: `${describeValue(context.value)} is not a valid ${field}`, expected, hint: idHint(context.value)};
    case 'array.unique':
      return {message: `${field} ${describeValue(context.value)} is listed twice`, hint: 'remove one of them'};
    case 'array.min':
      return {message: 'the list is empty', expected};
    case 'number.infinity':
      return {message: `\`${field}\` must be a finite number`, expected};
    default: {
      const kind = KIND_NAMES[item.type];
      if (!kind) return {message: item.message, expected};
      return {
        message: `${subjectOf(path, field)} must be ${kind}, not ${describeValue(context.value)}`,
        expected,
        hint: quoteHint(item.type, context.value),
      };
    }
  }
}

/** The field an error is about, naming list items after their list ("tag", not "1"). */
function fieldName(path: readonly PathSegment[]): string {
  const last = path[path.length - 1];
  if (typeof last === 'string') return NOUNS[last] ?? last;
  const list = path[path.length - 2];
  return typeof list === 'string' ? (NOUNS[list] ?? `item of ${list}`) : 'item';
}

/** "the file", "a KPI" (a list item) or "`title`" (a field), to start a sentence about a value. */
function subjectOf(path: readonly PathSegment[], field: string): string {
  if (path.length === 0) return 'the file';
  if (typeof path[path.length - 1] === 'string') return `\`${field}\``;
  return `${/^[aeiou]/i.test(field) ? 'an' : 'a'} ${field}`;
}

function describeAt(description: Description | undefined, path: readonly PathSegment[]): Description | undefined {
  let current = description;
  for (const segment of path) {
    if (!current) return undefined;
    current = typeof segment === 'number' ? current.items?.[0] : (current.keys?.[segment] ?? current.patterns?.[0]?.rule);
  }
  return current;
}

/** The id a title-like value would become, e.g. "Delivery Time" → "delivery-time". */
function idHint(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const id = toId(value);
  return ID_PATTERN.test(id) ? `did you mean "${id}"?` : undefined;
}

/** YAML reads `title: 2026` as a number; quoting makes it text. */
function quoteHint(type: string, value: unknown): string | undefined {
  if (type === 'string.base' && (typeof value === 'number' || typeof value === 'boolean')) {
    return `put it in quotes: "${value}"`;
  }
  if (type === 'number.base' && typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
    return `remove the quotes: ${value}`;
  }
  return undefined;
}
