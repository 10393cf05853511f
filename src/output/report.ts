import type {ComputedKpi} from '../compute/registry';
import {STATUS_LEVELS, type ReportFormat, type StatusLevel, type StatusOrigin} from '../shared/vocabulary';
import type {Registry} from '../types';
import {type CsvValue, toCsv} from './csv';

/**
 * A dated snapshot of every KPI, for a stakeholder report: what
 * `docusaurus kpi:report` writes. Everything here is pure.
 */

/** One KPI at the report date: raw values for machines, formatted ones (site locale) for people. */
export interface ReportRow {
  area: {id: string; title: string};
  kpi: {id: string; title: string};
  /** The KPI's page on the site: absolute when the site URL is known. */
  url: string;
  unit: string;
  owner: string | null;
  /** Latest measurement on or before the report date. */
  value: number | string | null;
  /** Date of that measurement, ISO. */
  measured: string | null;
  /** Latest minus previous measurement. */
  change: number | null;
  /** Relative change, e.g. -0.1 for −10 %; null when the previous value is zero. */
  changeRelative: number | null;
  /** The target in force at the report date. */
  target: number | null;
  /** Its due date, ISO. */
  due: string | null;
  status: StatusLevel;
  /** Whether the status was computed or set by hand in the registry. */
  statusOrigin: StatusOrigin;
  reasons: string[];
  stale: boolean;
  /** A `confidential: true` KPI whose values the report leaves out (no `showConfidential`). */
  confidential: boolean;
  formatted: {value: string | null; measured: string | null; change: string | null; target: string | null; due: string | null};
}

export interface KpiReport {
  /** ISO date the report is computed at. */
  asOf: string;
  rows: ReportRow[];
}

/** The report rows of `computed` (already computed at `asOf`), in registry order; links absolute when `siteUrl` is given. */
export function toReport(registry: Registry, computed: readonly ComputedKpi[], asOf: string, siteUrl?: string): KpiReport {
  const areas = new Map(registry.areas.map((area) => [area.id, area]));
  const rows = computed.map(({kpi, values, card}): ReportRow => {
    const area = areas.get(kpi.area);
    const {formatted} = card;
    return {
      area: {id: kpi.area, title: area?.title ?? kpi.area},
      kpi: {id: kpi.id, title: kpi.title},
      url: siteUrl ? new URL(card.permalink, siteUrl).href : card.permalink,
      unit: kpi.unit,
      owner: kpi.owner ?? null,
      value: values.latest?.value ?? null,
      measured: values.latest?.date ?? null,
      change: tidy(values.change?.absolute),
      changeRelative: tidy(values.change?.relative),
      target: values.target?.value ?? null,
      due: values.target?.by ?? null,
      status: values.status.level,
      statusOrigin: values.status.origin,
      reasons: values.status.reasons,
      stale: values.stale,
      confidential: card.confidential === true,
      formatted: {
        value: formatted.value ?? null,
        measured: formatted.asOf ?? null,
        change:
          formatted.change === undefined
            ? null
            : formatted.changeRelative
              ? `${formatted.change} (${formatted.changeRelative})`
              : formatted.change,
        target: formatted.target ?? null,
        due: formatted.targetBy ?? null,
      },
    };
  });
  return {asOf, rows};
}

/** Without floating point noise: 0.2 rather than 0.20000000000000284. */
function tidy(value: number | null | undefined): number | null {
  return value === undefined || value === null ? null : Number(value.toPrecision(12));
}

export function formatReport(report: KpiReport, format: ReportFormat): string {
  switch (format) {
    case 'md':
      return toMarkdown(report);
    case 'csv':
      return reportToCsv(report);
    case 'json':
      return toJson(report);
  }
}

/** "On track" for `on-track`. */
export function statusLabel(level: StatusLevel): string {
  const words = level.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const NONE = '—';
/** In place of the value of a confidential KPI. */
export const CONFIDENTIAL = 'confidential';

/** A table per area, formatted for people, with the date in the title. */
export function toMarkdown(report: KpiReport): string {
  const lines = [`# KPI report as of ${report.asOf}`, ''];
  const areas = groupByArea(report.rows);
  if (areas.length === 0) lines.push('No KPIs in the registry.', '');
  const counts = countStatuses(report.rows);
  if (counts.length > 0)
    lines.push(
      `${report.rows.length} KPIs: ${counts.map(([level, count]) => `${count} ${statusLabel(level).toLowerCase()}`).join(', ')}.`,
      '',
    );
  for (const [area, rows] of areas) {
    lines.push(`## ${cell(area.title)}`, '');
    lines.push('| KPI | Value | Measured | Change | Target | Due | Status | Reasons |');
    lines.push('| --- | ---: | --- | ---: | ---: | --- | --- | --- |');
    for (const row of rows) {
      const status = `${statusLabel(row.status)}${row.stale ? ' (stale data)' : ''}`;
      lines.push(
        `| ${[
          `[${row.kpi.title.replace(/[[\]]/g, '\\$&')}](${row.url})`,
          row.formatted.value ?? (row.confidential ? CONFIDENTIAL : NONE),
          row.formatted.measured ?? NONE,
          row.formatted.change ?? NONE,
          row.formatted.target ?? NONE,
          row.formatted.due ?? NONE,
          status,
          row.reasons.join('; ') || NONE,
        ]
          .map(cell)
          .join(' | ')} |`,
      );
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

export const CSV_COLUMNS = [
  'as_of',
  'area',
  'area_title',
  'kpi',
  'kpi_title',
  'url',
  'unit',
  'owner',
  'value',
  'measured',
  'change',
  'change_relative',
  'target',
  'due',
  'status',
  'status_origin',
  'stale',
  'reasons',
  'confidential',
] as const;

/** One line per KPI with raw values (numbers as numbers, ISO dates), for spreadsheets. */
export function reportToCsv(report: KpiReport): string {
  const rows = report.rows.map((row): CsvValue[] => [
    report.asOf,
    row.area.id,
    row.area.title,
    row.kpi.id,
    row.kpi.title,
    row.url,
    row.unit,
    row.owner,
    row.value,
    row.measured,
    row.change,
    row.changeRelative,
    row.target,
    row.due,
    row.status,
    row.statusOrigin,
    row.stale,
    row.reasons.join('; '),
    row.confidential,
  ]);
  return toCsv([CSV_COLUMNS, ...rows]);
}

export function toJson(report: KpiReport): string {
  return `${JSON.stringify({generator: 'docusaurus-plugin-kpi', asOf: report.asOf, kpis: report.rows}, null, 2)}\n`;
}

/** Text safe inside a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function groupByArea(rows: readonly ReportRow[]): [ReportRow['area'], ReportRow[]][] {
  const groups = new Map<string, [ReportRow['area'], ReportRow[]]>();
  for (const row of rows) {
    const group = groups.get(row.area.id) ?? [row.area, []];
    group[1].push(row);
    groups.set(row.area.id, group);
  }
  return [...groups.values()];
}

function countStatuses(rows: readonly ReportRow[]): [StatusLevel, number][] {
  return STATUS_LEVELS.map((level): [StatusLevel, number] => [level, rows.filter((row) => row.status === level).length]).filter(
    ([, count]) => count > 0,
  );
}
