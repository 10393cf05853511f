import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {convertGitlab} from '../../src/compute/import/gitlab';
import {definitionToHtml} from '../../src/compute/definitions/html';
import {parseDefinition} from '../../src/compute/definitions/parse';
import {readGitlabFolder} from '../../src/data/import/gitlabFolder';
import {loadRegistry} from '../../src/data/loadRegistry';
import {existingFiles, registryFilesOf, writeRegistryFiles} from '../../src/output/registryFiles';
import {writeSite} from '../data/tempSite';

const folder = join(__dirname, '../fixtures/gitlab-indicators');

async function importedSite(existing: Record<string, string> = {}) {
  const registry = convertGitlab(await readGitlabFolder(folder, 'pi'), {linkBase: 'https://handbook.example.org'});
  const files = registryFilesOf(registry, 'from pi');
  const siteDir = await writeSite(existing);
  return {siteDir, files, registryDir: join(siteDir, 'kpis')};
}

describe('registry files written by kpi:import', () => {
  it('are areas.yml and one file per area, each saying where it comes from', async () => {
    const {files} = await importedSite();
    expect(files.map(({name, summary}) => [name, summary])).toEqual([
      ['areas.yml', '3 areas'],
      ['company.yml', '2 KPIs'],
      ['engineering.yml', '3 KPIs'],
      ['people-success.yml', '2 KPIs'],
    ]);
    for (const file of files)
      expect(file.text.split('\n')[0]).toBe('# Imported from pi by `docusaurus kpi:import`. Edit freely: the import is not run again.');
  });

  it('load as a valid registry, with definitions, statuses, parents and confidential KPIs', async () => {
    const {siteDir, files, registryDir} = await importedSite();
    await writeRegistryFiles(registryDir, files);
    const registry = await loadRegistry({siteDir, path: 'kpis', maxDataFileBytes: 1_000_000});
    expect(registry.areas.map((area) => area.id)).toEqual(['company', 'engineering', 'people-success']);
    expect(registry.kpis).toHaveLength(7);
    const byId = new Map(registry.kpis.map((kpi) => [kpi.id, kpi]));
    expect(byId.get('net-arr')).toMatchObject({area: 'company', confidential: true, status: {level: 'at-risk'}});
    expect(byId.get('mr-rate')).toMatchObject({
      area: 'engineering',
      parent: 'net-arr',
      source: {file: 'kpis/engineering.yml', line: 4, column: 5},
    });
    expect(byId.get('mr-rate')!.confidential).toBeUndefined();
  });

  it('give definitions that render with real links and lists, and no HTML from the source', async () => {
    const {siteDir, files, registryDir} = await importedSite();
    await writeRegistryFiles(registryDir, files);
    const registry = await loadRegistry({siteDir, path: 'kpis', maxDataFileBytes: 1_000_000});
    const html = (id: string) => {
      const kpi = registry.kpis.find((one) => one.id === id)!;
      return definitionToHtml(
        parseDefinition({id, title: kpi.title, permalink: '/x', definition: kpi.definition, footnotes: kpi.footnotes}),
      );
    };
    expect(html('mr-rate')).toContain(
      '<a href="https://handbook.example.org/handbook/engineering/metrics/#merge-request-rate">the metrics page</a>',
    );
    expect(html('mr-rate')).toContain(
      '<li><a href="https://dashboards.example.org/mr-rate">https://dashboards.example.org/mr-rate</a></li>',
    );
    expect(html('team-member-retention')).toContain('<li>interns are <em>not</em> counted</li>');
    expect(html('open-bugs-age')).toContain('<td>30 days</td>');
    const all = registry.kpis.map((kpi) => html(kpi.id)).join('\n');
    expect(all).not.toContain('&#x3C;a');
    expect(all).not.toMatch(/script|iframe|javascript|onclick/i);
  });

  it('are found when they exist, so that the import can refuse to overwrite them', async () => {
    const {files, registryDir} = await importedSite({
      'kpis/areas.yml': '- id: mine\n  title: Mine\n',
      'kpis/mine.yml': 'area: mine\nkpis: []\n',
    });
    expect(
      await existingFiles(
        registryDir,
        files.map(({name}) => name),
      ),
    ).toEqual(['areas.yml']);
    expect(readFileSync(join(registryDir, 'areas.yml'), 'utf8')).toContain('Mine');
  });
});
