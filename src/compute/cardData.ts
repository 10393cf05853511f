import type {Area, KpiCardData, KpiDefinition, KpiValues, SeriesPoint} from '../types';
import type {ValueFormatter} from './format';
import {computeSparkline} from './sparkline';
import {numericPoints} from './trend';

export interface CardContext {
  area: Area;
  /** Route of the KPI's page, with baseUrl. */
  permalink: string;
  formatter: ValueFormatter;
}

/** The JSON a card renders: values computed, strings formatted for the locale. */
export function toKpiCardData(
  kpi: KpiDefinition,
  values: KpiValues,
  series: readonly SeriesPoint[] | undefined,
  {area, permalink, formatter}: CardContext,
): KpiCardData {
  const {latest, previous, change, target, progress} = values;
  const shown = numericPoints((series ?? []).filter((point) => !latest || point.date <= latest.date));
  const sparkline = computeSparkline(shown, target?.value);
  const card: KpiCardData = {
    id: kpi.id,
    title: kpi.title,
    area: {id: area.id, title: area.title},
    permalink,
    unit: kpi.unit,
    direction: kpi.direction,
    tags: kpi.tags,
    cadence: kpi.cadence,
    status: values.status,
    stale: values.stale,
    formatted: {
      ...(latest && {value: formatter.value(latest.value), asOf: formatter.date(latest.date)}),
      ...(previous && {previous: formatter.value(previous.value)}),
      ...(change && {change: formatter.change(change.absolute)}),
      ...(change?.relative != null && {changeRelative: formatter.relative(change.relative)}),
      ...(target && {target: formatter.value(target.value), targetBy: formatter.date(target.by)}),
      ...(progress !== undefined && {progress: formatter.share(progress)}),
    },
  };
  if (kpi.owner) card.owner = kpi.owner;
  if (change) card.change = change;
  if (progress !== undefined) card.progress = progress;
  if (sparkline) {
    card.sparkline = sparkline;
    card.sparklineDescription = describeSeries(shown, formatter, kpi.cadence);
  }
  return card;
}

/** Text alternative for a trend line: span, range and latest value. */
export function describeSeries(
  points: readonly {date: string; value: number}[],
  formatter: ValueFormatter,
  cadence: string,
): string {
  const first = points[0]!;
  const last = points.at(-1)!;
  const values = points.map((point) => point.value);
  return (
    `${points.length} ${cadence} values from ${formatter.month(first.date)} to ${formatter.month(last.date)}: ` +
    `from ${formatter.value(first.value)} to ${formatter.value(last.value)}, ` +
    `lowest ${formatter.value(Math.min(...values))}, highest ${formatter.value(Math.max(...values))}.`
  );
}

/** Card for an id the registry does not know, when broken references only warn. */
export function missingKpiCard(id: string): KpiCardData {
  return {
    id,
    title: id,
    area: {id: '', title: ''},
    permalink: '',
    unit: 'count',
    direction: 'up',
    tags: [],
    cadence: 'monthly',
    status: {level: 'no-data', reasons: [`No KPI "${id}" in the registry.`], origin: 'computed'},
    stale: false,
    formatted: {},
    missing: true,
  };
}
