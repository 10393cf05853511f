import type {Area, SeriesPoint} from '../types';
import type {Problem} from './errors';
import {KpiOptionsError} from './errors';

/** Calendar quarters, as quarterly reports name them: `2026-Q3` in options and on the command line, `2026-q3` in URLs. */
export interface Quarter {
  year: number;
  /** 1 to 4. */
  quarter: 1 | 2 | 3 | 4;
}

export const QUARTER_PATTERN = /^(\d{4})-[Qq]([1-4])$/;
export const QUARTER_EXPECTED = 'a quarter like 2026-Q3';

export function parseQuarter(text: string): Quarter | undefined {
  const match = QUARTER_PATTERN.exec(text.trim());
  return match ? {year: Number(match[1]), quarter: Number(match[2]) as Quarter['quarter']} : undefined;
}

/** `2026-Q3`. */
export function quarterId({year, quarter}: Quarter): string {
  return `${year}-Q${quarter}`;
}

/** `2026-q3`: the last segment of the report's URL. */
export function quarterSlug(q: Quarter): string {
  return quarterId(q).toLowerCase();
}

/** The quarter's first day, ISO. */
export function quarterStart({year, quarter}: Quarter): string {
  return `${year}-${String(quarter * 3 - 2).padStart(2, '0')}-01`;
}

/** The quarter's last day, ISO. */
export function quarterEnd({year, quarter}: Quarter): string {
  return new Date(Date.UTC(year, quarter * 3, 0)).toISOString().slice(0, 10);
}

export function previousQuarter({year, quarter}: Quarter): Quarter {
  return quarter === 1 ? {year: year - 1, quarter: 4} : {year, quarter: (quarter - 1) as Quarter['quarter']};
}

/** The same quarter a year before. */
export function yearBefore({year, quarter}: Quarter): Quarter {
  return {year: year - 1, quarter};
}

export function quarterOf(isoDate: string): Quarter {
  const month = Number(isoDate.slice(5, 7));
  return {year: Number(isoDate.slice(0, 4)), quarter: Math.ceil(month / 3) as Quarter['quarter']};
}

/** Whether the quarter is over at `asOf`: its last day is `asOf` or earlier. */
export function isComplete(q: Quarter, asOf: string): boolean {
  return quarterEnd(q) <= asOf;
}

export function compareQuarters(a: Quarter, b: Quarter): number {
  return a.year - b.year || a.quarter - b.quarter;
}

/**
 * The default reports: the last `count` complete quarters before `asOf` in
 * which some KPI has a measurement, newest first.
 */
export function defaultReportQuarters(asOf: string, series: Record<string, readonly SeriesPoint[]>, count = 4): Quarter[] {
  const measured = new Set<string>();
  for (const points of Object.values(series)) {
    for (const point of points) if (point.date <= asOf) measured.add(quarterId(quarterOf(point.date)));
  }
  const quarters = [...measured]
    .map((id) => parseQuarter(id)!)
    .filter((q) => isComplete(q, asOf))
    .sort((a, b) => compareQuarters(b, a));
  return quarters.slice(0, count);
}

/**
 * The quarters to report on, newest first: the default ones, none, or those
 * listed. A listed quarter that is not over at `asOf` is refused, as its
 * report would judge KPIs on a day still to come.
 */
export function resolveReportQuarters(
  reports: boolean | readonly string[],
  asOf: string,
  series: Record<string, readonly SeriesPoint[]>,
): Quarter[] {
  if (reports === false) return [];
  if (reports === true) return defaultReportQuarters(asOf, series);
  const quarters = reports.map((text) => parseQuarter(text)!);
  const open = quarters.filter((quarter) => !isComplete(quarter, asOf));
  if (open.length > 0) {
    const [first] = open as [Quarter];
    throw new KpiOptionsError(
      `"reports" lists ${quarterId(first)}, which ends on ${quarterEnd(first)}, after asOf ${asOf}: a report covers a quarter that is over. ` +
        'Remove it from the list until then, or leave "reports" out for the last four complete quarters.',
    );
  }
  return quarters.sort((a, b) => compareQuarters(b, a));
}

/**
 * With reports on, an area may not be called `reports`: its page would have
 * the address of the list of reports. The problem, at the area's id, if so.
 */
export function reportsAreaClash(areas: readonly Area[], reports: readonly Quarter[]): Problem | undefined {
  const clash = areas.find((area) => area.id === 'reports');
  if (!clash || reports.length === 0) return undefined;
  return {
    ...clash.source,
    message: 'an area cannot be called "reports" while quarterly reports are on: /kpis/reports lists them',
    expected: 'another area id, like company-reports',
    hint: 'rename the area (and its `area:` in its file), or set the plugin option `reports: false`',
  };
}
