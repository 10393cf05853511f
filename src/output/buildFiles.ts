import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {ComputedKpi} from '../compute/registry';
import type {PageLinks} from '../compute/pageData';
import type {ComputedObjective} from '../compute/objectives';
import type {Registry} from '../types';
import {seriesToCsv} from './csv';
import {toKpisJson} from './kpisJson';

export interface BuildFilesInput {
  outDir: string;
  registry: Registry;
  computed: readonly ComputedKpi[];
  links: PageLinks;
  asOf: string;
  siteUrl: string;
  baseUrl: string;
  trailingSlash: boolean | undefined;
  routeBasePath: string;
  objectives?: readonly ComputedObjective[];
}

/** `kpis.json` for the default route base: `<outDir>/<routeBasePath>.json`, one per plugin instance. */
export function kpisJsonPath(outDir: string, routeBasePath: string): string {
  return path.join(outDir, `${routeBasePath.replace(/^\/+|\/+$/g, '') || 'kpis'}.json`);
}

/** The files a build adds next to its pages: `kpis.json`, and each KPI page's series as `<KPI page>.csv`. */
export async function writeBuildFiles(input: BuildFilesInput): Promise<void> {
  const {outDir, registry, computed, baseUrl} = input;
  const kpisJson = toKpisJson(registry, computed, input.links, input);
  await writeOutputFile(kpisJsonPath(outDir, input.routeBasePath), `${JSON.stringify(kpisJson, null, 2)}\n`);
  await Promise.all(
    computed
      .filter(({kpi}) => (registry.series[kpi.id] ?? []).length > 0)
      .map(({kpi, card}) =>
        writeOutputFile(path.join(outDir, `${card.permalink.slice(baseUrl.length)}.csv`), seriesToCsv(registry.series[kpi.id]!)),
      ),
  );
}

async function writeOutputFile(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), {recursive: true});
  await writeFile(file, text);
}
