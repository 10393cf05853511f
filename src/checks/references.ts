import {type Problem, didYouMean} from '../shared/errors';
import type {KpiDirectiveUse, SourcePage} from './scan';
import type {Registry} from '../types';

/** Directives naming a KPI, area or objective the registry does not have. */
export function findBrokenReferences(uses: readonly KpiDirectiveUse[], registry: Registry): Problem[] {
  const kpiIds = registry.kpis.map((kpi) => kpi.id);
  const areaIds = registry.areas.map((area) => area.id);
  const problems: Problem[] = [];
  for (const use of uses) {
    if (use.target === undefined) continue;
    if (use.kind === 'objective') {
      problems.push(...brokenObjectiveReference(use, registry));
      continue;
    }
    const isArea = use.kind === 'index';
    const known = isArea ? areaIds : kpiIds;
    if (known.includes(use.target)) continue;
    problems.push({
      file: use.page.file,
      line: use.line,
      column: use.column,
      message: `unknown ${isArea ? 'area' : 'KPI'} "${use.target}"`,
      expected: isArea ? `an area id from ${registry.areas[0]?.source.file ?? 'areas.yml'}` : 'a KPI id defined in the KPI registry',
      hint:
        didYouMean(use.target, known) ??
        `known ${isArea ? 'areas' : 'KPIs'}: ${known.slice(0, 8).join(', ')}${known.length > 8 ? ', …' : ''}`,
    });
  }
  return problems;
}

function brokenObjectiveReference(use: KpiDirectiveUse, registry: Registry): Problem[] {
  const known = (registry.objectives ?? []).map((objective) => objective.id);
  if (known.includes(use.target!)) return [];
  return [
    {
      file: use.page.file,
      line: use.line,
      column: use.column,
      message: `unknown objective "${use.target}"`,
      expected:
        known.length > 0 ? 'an objective id from objectives.yml' : "an objective in the KPI folder's objectives.yml, which has none",
      hint:
        didYouMean(use.target!, known) ??
        (known.length > 0 ? `known objectives: ${known.slice(0, 8).join(', ')}${known.length > 8 ? ', …' : ''}` : undefined),
    },
  ];
}

const KIND_PRIORITY: Record<SourcePage['kind'], number> = {docs: 0, pages: 1, blog: 2};

/**
 * The home page of each KPI: the page with a `:::kpi` card for it. When
 * several pages have one, docs win over pages over blog posts, then the
 * shortest permalink (the most general page), then alphabetical order.
 */
export function findHomePages(uses: readonly KpiDirectiveUse[]): Map<string, SourcePage> {
  const homes = new Map<string, SourcePage>();
  for (const use of uses) {
    if (use.kind !== 'card' || use.compact || use.target === undefined) continue;
    const current = homes.get(use.target);
    if (!current || compareHomeCandidates(use.page, current) < 0) homes.set(use.target, use.page);
  }
  return homes;
}

function compareHomeCandidates(a: SourcePage, b: SourcePage): number {
  return KIND_PRIORITY[a.kind] - KIND_PRIORITY[b.kind] || a.permalink.length - b.permalink.length || a.permalink.localeCompare(b.permalink);
}

/** Pages citing each KPI other than its home page, each once, in permalink order. */
export function findBacklinks(uses: readonly KpiDirectiveUse[], homes: ReadonlyMap<string, SourcePage>): Map<string, SourcePage[]> {
  const backlinks = new Map<string, Map<string, SourcePage>>();
  for (const use of uses) {
    if (use.kind === 'index' || use.kind === 'objective' || use.target === undefined) continue;
    if (homes.get(use.target)?.permalink === use.page.permalink) continue;
    const pages = backlinks.get(use.target) ?? new Map<string, SourcePage>();
    pages.set(use.page.permalink, use.page);
    backlinks.set(use.target, pages);
  }
  return new Map([...backlinks].map(([id, pages]) => [id, [...pages.values()].sort((a, b) => a.permalink.localeCompare(b.permalink))]));
}

/** Each KPI's home page and backlinks, from the directives of the site's pages. */
export function findPageLinks(uses: readonly KpiDirectiveUse[]): {homes: Map<string, SourcePage>; backlinks: Map<string, SourcePage[]>} {
  const homes = findHomePages(uses);
  return {homes, backlinks: findBacklinks(uses, homes)};
}
