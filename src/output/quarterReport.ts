import type {QuarterReport, ReportChange, ReportKpi} from '../compute/quarterReport';
import type {ReportFormat} from '../shared/vocabulary';
import {type CsvValue, toCsv} from './csv';
import {CONFIDENTIAL, statusLabel} from './report';

/** "Not started" for `not-started`: any status level, objectives' included. */
function levelLabel(level: string): string {
  return statusLabel(level as Parameters<typeof statusLabel>[0]);
}

/**
 * A quarterly report as `kpi:report --quarter` writes it: the same report
 * the page shows (`computeQuarterReport`), as Markdown for people, CSV for
 * spreadsheets or JSON for programs. Pure.
 */
export function formatQuarterReport(report: QuarterReport, format: ReportFormat): string {
  switch (format) {
    case 'md':
      return quarterToMarkdown(report);
    case 'csv':
      return quarterToCsv(report);
    case 'json':
      return `${JSON.stringify({generator: 'docusaurus-plugin-kpi', ...withoutCharts(report)}, null, 2)}\n`;
  }
}

/** The report without the charts' geometry, which only a page can draw. */
function withoutCharts(report: QuarterReport) {
  return {...report, areas: report.areas.map((area) => ({...area, kpis: area.kpis.map(({chart: _chart, ...kpi}) => kpi)}))};
}

const NONE = '—';

export function quarterToMarkdown(report: QuarterReport): string {
  const quarter = `Q${report.number} ${report.year}`;
  const lines = [
    `# KPI report, ${quarter}`,
    '',
    `Every KPI as it stood on ${report.formatted.end}, against ${report.formatted.previousEnd} and ${report.formatted.yearBeforeEnd}.`,
    `Quarter from ${report.formatted.start} to ${report.formatted.end}. Online version: ${report.url}`,
    '',
    '## Status changes',
    '',
  ];
  if (report.statusChanges.length === 0) lines.push(`No KPI changed status since ${report.formatted.previousEnd}.`);
  const link = (permalink: string) => (/^https?:/.test(report.url) ? new URL(permalink, report.url).href : permalink);
  for (const change of report.statusChanges) {
    lines.push(
      `- [${text(change.kpi.title)}](${link(change.kpi.permalink)}) (${text(change.area)}): from ${statusLabel(change.from)} to ${statusLabel(change.to)}`,
    );
  }
  lines.push('');
  if (report.objectives.length > 0) {
    lines.push('## Objectives of the quarter', '');
    for (const objective of report.objectives) {
      lines.push(
        `- [${text(objective.title)}](${link(objective.permalink)}) (${objective.period}, ${text(objective.owner)}): ${levelLabel(objective.status.level)}`,
      );
    }
    lines.push('');
  }
  for (const area of report.areas) {
    lines.push(`## ${text(area.title)}`, '');
    lines.push('| KPI | Value | Measured | Against the previous quarter | Against a year before | Status |');
    lines.push('| --- | ---: | --- | ---: | ---: | --- |');
    for (const kpi of area.kpis) lines.push(markdownRow(kpi, link));
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function markdownRow(kpi: ReportKpi, link: (permalink: string) => string): string {
  const change = (value?: ReportChange) =>
    value ? `${value.formatted}, ${value.sentiment === 'unchanged' ? 'no change' : value.sentiment}` : NONE;
  const status = `${statusLabel(kpi.status.level)}${kpi.stale && kpi.status.level !== 'stale' ? ' (stale data)' : ''}`;
  const cells = [
    `[${kpi.title.replace(/[[\]]/g, '\\$&')}](${link(kpi.permalink)})`,
    kpi.formatted.value ?? (kpi.confidential ? CONFIDENTIAL : NONE),
    kpi.formatted.measured ?? NONE,
    change(kpi.changeQuarter),
    change(kpi.changeYear),
    status,
  ];
  return `| ${cells.map(cell).join(' | ')} |`;
}

export const QUARTER_CSV_COLUMNS = [
  'quarter',
  'as_of',
  'area',
  'area_title',
  'kpi',
  'kpi_title',
  'unit',
  'value',
  'measured',
  'change_quarter',
  'change_quarter_relative',
  'change_year',
  'change_year_relative',
  'status',
  'previous_status',
  'status_changed',
  'stale',
  'reasons',
  'confidential',
] as const;

/** One line per KPI, raw values (numbers as numbers, ISO dates). */
export function quarterToCsv(report: QuarterReport): string {
  const rows = report.areas.flatMap((area) =>
    area.kpis.map((kpi): CsvValue[] => [
      report.quarter,
      report.dates.end,
      area.id,
      area.title,
      kpi.id,
      kpi.title,
      kpi.unit,
      kpi.value,
      kpi.measured,
      kpi.changeQuarter?.absolute ?? null,
      kpi.changeQuarter?.relative ?? null,
      kpi.changeYear?.absolute ?? null,
      kpi.changeYear?.relative ?? null,
      kpi.status.level,
      kpi.previousStatus,
      kpi.status.level !== kpi.previousStatus,
      kpi.stale,
      kpi.status.reasons.join('; '),
      kpi.confidential === true,
    ]),
  );
  return toCsv([QUARTER_CSV_COLUMNS, ...rows]);
}

function text(value: string): string {
  return value.replace(/\r?\n/g, ' ');
}

function cell(value: string): string {
  return text(value).replace(/\|/g, '\\|');
}
