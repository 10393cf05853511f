import {promises as fs} from 'node:fs';
import path from 'node:path';
import {type Problem, throwIfProblems} from '../../shared/errors';
import {describeValue} from '../dates';
import {validateWithSchema} from '../joiProblems';
import type {SourcePosition} from '../../types';
import {readYamlSource} from '../yamlSource';
import {GITLAB_FIELDS, type GitlabIndicator, GitlabIndicatorSchema} from './gitlabSchema';

/** One indicator read from a `gitlab` import file, and where it was written. */
export interface SourceIndicator {
  fields: GitlabIndicator;
  /** Fields the import does not read, in the order written. */
  otherFields: string[];
  /** The file as shown to the person running the import (relative to the current folder). */
  source: SourcePosition;
}

const YAML_EXTENSIONS = ['.yml', '.yaml'];
const FOLDER_EXPECTED = 'a folder of performance-indicator YAML files, like data/performance_indicators';
const FILE_EXPECTED = 'a list of performance indicators, each starting with "- name: ..."';

/**
 * Reads every YAML file at the top of `folder`, in name order, and checks each
 * indicator. All problems of all files are thrown together, each at its file,
 * line and column. `shown` is how to name the folder in messages.
 */
export async function readGitlabFolder(folder: string, shown: string): Promise<SourceIndicator[]> {
  const listed = await yamlFilesIn(folder, shown);
  if ('problem' in listed) throwIfProblems([listed.problem], 'kpi:import cannot read the folder to import');
  const problems: Problem[] = [];
  const indicators: SourceIndicator[] = [];
  for (const name of (listed as {names: string[]}).names) {
    const file = path.posix.join(shown.split(path.sep).join('/'), name);
    const read = await readIndicatorFile(path.join(folder, name), file);
    problems.push(...read.problems);
    indicators.push(...read.indicators);
  }
  throwIfProblems(problems, `kpi:import found problems in the files to import from ${shown}`);
  return indicators;
}

async function yamlFilesIn(folder: string, shown: string): Promise<{names: string[]} | {problem: Problem}> {
  const problem = (message: string, hint: string) => ({problem: {file: shown, message, expected: FOLDER_EXPECTED, hint}});
  const stats = await fs.stat(folder).catch(() => undefined);
  if (!stats) return problem(`the folder ${shown} does not exist`, 'check the path: it is relative to the folder you run the command in');
  if (!stats.isDirectory()) return problem(`${shown} is a file, not a folder`, `pass the folder that holds it: ${path.dirname(shown)}`);
  const names = (await fs.readdir(folder)).filter((name) => YAML_EXTENSIONS.includes(path.extname(name).toLowerCase())).sort();
  if (names.length === 0)
    return problem(`${shown} holds no .yml or .yaml file`, 'pass the folder that holds the performance-indicator files');
  return {names};
}

async function readIndicatorFile(absolutePath: string, file: string): Promise<{indicators: SourceIndicator[]; problems: Problem[]}> {
  const source = await readYamlSource(absolutePath, file);
  if (source.problems.length > 0) return {indicators: [], problems: source.problems};
  if (source.value === null) return {indicators: [], problems: []};
  if (!Array.isArray(source.value)) {
    const message = `a file to import must be a list, not ${describeValue(source.value)}`;
    return {indicators: [], problems: [{file, line: 1, column: 1, message, expected: FILE_EXPECTED}]};
  }
  const problems: Problem[] = [];
  const indicators = (source.value as unknown[]).flatMap((item, index): SourceIndicator[] => {
    const checked = validateWithSchema<GitlabIndicator>(GitlabIndicatorSchema, item, source, [index]);
    problems.push(...checked.problems);
    if (checked.problems.length > 0) return [];
    const otherFields = Object.keys(item as object).filter((key) => !GITLAB_FIELDS.includes(key));
    return [{fields: checked.value, otherFields, source: {file, ...source.positionOf([index])}}];
  });
  return {indicators, problems};
}
