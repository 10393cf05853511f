import {promises as fs} from 'node:fs';
import path from 'node:path';
import {stringify} from 'yaml';
import type {ImportedKpi, ImportedRegistry} from '../compute/import/gitlab';

/** A registry file to write, and what it holds in a few words ("4 KPIs"). */
export interface RegistryFile {
  name: string;
  text: string;
  summary: string;
}

const YAML_OPTIONS = {lineWidth: 0, blockQuote: 'literal', indent: 2} as const;

/** `areas.yml` and one file per area, with a first comment saying where they come from. */
export function registryFilesOf(registry: ImportedRegistry, origin: string): RegistryFile[] {
  const header = `# Imported ${origin} by \`docusaurus kpi:import\`. Edit freely: the import is not run again.\n`;
  const areas: RegistryFile = {
    name: 'areas.yml',
    text: header + stringify(registry.areas, YAML_OPTIONS),
    summary: plural(registry.areas.length, 'area'),
  };
  const files = registry.areaFiles.map(({area, fileName, kpis}) => ({
    name: fileName,
    text: header + stringify({area, kpis: kpis.map(orderedKpi)}, YAML_OPTIONS),
    summary: plural(kpis.length, 'KPI'),
  }));
  return [areas, ...files];
}

/** Fields in the order an author reads them. */
function orderedKpi(kpi: ImportedKpi): Record<string, unknown> {
  const {id, title, definition, parent, status, confidential} = kpi;
  return Object.fromEntries(
    Object.entries({id, title, definition, parent, status, confidential}).filter(([, value]) => value !== undefined),
  );
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The names among `names` that exist in `dir`. */
export async function existingFiles(dir: string, names: readonly string[]): Promise<string[]> {
  const found = await Promise.all(
    names.map(async (name) => ((await fs.stat(path.join(dir, name)).catch(() => undefined)) ? name : undefined)),
  );
  return found.filter((name): name is string => name !== undefined);
}

/** Writes the files into `dir`, creating it. */
export async function writeRegistryFiles(dir: string, files: readonly RegistryFile[]): Promise<void> {
  await fs.mkdir(dir, {recursive: true});
  for (const file of files) await fs.writeFile(path.join(dir, file.name), file.text);
}
