import {didYouMean, type Problem} from '../shared/errors';
import type {Area} from '../types';
import type {KpiEntry, LoadedAreaFile} from './areaFile';

/**
 * Checks that need every file at once: ids unique across areas, areas that
 * exist, parents that exist and do not loop.
 */

export function duplicateKpiProblems(entries: KpiEntry[]): Problem[] {
  const first = new Map<string, KpiEntry>();
  const problems: Problem[] = [];
  for (const entry of entries) {
    const earlier = first.get(entry.id);
    if (!earlier) {
      first.set(entry.id, entry);
      continue;
    }
    const {line, column} = earlier.source.positionOf([...earlier.path, 'id']);
    problems.push({
      file: entry.source.file,
      ...entry.source.positionOf([...entry.path, 'id']),
      message: `KPI id "${entry.id}" is used twice; it is also at ${earlier.source.file}:${line}:${column}`,
      expected: 'an id used by one KPI only, across all areas',
      hint: 'give one of them another id',
    });
  }
  return problems;
}

export function unknownAreaProblems(files: LoadedAreaFile[], areas: Area[], areasFile: string): Problem[] {
  const ids = areas.map((area) => area.id);
  return files
    .filter((file) => file.area !== undefined && !ids.includes(file.area))
    .map((file) => ({
      file: file.source.file,
      ...file.source.positionOf(['area']),
      message: `unknown area "${file.area}"`,
      expected: `one of the areas in ${areasFile}: ${ids.join(', ')}`,
      hint: didYouMean(file.area!, ids) ?? `add it to ${areasFile}`,
    }));
}

/** `parent` names a KPI that exists. */
export function unknownParentProblems(entries: KpiEntry[]): Problem[] {
  const ids = entries.map((entry) => entry.id);
  return entries.flatMap((entry) => {
    const parent = entry.kpi?.parent;
    if (parent === undefined || ids.includes(parent)) return [];
    return [
      {
        file: entry.source.file,
        ...entry.source.positionOf([...entry.path, 'parent']),
        message: `unknown parent KPI "${parent}"`,
        expected: 'the id of another KPI, in any area',
        hint: didYouMean(parent, ids) ?? 'check the id, or remove `parent`',
      },
    ];
  });
}

/** A roll-up that loops has no top; each loop is reported once, at its first KPI in registry order. */
export function parentCycleProblems(entries: KpiEntry[]): Problem[] {
  const byId = new Map<string, KpiEntry>();
  for (const entry of entries) if (!byId.has(entry.id)) byId.set(entry.id, entry);
  const order = new Map(entries.map((entry, index) => [entry, index]));
  const settled = new Set<KpiEntry>();
  const problems: Problem[] = [];

  for (const start of entries) {
    const chain: KpiEntry[] = [];
    let current: KpiEntry | undefined = start;
    while (current && !settled.has(current) && !chain.includes(current)) {
      chain.push(current);
      current = current.kpi?.parent === undefined ? undefined : byId.get(current.kpi.parent);
    }
    if (current && chain.includes(current)) {
      const loop = chain.slice(chain.indexOf(current));
      const first = loop.reduce((a, b) => (order.get(a)! <= order.get(b)! ? a : b));
      const rotated = [...loop.slice(loop.indexOf(first)), ...loop.slice(0, loop.indexOf(first)), first];
      problems.push({
        file: first.source.file,
        ...first.source.positionOf([...first.path, 'parent']),
        message: `parent KPIs go round in a loop: ${rotated.map((entry) => entry.id).join(' → ')}`,
        expected: 'roll-ups that end at a KPI without a parent',
        hint: 'remove the `parent` of one of these KPIs',
      });
    }
    for (const entry of chain) settled.add(entry);
  }
  return problems;
}
