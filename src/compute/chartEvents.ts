import type {ChartEvent, ChartGeometry, KpiEvent} from '../types';

/** Rough width of a character of the 12px label font, as in chart.ts. */
const CHAR_WIDTH = 7;
/** Label rows at the top of the plot, 14 units apart; labels that would overlap go to the next row. */
const ROW_HEIGHT = 14;
const MAX_ROWS = 3;

/**
 * Labelled vertical markers of a KPI's events on a chart: one per event whose
 * date falls within the chart's dates. Each label starts right of its marker,
 * or ends left of it near the plot's right edge, in the first row at the top of
 * the plot where it overlaps no other label (the last row when none is free).
 */
export function chartEvents(
  events: readonly KpiEvent[],
  xAt: (isoDate: string) => number,
  range: {from: string; to: string},
  plot: ChartGeometry['plot'],
  formatDate: (isoDate: string) => string,
): ChartEvent[] {
  const rows: [number, number][][] = Array.from({length: MAX_ROWS}, () => []);
  return events
    .filter((event) => event.date >= range.from && event.date <= range.to)
    .map((event) => {
      const x = xAt(event.date);
      const width = event.label.length * CHAR_WIDTH;
      // Labels grow by half on a phone (see the chart's styles): keep room for that on the right.
      const anchor = x + 4 + width * 1.5 > plot.right ? 'end' : 'start';
      const span: [number, number] = anchor === 'start' ? [x, x + 4 + width] : [x - 4 - width, x];
      const free = rows.findIndex((row) => row.every(([left, right]) => span[1] + 6 < left || span[0] - 6 > right));
      const row = free === -1 ? MAX_ROWS - 1 : free;
      rows[row]!.push(span);
      return {
        x,
        date: event.date,
        formattedDate: formatDate(event.date),
        label: event.label,
        labelX: round(anchor === 'start' ? x + 4 : x - 4),
        labelY: round(plot.top + 10 + row * ROW_HEIGHT),
        anchor,
      };
    });
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
