import path from 'node:path';
import logger from '@docusaurus/logger';
import {type KpiImportNote, convertGitlab} from '../compute/import/gitlab';
import {readGitlabFolder} from '../data/import/gitlabFolder';
import {sitePath} from '../data/sitePaths';
import {KpiUserError} from '../shared/errors';
import {IMPORT_FORMATS, isOneOf} from '../shared/vocabulary';
import {existingFiles, registryFilesOf, writeRegistryFiles} from '../output/registryFiles';

export interface ImportInput {
  format: string;
  /** The folder to import, as typed (relative to `cwd`). */
  folder: string;
  siteDir: string;
  /** Absolute path of the registry folder. */
  registryDir: string;
  force: boolean;
  linkBase?: string;
  cwd: string;
}

/**
 * `docusaurus kpi:import <format> <folder>`: reads the folder, drafts the
 * registry, refuses to overwrite files unless `force`, writes, and prints what
 * it wrote and what it dropped. Returns the exit code.
 */
export async function runImport(input: ImportInput): Promise<number> {
  if (!isOneOf(IMPORT_FORMATS, input.format)) {
    logger.error(
      `kpi:import: unknown format "${input.format}"\n  expected: one of ${IMPORT_FORMATS.join(', ')}\n  hint: docusaurus kpi:import gitlab data/performance_indicators`,
    );
    return 1;
  }
  const linkBase = checkLinkBase(input.linkBase);
  if (linkBase === null) return 1;
  const source = path.resolve(input.cwd, input.folder);
  const shown = path.relative(input.cwd, source) || '.';
  let indicators;
  try {
    indicators = await readGitlabFolder(source, shown);
  } catch (error) {
    if (!(error instanceof KpiUserError)) throw error;
    logger.error(`${error.message}\nNothing was written.`);
    return 1;
  }
  const registry = convertGitlab(indicators, linkBase ? {linkBase} : {});
  const files = registryFilesOf(registry, `from ${shown.split(path.sep).join('/')}`);
  const registryShown = sitePath(input.siteDir, input.registryDir);
  const existing = await existingFiles(
    input.registryDir,
    files.map(({name}) => name),
  );
  if (existing.length > 0 && !input.force) {
    const list = existing.map((name) => `  ${registryShown}/${name}`).join('\n');
    logger.error(
      `kpi:import would overwrite ${existing.length === 1 ? 'a file that exists' : `${existing.length} files that exist`}:\n${list}\n  hint: run it again with --force to replace ${existing.length === 1 ? 'it' : 'them'}, or move ${existing.length === 1 ? 'it' : 'them'} away first. Nothing was written.`,
    );
    return 1;
  }
  await writeRegistryFiles(input.registryDir, files);
  const kpiCount = registry.notes.length;
  const written = files.map((file) => `  ${registryShown}/${file.name} (${file.summary})`).join('\n');
  logger.success(`Imported ${kpiCount} KPIs in ${registry.areas.length} areas from ${shown}; wrote:\n${written}`);
  const report = notesReport(registry.notes, Boolean(linkBase));
  if (report) logger.warn(report);
  logger.info('Next: give each KPI a series (`data:`), then run `docusaurus kpi:check`.');
  return 0;
}

/** The `--link-base` URL; undefined when not given, null (after reporting) when it is not an http(s) URL. */
function checkLinkBase(linkBase: string | undefined): string | undefined | null {
  if (linkBase === undefined) return undefined;
  const url = URL.canParse(linkBase) ? new URL(linkBase) : undefined;
  if (url && (url.protocol === 'https:' || url.protocol === 'http:')) return url.href;
  logger.error(`--link-base must be an http(s) address like https://handbook.example.org, not "${linkBase}"`);
  return null;
}

/** Per KPI, what was not carried over as it was; undefined when everything was. */
export function notesReport(notes: readonly KpiImportNote[], resolved: boolean): string | undefined {
  const lines = notes.flatMap((note) => {
    const parts = [
      ...(note.dropped.length > 0 ? [`dropped ${note.dropped.join('; ')}`] : []),
      ...(note.removed.length > 0 ? [`removed unsafe HTML: ${note.removed.join(', ')}`] : []),
      ...(note.relative.length > 0 ? [`kept relative links as written: ${note.relative.join(', ')}`] : []),
    ];
    if (parts.length === 0) return [];
    const where = `${note.source.file}:${note.source.line}:${note.source.column}`;
    return [`${note.area}/${note.kpi} (${where}):\n${parts.map((part) => `  - ${part}`).join('\n')}`];
  });
  if (lines.length === 0) return undefined;
  const hint =
    !resolved && notes.some((note) => note.relative.length > 0)
      ? '\nRelative links point into this site, where those pages may not exist: pass --link-base <url> (where the source was published) to make them absolute.'
      : '';
  return `What was not carried over as it was (${lines.length} of ${notes.length} KPIs):\n${lines.join('\n')}${hint}`;
}
