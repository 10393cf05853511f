import {promises as fs} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, expect} from 'vitest';
import {KpiUserError, type Problem} from '../../src/shared/errors';
import {loadRegistry} from '../../src/data/loadRegistry';

/** File contents from lines, so a test can count the line a problem should be on. */
export function lines(...content: string[]): string {
  return `${content.join('\n')}\n`;
}

export const AREAS_YML = lines('- id: operations', '  title: Operations', '- id: product', '  title: Product');

/** A file's text, or a symbolic link to an absolute path. */
export type SiteFile = string | {linkTo: string};

const sites: string[] = [];
afterAll(async () => {
  await Promise.all(sites.map((dir) => fs.rm(dir, {recursive: true, force: true})));
});

/** Writes a site into a fresh temporary folder; removed after the test file. */
export async function writeSite(files: Record<string, SiteFile>): Promise<string> {
  const siteDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kpi-data-'));
  sites.push(siteDir);
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(siteDir, name);
    await fs.mkdir(path.dirname(file), {recursive: true});
    if (typeof content === 'string') await fs.writeFile(file, content);
    else await fs.symlink(content.linkTo, file);
  }
  return siteDir;
}

/**
 * The problems loading a registry reports; `kpis/areas.yml` defaults to two
 * areas (operations, product) unless `files` sets it (or sets it to null).
 */
export async function problemsOf(files: Record<string, SiteFile | null>, options: {maxDataFileBytes?: number} = {}): Promise<Problem[]> {
  const withAreas: Record<string, SiteFile | null> = {'kpis/areas.yml': AREAS_YML, ...files};
  const present = Object.entries(withAreas).filter((entry): entry is [string, SiteFile] => entry[1] !== null);
  const siteDir = await writeSite(Object.fromEntries(present));
  const error = await loadRegistry({siteDir, path: 'kpis', maxDataFileBytes: options.maxDataFileBytes ?? 100_000}).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error, 'loading should fail').toBeInstanceOf(KpiUserError);
  return (error as KpiUserError).problems;
}

/** The only problem reported, so that a test also proves nothing else was flagged. */
export async function onlyProblemOf(...args: Parameters<typeof problemsOf>): Promise<Problem> {
  const problems = await problemsOf(...args);
  expect(problems, JSON.stringify(problems, null, 2)).toHaveLength(1);
  return problems[0]!;
}

/** An area file of the `operations` area with the given KPI lines under `kpis:` (its lines start at 3). */
export function areaFile(...kpiLines: string[]): string {
  return lines('area: operations', 'kpis:', ...kpiLines);
}
