import {toString} from 'mdast-util-to-string';
import type {
  Area,
  ImpactOutcome,
  KpiDefinition,
  ObjectiveCardData,
  ObjectiveDefinition,
  ObjectiveImpactCardData,
  ObjectiveLink,
  ObjectiveOutcome,
  Registry,
} from '../../types';
import {definitionToHtml} from '../definitions/html';
import {parseDefinition} from '../definitions/parse';
import {createValueFormatter} from '../format';
import {type ObjectiveComputeOptions, computeObjectiveOutcome} from './outcome';
import {areaPermalink, kpiPermalink, objectivePermalink, type PageUrls} from '../permalinks';

export interface ObjectiveCardContext {
  kpis: readonly KpiDefinition[];
  areas: readonly Area[];
  urls: PageUrls;
  locale: string;
}

/** What the objective card shows, formatted for the site's locale. Pure. */
export function toObjectiveCardData(
  objective: ObjectiveDefinition,
  outcome: ObjectiveOutcome,
  context: ObjectiveCardContext,
): ObjectiveCardData {
  const dates = createValueFormatter('count', context.locale);
  const area = context.areas.find((candidate) => candidate.id === objective.area);
  const permalink = objectivePermalink(context.urls, objective.id);
  return {
    id: objective.id,
    title: objective.title,
    permalink,
    owner: objective.owner,
    ...(area && {area: {id: area.id, title: area.title, permalink: areaPermalink(context.urls, area.id)}}),
    phase: outcome.phase,
    period: {label: objective.period.label, from: dates.date(objective.period.from), to: dates.date(objective.period.to)},
    status: outcome.status,
    ...descriptionFields(objective, permalink),
    impacts: outcome.impacts.map((impact, index) => {
      const kpi = context.kpis.find((candidate) => candidate.id === impact.kpi)!;
      const by = objective.impact[index]?.by;
      return toImpactCardData(impact, kpi, by, context);
    }),
  };
}

function toImpactCardData(
  impact: ImpactOutcome,
  kpi: KpiDefinition,
  by: number | undefined,
  context: ObjectiveCardContext,
): ObjectiveImpactCardData {
  const formatter = createValueFormatter(kpi.unit, context.locale);
  const {baseline, current, expected, progress} = impact;
  const formatted: ObjectiveImpactCardData['formatted'] = {
    ...(baseline && {baseline: formatter.value(baseline.value), baselineDate: formatter.date(baseline.date)}),
    ...(expected !== undefined && {expected: formatter.value(expected)}),
    ...(by !== undefined && {by: formatter.change(by)}),
    ...(current && {current: formatter.value(current.value), currentDate: formatter.date(current.date)}),
    ...(progress !== undefined && {progress: formatter.share(progress)}),
  };
  return {
    kpi: {id: kpi.id, title: kpi.title, permalink: kpiPermalink(context.urls, kpi)},
    status: impact.status,
    baselineInPeriod: impact.baselineInPeriod,
    ...(progress !== undefined && {progress}),
    formatted,
  };
}

/** The description as HTML with footnote ids of its own, so several cards can share a page. */
function descriptionFields(objective: ObjectiveDefinition, permalink: string): Pick<ObjectiveCardData, 'descriptionHtml'> {
  if (!objective.description) return {};
  const tree = parseDefinition({...objective, permalink, definition: objective.description});
  return {descriptionHtml: definitionToHtml(tree, {idPrefix: `kpi-objective-${objective.id}-`, footnoteLabelTagName: 'p'})};
}

/** The description as plain text, for a page's meta description. */
export function objectiveDescriptionText(objective: ObjectiveDefinition): string | undefined {
  if (!objective.description) return undefined;
  const tree = parseDefinition({...objective, permalink: '', definition: objective.description});
  return toString({type: 'paragraph', children: tree.definition.filter((node) => node.type !== 'footnoteReference')});
}

/** The objectives that aim at `kpiId`, as its KPI page lists them. */
export function objectivesAimingAt(kpiId: string, cards: readonly ObjectiveCardData[]): ObjectiveLink[] {
  return cards.flatMap((card) => {
    const impact = card.impacts.find((candidate) => candidate.kpi.id === kpiId);
    if (!impact) return [];
    return [
      {
        id: card.id,
        title: card.title,
        permalink: card.permalink,
        period: card.period.label,
        status: {level: card.status.level},
        ...(impact.formatted.expected !== undefined && {expected: impact.formatted.expected}),
      },
    ];
  });
}

/** The card of an id the registry does not know, when the build only warns about it. */
export function missingObjectiveCard(id: string): ObjectiveCardData {
  return {
    id,
    title: id,
    permalink: '',
    owner: '',
    phase: 'current',
    period: {label: '', from: '', to: ''},
    status: {level: 'no-data', reasons: []},
    impacts: [],
    missing: true,
  };
}

export interface ComputedObjective {
  objective: ObjectiveDefinition;
  outcome: ObjectiveOutcome;
  card: ObjectiveCardData;
}

/** Outcome and card data of every objective of the registry, at `asOf`, in the site's locale. Pure. */
export function computeObjectives(
  registry: Pick<Registry, 'kpis' | 'series' | 'objectives' | 'areas'>,
  options: Omit<ObjectiveComputeOptions, 'locale'> & {locale: string; urls: PageUrls},
): ComputedObjective[] {
  const context = {kpis: registry.kpis, areas: registry.areas, urls: options.urls, locale: options.locale};
  return (registry.objectives ?? []).map((objective) => {
    const outcome = computeObjectiveOutcome(objective, registry, options);
    return {objective, outcome, card: toObjectiveCardData(objective, outcome, context)};
  });
}
