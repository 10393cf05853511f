import {describe, expect, it} from 'vitest';
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {getRegistryTranslationFiles, readDefaultCodeTranslationMessages, translateRegistry} from '../../src/data/translations';
import type {Registry} from '../../src/types';

const source = {file: 'kpis/a.yml', line: 1, column: 1};
const registry: Registry = {
  dir: '/site/kpis',
  areas: [{id: 'people', title: 'People', description: 'A well team.', order: 0, source}],
  kpis: [
    {
      id: 'delivery-time',
      area: 'people',
      title: 'Average delivery time',
      definition: 'Median days.[^board]',
      footnotes: {board: 'From the board.'},
      unit: 'days',
      direction: 'down',
      tags: [],
      cadence: 'monthly',
      targets: [],
      source,
    },
  ],
  series: {},
};

describe('registry translations', () => {
  it('lists every translatable text with a description', () => {
    const [file] = getRegistryTranslationFiles(registry);
    expect(file!.path).toBe('kpis');
    expect(Object.keys(file!.content)).toEqual([
      'area.people.title',
      'area.people.description',
      'kpi.delivery-time.title',
      'kpi.delivery-time.definition',
      'kpi.delivery-time.footnote.board',
    ]);
    expect(file!.content['kpi.delivery-time.title']).toEqual({
      message: 'Average delivery time',
      description: 'Title of the KPI "delivery-time"',
    });
  });

  it('applies translations and keeps the original where there is none', () => {
    const translated = translateRegistry(registry, [
      {
        path: 'kpis',
        content: {
          'kpi.delivery-time.title': {message: 'Délai moyen de livraison'},
          'kpi.delivery-time.footnote.board': {message: 'Tiré du tableau.'},
          'area.people.title': {message: ''},
        },
      },
    ]);
    expect(translated.kpis[0]!.title).toBe('Délai moyen de livraison');
    expect(translated.kpis[0]!.definition).toBe('Median days.[^board]');
    expect(translated.kpis[0]!.footnotes).toEqual({board: 'Tiré du tableau.'});
    expect(translated.areas[0]!.title).toBe('People');
    expect(registry.kpis[0]!.title).toBe('Average delivery time');
  });
});

describe('objective translations', () => {
  const withObjectives: Registry = {
    ...registry,
    objectives: [
      {
        id: 'faster',
        title: 'Deliver faster',
        period: {label: '2026-Q4', from: '2026-10-01', to: '2026-12-31'},
        owner: 'Product lead',
        description: 'Small features in days.[^board]',
        footnotes: {board: 'From the board.'},
        impact: [{kpi: 'delivery-time', by: -2}],
        source,
      },
    ],
  };

  it('lists the titles, descriptions and footnotes of objectives after the KPIs', () => {
    const [file] = getRegistryTranslationFiles(withObjectives);
    expect(Object.keys(file!.content).slice(5)).toEqual([
      'objective.faster.title',
      'objective.faster.description',
      'objective.faster.footnote.board',
    ]);
    expect(file!.content['objective.faster.description']!.description).toBe(
      'Description of the objective "faster" (Markdown; keep [^footnote] markers)',
    );
  });

  it('applies their translations', () => {
    const translated = translateRegistry(withObjectives, [
      {
        path: 'kpis',
        content: {
          'objective.faster.title': {message: 'Livrer plus vite'},
          'objective.faster.footnote.board': {message: 'Tiré du tableau.'},
        },
      },
    ]);
    expect(translated.objectives![0]).toMatchObject({
      title: 'Livrer plus vite',
      description: 'Small features in days.[^board]',
      footnotes: {board: 'Tiré du tableau.'},
      period: {label: '2026-Q4'},
    });
  });
});

describe('label translations shipped with the package', () => {
  it('has French labels, found for regional locales too, and a translation for every label', async () => {
    const french = await readDefaultCodeTranslationMessages('fr-FR');
    expect(french['kpi.status.onTrack']).toBe('En bonne voie');
    expect(await readDefaultCodeTranslationMessages('xx')).toEqual({});
    const ids = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, {withFileTypes: true})) {
        if (entry.isDirectory()) walk(join(dir, entry.name));
        else if (entry.name.endsWith('.tsx')) {
          for (const match of readFileSync(join(dir, entry.name), 'utf8').matchAll(/id[=:]\s*["'`](kpi\.[\w.]+)["'`]/g)) ids.add(match[1]!);
        }
      }
    };
    walk(join(__dirname, '../../src/theme'));
    expect(ids.size).toBeGreaterThan(50);
    expect([...ids].filter((id) => !(id in french))).toEqual([]);
  });
});
