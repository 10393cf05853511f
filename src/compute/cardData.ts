import type {Area, Change, KpiCardData, KpiDefinition, KpiReferenceData, KpiValues, SeriesPoint} from '../types';
import type {ValueFormatter} from './format';
import {computeSparkline} from './sparkline';
import {numericPoints, pointsUpTo} from './trend';

export interface CardContext {
  area: Area;
  /** Route of the KPI's page, with baseUrl. */
  permalink: string;
  formatter: ValueFormatter;
  /** ISO date of the last successful query, when the KPI's source was down and a cached result stands in. */
  lastSuccessfulQuery?: string;
}

/** The JSON a card renders: values computed, strings formatted for the locale. */
export function toKpiCardData(
  kpi: KpiDefinition,
  values: KpiValues,
  series: readonly SeriesPoint[] | undefined,
  {area, permalink, formatter, lastSuccessfulQuery}: CardContext,
): KpiCardData {
  const {latest, previous, change, target, progress} = values;
  const shown = numericPoints(latest ? pointsUpTo(series ?? [], latest.date) : (series ?? []));
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
      ...(lastSuccessfulQuery && {lastSuccessfulQuery: formatter.date(lastSuccessfulQuery)}),
    },
  };
  if (kpi.owner) card.owner = kpi.owner;
  if (change) card.change = roundChange(change);
  if (progress !== undefined) card.progress = roundForDisplay(progress);
  if (sparkline) {
    card.sparkline = sparkline;
    card.sparklineDescription = describeSeries(shown, formatter, kpi.cadence);
    const [from, to] = [shown[0]!.date, shown.at(-1)!.date];
    const events = (kpi.events ?? []).filter((event) => event.date >= from && event.date <= to);
    if (events.length > 0) card.events = events.map((event) => ({date: formatter.date(event.date), label: event.label}));
  }
  return card;
}

/**
 * The card's numbers only steer what it draws (which way the arrow points,
 * how long the progress bar is); its text is the formatted strings. Six
 * significant digits are more than any of that shows, and drop the float
 * noise of a subtraction (-4.889999999999986) from every page that loads the card.
 * The exact values are in `kpis.json`.
 */
function roundForDisplay(value: number): number {
  return Number(value.toPrecision(6));
}

function roundChange(change: Change): Change {
  return {
    absolute: roundForDisplay(change.absolute),
    relative: change.relative === null ? null : roundForDisplay(change.relative),
    sentiment: change.sentiment,
  };
}

/** The part of a card an inline reference shows. */
export function toKpiReferenceData(card: KpiCardData): KpiReferenceData {
  const {value, change, target, targetBy} = card.formatted;
  return {
    id: card.id,
    title: card.title,
    permalink: card.permalink,
    status: {level: card.status.level},
    formatted: {
      ...(value !== undefined && {value}),
      ...(change !== undefined && {change}),
      ...(target !== undefined && {target}),
      ...(targetBy !== undefined && {targetBy}),
    },
    ...(card.missing && {missing: true}),
    ...(card.confidential && {confidential: true}),
  };
}

/** Text alternative for a trend line: span, range and latest value. */
export function describeSeries(points: readonly {date: string; value: number}[], formatter: ValueFormatter, cadence: string): string {
  const first = points[0]!;
  const last = points.at(-1)!;
  // Math.min pair by pair, not spread over an array of every value.
  let [lowest, highest] = [first.value, first.value];
  for (const {value} of points) {
    lowest = Math.min(lowest, value);
    highest = Math.max(highest, value);
  }
  return (
    `${points.length} ${cadence} values from ${formatter.month(first.date)} to ${formatter.month(last.date)}: ` +
    `from ${formatter.value(first.value)} to ${formatter.value(last.value)}, ` +
    `lowest ${formatter.value(lowest)}, highest ${formatter.value(highest)}.`
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
