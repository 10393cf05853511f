import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Locator, Page} from 'playwright-core';
import {exampleSiteDir} from './browser';

/** The fields of the build's `kpis.json` the browser tests compare the pages with. */
export interface ExportedKpi {
  id: string;
  area: string;
  title: string;
  tags: string[];
  status: {level: string};
  series: {date: string; value: unknown}[];
  /** Absent when the KPI has no data. */
  formatted: {value?: string | null};
}

/** The KPIs of the built example site, from the JSON export written next to the pages. */
export function exportedKpis(siteDir = exampleSiteDir): Map<string, ExportedKpi> {
  const json = JSON.parse(readFileSync(join(siteDir, 'build/kpis.json'), 'utf8')) as {kpis: ExportedKpi[]};
  return new Map(json.kpis.map((kpi) => [kpi.id, kpi]));
}

export const STATUS_LABEL: Record<string, string> = {
  achieved: 'Achieved',
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
  'no-target': 'No target',
  'no-data': 'No data',
  stale: 'Stale',
};

/**
 * Checks that a card shows the KPI's value and its status as visible text (not
 * only a colour): both are on screen, with a real size, and match the export.
 */
export async function expectCardShows(card: Locator, kpi: ExportedKpi): Promise<void> {
  await card.waitFor({state: 'visible'});
  const label = STATUS_LABEL[kpi.status.level];
  if (!label) throw new Error(`unknown status ${kpi.status.level} of ${kpi.id}`);
  await expectReadable(card.locator('header [data-status]').getByText(label, {exact: true}), `status of ${kpi.id}`);
  if (kpi.formatted.value) {
    await expectReadable(card.getByText(kpi.formatted.value, {exact: true}).first(), `value of ${kpi.id}`);
  }
}

/** Visible, and big enough to read: not a visually hidden 1×1 px label. */
export async function expectReadable(locator: Locator, what: string): Promise<void> {
  await locator.waitFor({state: 'visible', timeout: 10_000}).catch((error: unknown) => {
    throw new Error(`${what} is not visible: ${String(error)}`);
  });
  const box = await locator.boundingBox();
  if (!box || box.width < 8 || box.height < 8) throw new Error(`${what} is too small to read: ${JSON.stringify(box)}`);
}

/** Errors the page threw or logged, collected from now on. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // The example site has no favicon; Chromium asks for one anyway.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) {
      errors.push(`console.error: ${message.text()}`);
    }
  });
  return errors;
}
