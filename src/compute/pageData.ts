import {toString} from 'mdast-util-to-string';
import {definitionToHtml} from './definitions/html';
import {parseDefinition} from './definitions/parse';
import {computeChart, describeChart} from './chart';
import {type ValueFormatter, createValueFormatter} from './format';
import {areaPermalink, indexPermalink, type PageUrls} from './permalinks';
import type {ComputedKpi} from './registry';
import {smartChecklist} from './smart';
import type {AreaSummary, KpiDefinition, KpiEvent, KpiIndexData, KpiPageData, PageLink, Registry, SeriesPoint} from '../types';

/** The pages each KPI is linked from: found by the checks, which scan the site's pages. */
export interface PageLinks {
  homes: ReadonlyMap<string, PageLink>;
  backlinks: ReadonlyMap<string, readonly PageLink[]>;
}

export function toIndexData(
  registry: Registry,
  computed: readonly ComputedKpi[],
  links: PageLinks,
  urls: PageUrls,
  asOf: string,
): KpiIndexData {
  const areas: AreaSummary[] = registry.areas.map((area) => {
    const kpis = computed
      .filter(({kpi}) => kpi.area === area.id)
      .map(({kpi, card}) => {
        const home = links.homes.get(kpi.id);
        return {
          id: kpi.id,
          title: kpi.title,
          permalink: card.permalink,
          status: card.status.level,
          tags: kpi.tags,
          ...(card.formatted.value !== undefined && {value: card.formatted.value}),
          ...(card.confidential && {confidential: true}),
          ...(home && {home: toLink(home)}),
          children: computed.filter((other) => other.kpi.parent === kpi.id).map((other) => other.kpi.id),
          ...(kpi.parent && {parent: kpi.parent}),
        };
      });
    const home = mostCommonHome(kpis.map((kpi) => kpi.home));
    return {
      id: area.id,
      title: area.title,
      ...(area.description && {description: area.description}),
      ...(area.owner && {owner: area.owner}),
      permalink: areaPermalink(urls, area.id),
      ...(home && {home}),
      kpis,
    };
  });
  return {areas, asOf};
}

export function toPageData(
  entry: ComputedKpi,
  computed: readonly ComputedKpi[],
  registry: Registry,
  links: PageLinks,
  urls: PageUrls,
  locale: string,
): KpiPageData {
  const {kpi, values, card} = entry;
  const formatter = createValueFormatter(kpi.unit, locale);
  const area = registry.areas.find((candidate) => candidate.id === kpi.area)!;
  const linkTo = (other: ComputedKpi): PageLink => ({permalink: other.card.permalink, title: other.kpi.title});
  const parent = computed.find((other) => other.kpi.id === kpi.parent);
  const home = links.homes.get(kpi.id);
  const series = registry.series[kpi.id] ?? [];
  // The chart shows what the card does: measurements up to the latest one as of `asOf`.
  const latest = values.latest;
  const charted = latest ? series.filter((point) => point.date <= latest.date) : [];
  const geometry = computeChart(charted, kpi.targets, formatter, {events: kpi.events});
  const chart = geometry && {geometry, description: describeChart(charted, formatter, kpi.cadence)!};
  return {
    card,
    area: {id: area.id, title: area.title, permalink: areaPermalink(urls, area.id)},
    indexPermalink: indexPermalink(urls),
    ...definitionFields(kpi, card.permalink),
    targets: kpi.targets.map((target) => ({
      value: formatter.value(target.value),
      by: formatter.date(target.by),
      ...(target.label && {label: target.label}),
      inForce: target === values.target,
    })),
    points: tableRows(series, kpi.events ?? [], formatter),
    ...(home && {home: toLink(home)}),
    backlinks: (links.backlinks.get(kpi.id) ?? []).map(toLink),
    ...(parent && {parent: linkTo(parent)}),
    children: computed.filter((other) => other.kpi.parent === kpi.id).map(linkTo),
    ...(chart && {chart}),
    ...computationField(kpi, registry, locale),
    statusHistory: entry.history.map(({date, status}) => ({
      date,
      label: kpi.cadence === 'monthly' ? formatter.month(date) : formatter.date(date),
      status,
    })),
    smart: smartChecklist(kpi, latest !== undefined || card.confidential === true, {
      formatValue: formatter.value,
      formatDate: formatter.date,
      areaTitle: area.title,
      ...(parent && {parentTitle: parent.kpi.title}),
    }),
    ...(series.length > 0 && {download: {csv: `${card.permalink.replace(/\/$/, '')}.csv`}}),
  };
}

/** The rows of the data table: measurements and events merged by date, an event on a measurement's date joining its row. */
function tableRows(series: readonly SeriesPoint[], events: readonly KpiEvent[], formatter: ValueFormatter): KpiPageData['points'] {
  const byDate = new Map<string, KpiEvent[]>();
  for (const event of events) byDate.set(event.date, [...(byDate.get(event.date) ?? []), event]);
  const measured = new Set(series.map((point) => point.date));
  const rows: {iso: string; row: KpiPageData['points'][number]}[] = series.map((point) => {
    const onDay = byDate.get(point.date);
    return {
      iso: point.date,
      row: {
        date: formatter.date(point.date),
        value: formatter.value(point.value),
        ...(point.note && {note: point.note}),
        ...(onDay && {events: onDay.map((event) => event.label)}),
      },
    };
  });
  for (const [date, onDay] of byDate) {
    if (!measured.has(date)) rows.push({iso: date, row: {date: formatter.date(date), events: onDay.map((event) => event.label)}});
  }
  // Stable: an event row sorts after nothing it shares a date with (its date has no measurement).
  return rows.sort((a, b) => (a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : 0)).map(({row}) => row);
}

function definitionFields(kpi: KpiDefinition, permalink: string): Pick<KpiPageData, 'description' | 'definitionHtml'> {
  if (!kpi.definition) return {};
  const tree = parseDefinition({id: kpi.id, title: kpi.title, permalink, definition: kpi.definition, footnotes: kpi.footnotes});
  return {
    description: toString({type: 'paragraph', children: tree.definition.filter((node) => node.type !== 'footnoteReference')}),
    definitionHtml: definitionToHtml(tree),
  };
}

function computationField(kpi: KpiDefinition, registry: Registry, locale: string): Pick<KpiPageData, 'computation'> {
  const computation = registry.computations?.[kpi.id];
  if (!computation) return {};
  const written = kpi.metric && {
    from: kpi.metric.from,
    time: kpi.metric.time,
    measure: kpi.metric.measure,
    where: kpi.metric.where,
    window: kpi.metric.window > 1 ? String(kpi.metric.window) : undefined,
    cumulative: kpi.metric.cumulative ? 'true' : undefined,
    source: kpi.metric.source,
  };
  const computedAt = new Intl.DateTimeFormat(locale, {dateStyle: 'long', timeStyle: 'long', timeZone: 'UTC'});
  return {
    computation: {
      kind: computation.kind,
      fields: Object.entries(written ?? {}).flatMap(([name, value]) => (value === undefined ? [] : [{name, value}])),
      sql: computation.sql,
      files: computation.files,
      ...(computation.source !== 'embedded' && {source: computation.source}),
      computedAt: computedAt.format(new Date(computation.computedAt)),
    },
  };
}

function toLink(page: PageLink): PageLink {
  return {permalink: page.permalink, title: page.title};
}

function mostCommonHome(homes: (PageLink | undefined)[]): PageLink | undefined {
  const counts = new Map<string, {link: PageLink; count: number}>();
  for (const home of homes) {
    if (!home) continue;
    const entry = counts.get(home.permalink) ?? {link: home, count: 0};
    entry.count++;
    counts.set(home.permalink, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count)[0]?.link;
}
