import {promises as fs} from 'node:fs';
import path from 'node:path';
import type {Problem} from '../shared/errors';
import {sitePath} from './sitePaths';

const AREAS_FILE_NAMES = ['areas.yml', 'areas.yaml'];
const OBJECTIVES_FILE_NAMES = ['objectives.yml', 'objectives.yaml'];
const YAML_EXTENSIONS = ['.yml', '.yaml'];

export interface RegistryFiles {
  /** Absolute path of `areas.yml`; missing when it is absent (then a problem says so). */
  areasFile?: string;
  /** Absolute paths of the area files, in name order so the registry order never depends on the file system. */
  areaFiles: string[];
  /** Absolute path of `objectives.yml`, when there is one. */
  objectivesFile?: string;
  problems: Problem[];
}

/** The registry folder's `areas.yml`, `objectives.yml` and area files: every other top-level YAML file. */
export async function findRegistryFiles(siteDir: string, registryDir: string): Promise<RegistryFiles> {
  const shown = sitePath(siteDir, registryDir);
  const stats = await fs.stat(registryDir).catch(() => undefined);
  if (!stats?.isDirectory()) {
    const problem: Problem = {
      file: shown,
      message: `the KPI folder ${shown} does not exist`,
      expected: 'a folder holding areas.yml and one YAML file per area',
      hint: `create ${shown}/areas.yml, or set the plugin option \`path\` to the folder that holds your KPIs`,
    };
    return {areaFiles: [], problems: [problem]};
  }
  const yamlFiles = await topLevelYamlFiles(registryDir);
  const areasFiles = yamlFiles.filter((file) => AREAS_FILE_NAMES.includes(path.basename(file)));
  const objectivesFiles = yamlFiles.filter((file) => OBJECTIVES_FILE_NAMES.includes(path.basename(file)));
  const areaFiles = yamlFiles.filter((file) => !areasFiles.includes(file) && !objectivesFiles.includes(file));
  const objectives = {
    ...(objectivesFiles[0] !== undefined && {objectivesFile: objectivesFiles[0]}),
    problems:
      objectivesFiles.length > 1
        ? [
            {
              file: sitePath(siteDir, objectivesFiles[1]!),
              message: 'both objectives.yml and objectives.yaml exist',
              hint: 'keep only one of them',
            },
          ]
        : [],
  };
  if (areasFiles.length === 0) {
    const problem: Problem = {
      file: `${shown}/areas.yml`,
      message: `${shown}/areas.yml not found`,
      expected: 'a list of the areas, like - { id: product-and-services, title: Product and Services }',
      hint: `create ${shown}/areas.yml listing your areas in the order to show them`,
    };
    return {areaFiles, objectivesFile: objectives.objectivesFile, problems: [problem, ...objectives.problems]};
  }
  const problems: Problem[] =
    areasFiles.length > 1
      ? [{file: sitePath(siteDir, areasFiles[1]!), message: 'both areas.yml and areas.yaml exist', hint: 'keep only one of them'}]
      : [];
  return {areasFile: areasFiles[0]!, areaFiles, objectivesFile: objectives.objectivesFile, problems: [...problems, ...objectives.problems]};
}

/** Sub-folders (such as `data/`) hold series, not areas. */
async function topLevelYamlFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const name of (await fs.readdir(dir)).sort()) {
    if (!YAML_EXTENSIONS.includes(path.extname(name).toLowerCase())) continue;
    const file = path.join(dir, name);
    // A broken link is kept, so that reading it reports the problem.
    const stats = await fs.stat(file).catch(() => undefined);
    if (!stats?.isDirectory()) files.push(file);
  }
  return files;
}
