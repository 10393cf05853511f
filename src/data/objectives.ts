import {didYouMean, type Problem} from '../shared/errors';
import type {Area, ObjectiveDefinition, ObjectiveImpact} from '../types';
import type {KpiEntry} from './areaFile';
import {describeValue} from './dates';
import {validateWithSchema} from './joiProblems';
import {type At, markdownFieldProblems} from './kpiChecks';
import {ObjectiveSchema, ObjectivesFileSchema} from './schema';
import {type PathSegment, type YamlSource, readYamlSource, syntaxProblemsInstead} from './yamlSource';

/** An objective as written in `objectives.yml`, with where it is, valid or not. */
export interface ObjectiveEntry {
  id?: string;
  /** `[index]` in the file. */
  path: PathSegment[];
  /** Set when the objective passed validation. */
  objective?: ObjectiveDefinition;
}

export interface LoadedObjectives {
  source?: YamlSource;
  entries: ObjectiveEntry[];
  problems: Problem[];
}

type ObjectiveFields = Omit<ObjectiveDefinition, 'source'>;

const SHAPE_EXPECTED = 'a list like\n    - id: autumn-onboarding\n      title: Onboard the autumn cohort\n      period: 2026-Q4';

/** Reads and validates `objectives.yml` on its own; `objectiveRegistryProblems` checks what it names. */
export async function loadObjectivesFile(absolutePath: string, file: string): Promise<LoadedObjectives> {
  const source = await readYamlSource(absolutePath, file);
  if (source.problems.length > 0) return {source, entries: [], problems: source.problems};
  // An empty file is a registry without objectives yet.
  if (source.value === null || source.value === undefined) return {source, entries: [], problems: []};
  if (!Array.isArray(source.value)) {
    const message = `objectives.yml must be a list, not ${describeValue(source.value)}`;
    const problems = [{file, line: 1, column: 1, message, expected: SHAPE_EXPECTED}];
    return {source, entries: [], problems: syntaxProblemsInstead(source, problems) ?? problems};
  }
  const problems = validateWithSchema(ObjectivesFileSchema, source.value, source).problems;
  const entries = (source.value as unknown[]).map((item, index): ObjectiveEntry => {
    const path = [index];
    const checked = validateWithSchema<ObjectiveFields>(ObjectiveSchema, item, source, path);
    const id = (item as {id?: unknown} | null)?.id;
    const entry: ObjectiveEntry = {...(typeof id === 'string' && {id}), path};
    const at: At = (field, key = false) => ({file, ...source.positionOf([...path, ...field], {key})});
    const shape = impactShapeProblems(item, at);
    problems.push(...checked.problems, ...shape);
    if (checked.problems.length > 0) return entry;
    const {description, footnotes} = checked.value;
    const markdown = markdownFieldProblems({field: 'description', text: description, footnotes}, at);
    problems.push(...markdown);
    if (markdown.length > 0 || shape.length > 0) return entry;
    return {...entry, objective: {...checked.value, source: source.placeOf(path)}};
  });
  const allProblems = [...problems, ...duplicateObjectiveProblems(entries, source)];
  const syntax = syntaxProblemsInstead(source, allProblems);
  return syntax ? {source, entries: [], problems: syntax} : {source, entries, problems: allProblems};
}

/** Each impact sets `to` or `by`: one of them, not both. */
function impactShapeProblems(item: unknown, at: At): Problem[] {
  const impacts = (item as {impact?: unknown} | null)?.impact;
  if (!Array.isArray(impacts)) return [];
  return impacts.flatMap((impact: unknown, index): Problem[] => {
    if (typeof impact !== 'object' || impact === null || Array.isArray(impact)) return [];
    const {to, by, kpi} = impact as Partial<Record<keyof ObjectiveImpact, unknown>>;
    const name = typeof kpi === 'string' ? ` on ${kpi}` : '';
    if (to !== undefined && by !== undefined) {
      // At the one written last, where the conflict starts.
      const [first, second] = [at(['impact', index, 'to'], true), at(['impact', index, 'by'], true)];
      return [
        {
          ...(isAfter(second, first) ? second : first),
          message: `the impact${name} has both \`to\` and \`by\``,
          expected: 'one of `to` (the value to reach) or `by` (the change over the period)',
          hint: 'keep one of them',
        },
      ];
    }
    if (to === undefined && by === undefined) {
      return [
        {
          ...at(['impact', index]),
          message: `the impact${name} has neither \`to\` nor \`by\``,
          expected: 'one of `to` (the value to reach) or `by` (the change over the period)',
          hint: 'add `to: <value>` to reach a value, or `by: <change>`, like by: -2',
        },
      ];
    }
    return [];
  });
}

function isAfter(a: Pick<Problem, 'line' | 'column'>, b: Pick<Problem, 'line' | 'column'>): boolean {
  return (a.line ?? 0) - (b.line ?? 0) > 0 || (a.line === b.line && (a.column ?? 0) > (b.column ?? 0));
}

function duplicateObjectiveProblems(entries: ObjectiveEntry[], source: YamlSource): Problem[] {
  const first = new Map<string, ObjectiveEntry>();
  return entries.flatMap((entry): Problem[] => {
    if (entry.id === undefined) return [];
    const earlier = first.get(entry.id);
    if (!earlier) {
      first.set(entry.id, entry);
      return [];
    }
    const {line, column} = source.positionOf([...earlier.path, 'id']);
    return [
      {
        file: source.file,
        ...source.positionOf([...entry.path, 'id']),
        message: `objective id "${entry.id}" is used twice; it is also at ${source.file}:${line}:${column}`,
        expected: 'each objective listed once',
        hint: 'give one of them another id',
      },
    ];
  });
}

/**
 * What an objective names: KPIs that exist and are measured in numbers, and
 * areas that exist. Called only with the KPIs and areas of files that could be read.
 */
export function objectiveRegistryProblems(
  loaded: LoadedObjectives,
  kpis: readonly KpiEntry[] | undefined,
  areas: {list: readonly Area[]; file: string} | undefined,
): Problem[] {
  const {source} = loaded;
  if (!source) return [];
  const kpiIds = kpis?.map((entry) => entry.id) ?? [];
  const at = (path: PathSegment[]) => ({file: source.file, ...source.positionOf(path)});
  return loaded.entries.flatMap(({objective, path}): Problem[] => {
    if (!objective) return [];
    const problems: Problem[] = [];
    const areaIds = areas?.list.map((area) => area.id) ?? [];
    if (areas && objective.area !== undefined && !areaIds.includes(objective.area)) {
      problems.push({
        ...at([...path, 'area']),
        message: `unknown area "${objective.area}"`,
        expected: `one of the areas in ${areas.file}: ${areaIds.join(', ')}`,
        hint: didYouMean(objective.area, areaIds) ?? `add it to ${areas.file}, or remove \`area\``,
      });
    }
    if (!kpis) return problems;
    objective.impact.forEach((impact, index) => {
      const entry = kpis.find((candidate) => candidate.id === impact.kpi);
      const where = at([...path, 'impact', index, 'kpi']);
      if (!entry) {
        problems.push({
          ...where,
          message: `unknown KPI "${impact.kpi}"`,
          expected: 'a KPI id defined in the KPI registry',
          hint: didYouMean(impact.kpi, kpiIds) ?? `known KPIs: ${kpiIds.slice(0, 8).join(', ')}${kpiIds.length > 8 ? ', …' : ''}`,
        });
      } else if (entry.kpi?.unit === 'text') {
        problems.push({
          ...where,
          message: `the KPI "${impact.kpi}" is qualitative (\`unit: text\`): an objective cannot expect a value of it`,
          expected: 'an impact on a KPI measured in numbers',
          hint: 'aim at a quantitative KPI, or describe the qualitative aim in `description`',
        });
      }
    });
    return problems;
  });
}
