import type {SourceIndicator} from '../../data/import/gitlabFolder';
import {toId} from '../../shared/ids';
import type {ManualStatus, SourcePosition} from '../../types';
import {summarize} from './html';
import {convertKpiText} from './kpiText';

/** A registry drafted from imported indicators: what `kpi:import` writes. */
export interface ImportedRegistry {
  areas: ImportedArea[];
  /** One per area, in the order of `areas`. */
  areaFiles: ImportedAreaFile[];
  /** One per KPI, in the order of the area files. */
  notes: KpiImportNote[];
}

export interface ImportedArea {
  id: string;
  title: string;
}

export interface ImportedAreaFile {
  area: string;
  /** The file name in the registry folder, like `engineering.yml`. */
  fileName: string;
  kpis: ImportedKpi[];
}

/** A KPI in the registry's own fields, ready to be written. */
export interface ImportedKpi {
  id: string;
  title: string;
  definition?: string;
  parent?: string;
  status?: ManualStatus;
  confidential?: true;
}

/** What the import did with one indicator, for its report. */
export interface KpiImportNote {
  area: string;
  kpi: string;
  source: SourcePosition;
  /** Fields and values not carried over, with why when it helps. */
  dropped: string[];
  /** Unsafe HTML taken out: `<script>`, `a javascript: link (2 times)` … */
  removed: string[];
  /** Relative links left as written, which may not exist on this site. */
  relative: string[];
}

export interface ImportOptions {
  /** Where the source's pages were published, like https://handbook.example.org: relative links are resolved against it. */
  linkBase?: string;
}

/** File names of the registry folder that an area file must not take. */
const RESERVED_FILE_NAMES = ['areas', 'objectives'];

/** Why a field the registry has no place for is dropped, where a reason helps. */
const DROP_REASONS: Record<string, string> = {
  sisense_data: 'sisense_data (a chart of the source: give the KPI a series with `data:` instead)',
};

interface Draft {
  indicator: SourceIndicator;
  area: string;
  kpi: ImportedKpi;
  note: KpiImportNote;
}

/**
 * One area per `org` (in the order first met), one KPI per indicator, with
 * unique ids from names; key indicators come first in their area. Parents are
 * the indicators their `parent` link's anchor names.
 */
export function convertGitlab(indicators: readonly SourceIndicator[], options: ImportOptions = {}): ImportedRegistry {
  const areaIds = new Map<string, string>();
  const areas: ImportedArea[] = [];
  const kpiIds = new Set<string>();
  const drafts = indicators.map((indicator): Draft => {
    const org = indicator.fields.org.trim();
    let area = areaIds.get(org.toLowerCase());
    if (area === undefined) {
      area = uniqueId(toId(org) || 'area', new Set(areas.map(({id}) => id)));
      areaIds.set(org.toLowerCase(), area);
      areas.push({id: area, title: org});
    }
    const id = uniqueId(toId(indicator.fields.name) || 'kpi', kpiIds);
    kpiIds.add(id);
    return draftOf(indicator, area, id, options);
  });
  linkParents(drafts);
  const areaFiles = areas.map(({id}) => ({
    area: id,
    fileName: `${RESERVED_FILE_NAMES.includes(id) ? `${id}-kpis` : id}.yml`,
    drafts: keyFirst(drafts.filter((draft) => draft.area === id)),
  }));
  return {
    areas,
    areaFiles: areaFiles.map(({area, fileName, drafts: inArea}) => ({area, fileName, kpis: inArea.map(({kpi}) => kpi)})),
    notes: areaFiles.flatMap(({drafts: inArea}) => inArea.map(({note}) => ({...note, removed: summarize(note.removed)}))),
  };
}

function draftOf(indicator: SourceIndicator, area: string, id: string, options: ImportOptions): Draft {
  const {fields} = indicator;
  const pageUrl = options.linkBase ? new URL(fields.base_path?.trim() || '/', options.linkBase).href : undefined;
  const text = convertKpiText(fields, pageUrl ? {pageUrl} : {});
  const kpi: ImportedKpi = {
    id,
    title: fields.name.trim(),
    ...(text.definition && {definition: text.definition}),
    ...(text.status && {status: text.status}),
    ...(fields.public === false && {confidential: true as const}),
  };
  const dropped = [
    ...indicator.otherFields.map((field) => DROP_REASONS[field] ?? field),
    ...(fields.sisense_data !== undefined && fields.sisense_data !== null ? [DROP_REASONS.sisense_data!] : []),
    ...text.dropped,
  ];
  const note: KpiImportNote = {area, kpi: id, source: indicator.source, dropped, removed: text.removed, relative: text.relative};
  return {indicator, area, kpi, note};
}

function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

/** Key indicators first, each group in the order written. */
function keyFirst(drafts: Draft[]): Draft[] {
  return [
    ...drafts.filter((draft) => draft.indicator.fields.is_key === true),
    ...drafts.filter((draft) => draft.indicator.fields.is_key !== true),
  ];
}

/** A page path without its trailing slash, for comparing `base_path` and a parent link's path. */
function pagePath(path: string): string {
  return path.replace(/\/+$/, '') || '/';
}

/**
 * `parent` is a link to the parent's heading, like `/handbook/company/kpis/#net-arr`:
 * the parent is the indicator whose name gives that anchor, the one on that
 * page when several do. A parent that cannot be found, or that would close a
 * loop, is left out and reported.
 */
function linkParents(drafts: Draft[]): void {
  const byAnchor = new Map<string, Draft[]>();
  for (const draft of drafts) {
    const anchor = toId(draft.indicator.fields.name);
    byAnchor.set(anchor, [...(byAnchor.get(anchor) ?? []), draft]);
  }
  for (const draft of drafts) {
    const link = draft.indicator.fields.parent?.trim();
    if (!link) continue;
    const own = draft.indicator.fields.base_path?.trim() || '/';
    const url = parseLink(link, own);
    if (!url) {
      draft.note.dropped.push(`parent ${link} (not a link)`);
      continue;
    }
    const candidates = byAnchor.get(toId(decodeURIComponent(url.hash.slice(1)))) ?? [];
    const onPage = candidates.filter((other) => pagePath(other.indicator.fields.base_path?.trim() || '/') === pagePath(url.pathname));
    const parent = candidates.length === 1 ? candidates[0] : onPage.length === 1 ? onPage[0] : undefined;
    if (!url.hash) draft.note.dropped.push(`parent ${link} (the link names no heading)`);
    else if (!parent)
      draft.note.dropped.push(
        `parent ${link} (${candidates.length === 0 ? 'no imported indicator has this name' : 'several imported indicators have this name'})`,
      );
    else if (parent === draft) draft.note.dropped.push(`parent ${link} (it is the indicator itself)`);
    else draft.kpi.parent = parent.kpi.id;
  }
  breakLoops(drafts);
}

function parseLink(link: string, page: string): URL | undefined {
  try {
    return new URL(link, new URL(page, 'https://source.invalid'));
  } catch {
    return undefined;
  }
}

/** In a loop of parents, the parent of the KPI written last is left out: the link that closes the loop. */
function breakLoops(drafts: Draft[]): void {
  const byId = new Map(drafts.map((draft) => [draft.kpi.id, draft]));
  for (const draft of drafts) {
    const loop: Draft[] = [draft];
    for (let current = byId.get(draft.kpi.parent ?? ''); current && !loop.includes(current); current = byId.get(current.kpi.parent ?? '')) {
      loop.push(current);
    }
    const last = loop.at(-1)!;
    if (loop.length < 2 || last.kpi.parent !== draft.kpi.id) continue;
    const closing = loop.reduce((latest, one) => (drafts.indexOf(one) > drafts.indexOf(latest) ? one : latest));
    closing.note.dropped.push(`parent ${closing.indicator.fields.parent!.trim()} (it would make a loop of parents)`);
    delete closing.kpi.parent;
  }
}
