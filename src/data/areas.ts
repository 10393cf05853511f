import type {Problem} from '../shared/errors';
import {RESERVED_AREA_IDS, isOneOf} from '../shared/vocabulary';
import type {Area} from '../types';
import {validateWithSchema} from './joiProblems';
import {AreasSchema} from './schema';
import {readYamlSource, syntaxProblemsInstead, type YamlSource} from './yamlSource';

export interface LoadedAreas {
  areas: Area[];
  /** False when `areas.yml` gave no areas, so references to areas cannot be judged. */
  complete: boolean;
  problems: Problem[];
}

type AreaFields = Pick<Area, 'id' | 'title' | 'description' | 'owner'>;

export async function loadAreas(absolutePath: string, file: string): Promise<LoadedAreas> {
  const source = await readYamlSource(absolutePath, file);
  if (source.problems.length > 0) return {areas: [], complete: false, problems: source.problems};
  if (source.value === null) {
    const problem: Problem = {
      file,
      line: 1,
      column: 1,
      message: 'the file is empty',
      expected: 'a list of the areas, like - { id: product-and-services, title: Product and Services }',
    };
    return {areas: [], complete: false, problems: [problem]};
  }
  const {value, problems} = validateWithSchema<unknown>(AreasSchema, source.value, source);
  if (!Array.isArray(value)) return {areas: [], complete: false, problems: syntaxProblemsInstead(source, problems) ?? problems};
  const areas = value.flatMap((item: unknown, order): Area[] =>
    hasId(item) ? [{...(item as AreaFields), order, source: source.placeOf([order])}] : [],
  );
  // With no area at all, every area file would be "unknown"; the empty list is the one problem to report.
  const allProblems = [...problems, ...duplicateAreaProblems(areas, source), ...reservedAreaProblems(areas, source)];
  const syntax = syntaxProblemsInstead(source, allProblems);
  if (syntax) return {areas: [], complete: false, problems: syntax};
  return {areas, complete: areas.length > 0, problems: allProblems};
}

/** `/kpis/objectives` is the objectives page, so an area cannot be called `objectives`. */
function reservedAreaProblems(areas: Area[], source: YamlSource): Problem[] {
  return areas
    .filter((area) => isOneOf(RESERVED_AREA_IDS, area.id))
    .map((area) => ({
      file: source.file,
      ...source.positionOf([area.order, 'id']),
      message: `area id "${area.id}" is taken by a generated page`,
      expected: `an id other than ${RESERVED_AREA_IDS.join(', ')}`,
      hint: `/${area.id} under the KPI pages lists the ${area.id}; give the area another id, like ${area.id}-area`,
    }));
}

function hasId(item: unknown): item is {id: string} {
  return typeof item === 'object' && item !== null && typeof (item as {id?: unknown}).id === 'string';
}

function duplicateAreaProblems(areas: Area[], source: YamlSource): Problem[] {
  const first = new Map<string, Area>();
  const problems: Problem[] = [];
  for (const area of areas) {
    const earlier = first.get(area.id);
    if (!earlier) {
      first.set(area.id, area);
      continue;
    }
    const {line, column} = earlier.source;
    problems.push({
      file: source.file,
      ...source.positionOf([area.order, 'id']),
      message: `area id "${area.id}" is used twice; it is also at ${source.file}:${line}:${column}`,
      expected: 'each area listed once',
      hint: 'remove one of them, or give it another id',
    });
  }
  return problems;
}
