import {describe, expect, it} from 'vitest';
import {loadRegistry} from '../../src/data/loadRegistry';
import {getRegistryTranslationFiles, translateRegistry} from '../../src/data/translations';
import {AREAS_YML, areaFile, onlyProblemOf, problemsOf, writeSite} from './tempSite';

const OPS = 'kpis/operations.yml';

/** A valid KPI `a` whose extra lines start at line 5. */
const kpiA = (...extra: string[]) => areaFile('  - id: a', '    title: A', ...extra);

describe('events: problems', () => {
  it('reports an event date the calendar does not have, at the date', async () => {
    const problem = await onlyProblemOf({[OPS]: kpiA('    events:', '      - { date: 2026-02-30, label: Launch }')});
    expect(problem).toMatchObject({file: OPS, line: 6, column: 17, message: '"2026-02-30" is not a day of the calendar'});
  });

  it('reports an event date that is not a date', async () => {
    const problem = await onlyProblemOf({[OPS]: kpiA('    events:', '      - { date: last spring, label: Launch }')});
    expect(problem).toMatchObject({
      file: OPS,
      line: 6,
      column: 17,
      message: '"last spring" is not a date',
      expected: 'a date like 2026-01-31, or a month like 2026-01',
    });
  });

  it('reports an event without a label', async () => {
    const problem = await onlyProblemOf({[OPS]: kpiA('    events:', '      - date: 2026-09-15')});
    expect(problem).toMatchObject({file: OPS, line: 6, column: 9, message: 'missing `label`'});
  });

  it('reports a misspelt field of an event with a did-you-mean, and the label it lacks', async () => {
    const problems = await problemsOf({[OPS]: kpiA('    events:', '      - { date: 2026-09-15, lable: Launch }')});
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({file: OPS, line: 6, column: 29, message: 'unknown field `lable`', hint: 'did you mean "label"?'}),
        expect.objectContaining({file: OPS, line: 6, message: 'missing `label`'}),
      ]),
    );
    expect(problems).toHaveLength(2);
  });

  it('reports events that are not a list', async () => {
    const problem = await onlyProblemOf({[OPS]: kpiA('    events: { date: 2026-09-15, label: Launch }')});
    expect(problem).toMatchObject({file: OPS, line: 5, column: 13});
    expect(problem.expected).toContain('a list of events');
  });
});

describe('events: loaded', () => {
  it('keeps events in date order, a month read as its first day, and translates their labels', async () => {
    const siteDir = await writeSite({
      'kpis/areas.yml': AREAS_YML,
      [OPS]: kpiA(
        '    events:',
        '      - { date: 2026-09-15, label: New sizing guide }',
        '      - { date: 2026-03, label: Price change }',
        '      - { date: 2026-09-15, label: Second launch }',
      ),
    });
    const registry = await loadRegistry({siteDir, path: 'kpis', maxDataFileBytes: 100_000});
    expect(registry.kpis[0]!.events).toEqual([
      {date: '2026-03-01', label: 'Price change'},
      {date: '2026-09-15', label: 'New sizing guide'},
      {date: '2026-09-15', label: 'Second launch'},
    ]);

    const [file] = getRegistryTranslationFiles(registry);
    const keys = Object.keys(file!.content).filter((key) => key.includes('.event.'));
    expect(keys).toEqual(['kpi.a.event.2026-03-01', 'kpi.a.event.2026-09-15', 'kpi.a.event.2026-09-15.2']);
    const translated = translateRegistry(registry, [{path: 'kpis', content: {'kpi.a.event.2026-09-15.2': {message: 'Second lancement'}}}]);
    expect(translated.kpis[0]!.events!.map((event) => event.label)).toEqual(['Price change', 'New sizing guide', 'Second lancement']);
  });
});
