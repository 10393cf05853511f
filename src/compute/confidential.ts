import type {ComputedKpi} from './registry';
import type {KpiCardData, KpiStatus, KpiValues, Registry} from '../types';

export interface ShownKpis {
  registry: Registry;
  computed: ComputedKpi[];
}

/**
 * What a build may show of `confidential: true` KPIs: their title,
 * definition, owner, targets and status level stay; their series, values,
 * change, progress, projection, sparkline and computed reasons (which quote
 * values) go, so no page, data module, chart, table, CSV or `kpis.json` can
 * carry them. The status is judged on the full series first. Everything the
 * build renders or writes reads the result, so this is the only place that
 * decides. `showConfidential` (an internal build) keeps everything. Pure.
 */
export function withoutConfidentialValues(registry: Registry, computed: readonly ComputedKpi[], showConfidential: boolean): ShownKpis {
  const confidential = new Set(registry.kpis.filter((kpi) => kpi.confidential && !showConfidential).map((kpi) => kpi.id));
  if (confidential.size === 0) return {registry, computed: [...computed]};
  const series = Object.fromEntries(Object.entries(registry.series).filter(([id]) => !confidential.has(id)));
  return {
    registry: {...registry, series},
    computed: computed.map((entry) =>
      confidential.has(entry.kpi.id)
        ? {
            kpi: entry.kpi,
            values: redactValues(entry.values),
            card: redactCard(entry.card),
            history: entry.history.map(({date, status}) => ({date, status: redactStatus(status)})),
          }
        : entry,
    ),
  };
}

function redactValues({target, stale, status}: KpiValues): KpiValues {
  return {...(target && {target}), stale, status: redactStatus(status)};
}

/** Reasons given by hand are the author's words; computed ones quote the values. */
function redactStatus(status: KpiStatus): KpiStatus {
  return status.origin === 'manual' ? status : {...status, reasons: []};
}

function redactCard(card: KpiCardData): KpiCardData {
  const {target, targetBy} = card.formatted;
  return {
    id: card.id,
    title: card.title,
    area: card.area,
    permalink: card.permalink,
    unit: card.unit,
    direction: card.direction,
    tags: card.tags,
    cadence: card.cadence,
    ...(card.owner !== undefined && {owner: card.owner}),
    status: redactStatus(card.status),
    stale: card.stale,
    formatted: {...(target !== undefined && {target}), ...(targetBy !== undefined && {targetBy})},
    confidential: true,
  };
}
