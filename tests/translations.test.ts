import {describe, expect, it} from 'vitest';
import {getRegistryTranslationFiles, translateRegistry} from '../src/translations';
import type {Registry} from '../src/types';

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
    expect(file!.content['kpi.delivery-time.title']).toEqual({message: 'Average delivery time', description: 'Title of the KPI "delivery-time"'});
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
