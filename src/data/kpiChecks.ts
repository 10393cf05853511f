import {didYouMean, type Problem} from '../shared/errors';
import type {KpiDefinition} from '../types';
import type {PathSegment, YamlSource} from './yamlSource';

type KpiFields = Omit<KpiDefinition, 'area' | 'source'>;

/**
 * What a schema cannot say about one KPI: how its fields fit together.
 * `fields` are the validated fields, targets still in file order.
 */
export function checkKpiFields(fields: KpiFields, source: YamlSource, path: PathSegment[]): Problem[] {
  const at = (field: PathSegment[], key = false) => ({file: source.file, ...source.positionOf([...path, ...field], {key})});
  return [
    ...qualitativeTargetProblems(fields, at),
    ...duplicateTargetProblems(fields, at),
    ...tagProblems(fields, at),
    ...markdownFieldProblems({field: 'definition', text: fields.definition, footnotes: fields.footnotes}, at),
  ];
}

/** Markdown from a data file (a definition, a description) and its footnotes. */
export interface MarkdownField {
  /** The field the text is written in: `definition` or `description`. */
  field: string;
  text: string | undefined;
  footnotes: Record<string, string>;
}

/** Footnotes that match their citations, and links that are safe. */
export function markdownFieldProblems(markdown: MarkdownField, at: At): Problem[] {
  return [...footnoteProblems(markdown, at), ...unsafeLinkProblems(markdown, at)];
}

const SAFE_SCHEMES = ['http', 'https', 'mailto'];
// Link destinations `[text](scheme:…)`, images `![alt](scheme:…)` and autolinks `<scheme:…>`.
const LINK_SCHEMES = /\]\(\s*<?([a-z][a-z0-9+.-]*):|<([a-z][a-z0-9+.-]*):[^>\s]*>/gi;

/** Links in Markdown from data files may only go to the web or to mail: never `javascript:`, `data:` and the like. */
function unsafeLinkProblems(fields: MarkdownField, at: At): Problem[] {
  const texts = textsOf(fields);
  return texts.flatMap(([field, text]) =>
    [...(text ?? '').matchAll(LINK_SCHEMES)]
      .map((match) => (match[1] ?? match[2])!.toLowerCase())
      .filter((scheme) => !SAFE_SCHEMES.includes(scheme))
      .map((scheme) => ({
        ...at(field),
        message: `unsafe link scheme \`${scheme}:\` in ${field.join('.')}`,
        expected: 'links to http:, https: or mailto: addresses, or to pages of the site',
        hint: "text from data files must not run code in a reader's browser; link to a web page instead",
      })),
  );
}

export type At = (field: PathSegment[], key?: boolean) => Pick<Problem, 'file' | 'line' | 'column'>;

function textsOf(fields: MarkdownField): [PathSegment[], string | undefined][] {
  return [
    [[fields.field], fields.text],
    ...Object.entries(fields.footnotes).map(([name, text]): [PathSegment[], string] => [['footnotes', name], text]),
  ];
}

function qualitativeTargetProblems(fields: KpiFields, at: At): Problem[] {
  if (fields.unit !== 'text' || fields.targets.length === 0) return [];
  return [
    {
      ...at(['targets'], true),
      message: 'a qualitative KPI (`unit: text`) cannot have targets',
      expected: 'targets only on KPIs measured in numbers',
      hint: 'remove `targets` and set `status: { level: ..., reasons: [...] }` by hand, or change the unit',
    },
  ];
}

function duplicateTargetProblems(fields: KpiFields, at: At): Problem[] {
  const problems: Problem[] = [];
  fields.targets.forEach((target, index) => {
    const first = fields.targets.findIndex((other) => other.by === target.by);
    if (first === index) return;
    problems.push({
      ...at(['targets', index, 'by']),
      message: `two targets are due on ${target.by}`,
      expected: 'one target per due date',
      hint: 'remove one of them, or change its `by` date',
    });
  });
  return problems;
}

const FOOTNOTE_REFERENCE = /\[\^([^\]\s]+)\]/g;

/** Every footnote is cited, and every citation has a footnote, so none is silently lost. */
function footnoteProblems(fields: MarkdownField, at: At): Problem[] {
  const names = Object.keys(fields.footnotes);
  const cited = new Set<string>();
  const problems: Problem[] = [];
  const texts = textsOf(fields);
  for (const [path, text] of texts) {
    for (const [, name] of (text ?? '').matchAll(FOOTNOTE_REFERENCE)) {
      cited.add(name!);
      if (names.includes(name!)) continue;
      problems.push({
        ...at(path),
        message: `footnote [^${name}] is cited but not written`,
        expected: names.length > 0 ? `one of the footnotes ${names.join(', ')}` : `a \`footnotes:\` entry named ${name}`,
        hint: didYouMean(name!, names) ?? `add it under \`footnotes:\`, like ${name}: Where the number comes from.`,
      });
    }
  }
  for (const name of names) {
    if (cited.has(name)) continue;
    problems.push({
      ...at(['footnotes', name], true),
      message: `footnote \`${name}\` is never cited`,
      expected: `a citation [^${name}] in the ${fields.field}`,
      hint: `cite it as [^${name}] in \`${fields.field}\`, or remove it`,
    });
  }
  return problems;
}

function tagProblems(fields: KpiFields, at: At): Problem[] {
  if (!fields.tags.includes('quantitative') || !fields.tags.includes('qualitative')) return [];
  return [
    {
      ...at(['tags']),
      message: 'a KPI cannot be both quantitative and qualitative',
      expected: 'one of quantitative, qualitative',
      hint: 'keep qualitative for KPIs judged in words (`unit: text`), quantitative for numbers',
    },
  ];
}
