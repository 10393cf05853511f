import {toKpiCardData} from './cardData';
import {createValueFormatter} from './format';
import {kpiPermalink, type PageUrls} from './permalinks';
import {type StatusAtDate, statusHistory} from './statusHistory';
import {type ComputeOptions, computeKpiValues} from './values';
import type {KpiCardData, KpiDefinition, KpiValues, Registry} from '../types';

export interface ComputedKpi {
  kpi: KpiDefinition;
  values: KpiValues;
  card: KpiCardData;
  /** The status judged at each of the last 12 period ends up to `asOf`, oldest first. */
  history: StatusAtDate[];
}

/** Values and card data of every KPI, formatted for `locale`. Pure. */
export function computeRegistry(
  registry: Registry,
  options: Omit<ComputeOptions, 'formatValue' | 'formatDate'> & {locale: string; urls: PageUrls},
): ComputedKpi[] {
  const areas = new Map(registry.areas.map((area) => [area.id, area]));
  return registry.kpis.map((kpi) => {
    const formatter = createValueFormatter(kpi.unit, options.locale);
    const series = registry.series[kpi.id];
    const judging = {...options, formatValue: formatter.value, formatDate: formatter.date};
    const values = computeKpiValues(kpi, series, judging);
    const card = toKpiCardData(kpi, values, series, {
      area: areas.get(kpi.area)!,
      permalink: kpiPermalink(options.urls, kpi),
      formatter,
      lastSuccessfulQuery: registry.lastSuccessfulQuery?.[kpi.id],
    });
    return {kpi, values, card, history: statusHistory(kpi, series, judging)};
  });
}
