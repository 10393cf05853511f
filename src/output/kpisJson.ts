import {applyTrailingSlash} from '@docusaurus/utils-common';
import type {ComputedKpi} from '../compute/registry';
import type {PageLinks} from '../compute/pageData';
import type {ComputedObjective} from '../compute/objectives';
import type {PageLink, Registry} from '../types';

/** Version of the `kpis.json` shape; bumped on any breaking change. */
export const KPIS_JSON_SCHEMA_VERSION = 1;

/**
 * The whole registry with computed values, for dashboards and reports outside
 * the site. Deterministic: no build time, keys in a fixed order.
 */
export function toKpisJson(
  registry: Registry,
  computed: readonly ComputedKpi[],
  links: PageLinks,
  {
    asOf,
    siteUrl,
    baseUrl = '/',
    trailingSlash,
    objectives = [],
  }: {asOf: string; siteUrl: string; baseUrl?: string; trailingSlash?: boolean; objectives?: readonly ComputedObjective[]},
) {
  // As the site serves it, under its trailingSlash setting, like its sitemap and canonical links.
  const absolute = (permalink: string) => new URL(applyTrailingSlash(permalink, {baseUrl, trailingSlash}), siteUrl).href;
  const link = (page: PageLink | undefined) => page && {title: page.title, url: absolute(page.permalink)};
  return {
    schemaVersion: KPIS_JSON_SCHEMA_VERSION,
    generator: 'docusaurus-plugin-kpi',
    asOf,
    areas: registry.areas.map((area) => ({
      id: area.id,
      title: area.title,
      description: area.description ?? null,
      owner: area.owner ?? null,
      kpis: computed.filter(({kpi}) => kpi.area === area.id).map(({kpi}) => kpi.id),
    })),
    kpis: computed.map(({kpi, values, card, history}) => ({
      id: kpi.id,
      area: kpi.area,
      title: kpi.title,
      definition: kpi.definition ?? null,
      footnotes: kpi.footnotes,
      unit: kpi.unit,
      direction: kpi.direction,
      tags: kpi.tags,
      cadence: kpi.cadence,
      owner: kpi.owner ?? null,
      parent: kpi.parent ?? null,
      confidential: kpi.confidential === true,
      targets: kpi.targets,
      target: values.target ?? null,
      latest: values.latest ?? null,
      previous: values.previous ?? null,
      change: values.change ?? null,
      progress: values.progress ?? null,
      projected: values.projected ?? null,
      stale: values.stale,
      status: values.status,
      statusHistory: history.map(({date, status}) => ({date, level: status.level, reasons: status.reasons, origin: status.origin})),
      events: kpi.events ?? [],
      formatted: card.formatted,
      url: absolute(card.permalink),
      home: link(links.homes.get(kpi.id)) ?? null,
      backlinks: (links.backlinks.get(kpi.id) ?? []).map(link),
      series: registry.series[kpi.id] ?? [],
      computation: registry.computations?.[kpi.id] ?? null,
    })),
    objectives: objectives.map((objective) => objectiveJson(objective, absolute)),
  };
}

/** An objective as written, with its outcome at `asOf`. */
function objectiveJson({objective, outcome, card}: ComputedObjective, absolute: (permalink: string) => string) {
  return {
    id: objective.id,
    title: objective.title,
    period: objective.period,
    owner: objective.owner,
    area: objective.area ?? null,
    description: objective.description ?? null,
    footnotes: objective.footnotes,
    phase: outcome.phase,
    status: outcome.status,
    impacts: objective.impact.map((impact, index) => {
      // One outcome per impact, in order: impacts name known KPIs once the registry has loaded.
      const computed = outcome.impacts[index];
      return {
        kpi: impact.kpi,
        to: impact.to ?? null,
        by: impact.by ?? null,
        baseline: computed?.baseline ?? null,
        baselineInPeriod: computed?.baselineInPeriod ?? false,
        expected: computed?.expected ?? null,
        current: computed?.current ?? null,
        progress: computed?.progress ?? null,
        status: computed?.status ?? null,
        formatted: card.impacts[index]?.formatted ?? {},
      };
    }),
    url: absolute(card.permalink),
  };
}
