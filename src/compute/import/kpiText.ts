import type {BlockContent, Link, ListItem, PhrasingContent, Root, RootContent} from 'mdast';
import type {GitlabIndicator, HealthLevel} from '../../data/import/gitlabSchema';
import type {ManualStatus, StatusLevel} from '../../types';
import {type ConvertOptions, convertText, secureLinks, toMarkdown, toPlainText} from './html';

/** A source health level as a hand-set status: okay is on track, attention at risk, problem off track. */
export const HEALTH_STATUS: Readonly<Record<HealthLevel, StatusLevel>> = {
  0: 'no-data',
  1: 'off-track',
  2: 'at-risk',
  3: 'on-track',
};

/** Text fields of one KPI, converted, with what the conversion took out. */
export interface ConvertedKpiText {
  /** The definition, the target and the links, as Markdown. */
  definition?: string;
  status?: ManualStatus;
  removed: string[];
  relative: string[];
  dropped: string[];
}

/**
 * The definition a KPI gets: the source's definition, then its free-text
 * target ("**Target:** above 90%") and its links, all as one Markdown text.
 */
export function convertKpiText(fields: GitlabIndicator, options: ConvertOptions): ConvertedKpiText {
  const removed: string[] = [];
  const relative: string[] = [];
  const convert = (source: string, inline = false): Root => {
    const converted = convertText(source, {...options, inline});
    removed.push(...converted.removed);
    relative.push(...converted.relative);
    return converted.tree;
  };
  const blocks: RootContent[] = [];
  if (present(fields.definition)) blocks.push(...convert(fields.definition).children);
  const target = fields.target === null || fields.target === undefined ? '' : String(fields.target);
  if (present(target)) blocks.push(...labelled('Target:', convert(target, true).children));
  const links = (fields.urls ?? []).filter(present).map(linkTo);
  if (links.length > 0) blocks.push(...labelled('Links:', [{type: 'list', ordered: false, spread: false, children: links}]));
  const tree: Root = {type: 'root', children: blocks};
  const secured = secureLinks(tree, options);
  removed.push(...secured.removed);
  relative.push(...secured.relative);
  const definition = toMarkdown(tree);
  const {status, dropped} = statusOf(fields, convert);
  return {...(definition && {definition}), ...(status && {status}), removed, relative: [...new Set(relative)], dropped};
}

function present(text: string | null | undefined): text is string {
  return typeof text === 'string' && text.trim() !== '';
}

/** `**Label** text` when the content is one paragraph, else a label paragraph before the blocks. */
function labelled(label: string, content: RootContent[]): RootContent[] {
  const strong: PhrasingContent = {type: 'strong', children: [{type: 'text', value: label}]};
  const [first, ...rest] = content;
  if (first?.type === 'paragraph') return [{type: 'paragraph', children: [strong, {type: 'text', value: ' '}, ...first.children]}, ...rest];
  return [{type: 'paragraph', children: [strong]}, ...content];
}

function linkTo(url: string): ListItem {
  const link: Link = {type: 'link', url: url.trim(), children: [{type: 'text', value: url.trim()}]};
  const paragraph: BlockContent = {type: 'paragraph', children: [link]};
  return {type: 'listItem', spread: false, children: [paragraph]};
}

/** `health` as a hand-set status; reasons become plain text, links kept as their address. */
function statusOf(fields: GitlabIndicator, convert: (source: string, inline: boolean) => Root): {status?: ManualStatus; dropped: string[]} {
  const health = fields.health;
  if (!health) return {dropped: []};
  const reasons = (health.reasons ?? [])
    .filter(present)
    .map((reason) => toPlainText(convert(reason, true)))
    .filter(Boolean);
  if (health.level === null || health.level === undefined) {
    return {dropped: reasons.length > 0 ? ['health.reasons (the health has no level)'] : []};
  }
  return {status: {level: HEALTH_STATUS[health.level], reasons}, dropped: []};
}
