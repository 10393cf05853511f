import type {Problem} from '../shared/errors';
import type {KpiDefinition} from '../types';
import {describeValue} from './dates';
import {validateWithSchema} from './joiProblems';
import {checkKpiFields} from './kpiChecks';
import {AreaFileSchema, KpiSchema} from './schema';
import type {ValueKind} from './series';
import {checkUnit} from './units';
import {readYamlSource, syntaxProblemsInstead, type PathSegment, type YamlSource} from './yamlSource';

/** A KPI as written in an area file, whether or not it is valid, so that checks across files see every id. */
export interface KpiEntry {
  id: string;
  source: YamlSource;
  /** Where the KPI is in its file: `['kpis', index]`. */
  path: PathSegment[];
  /** Set when the KPI passed validation. */
  kpi?: KpiDefinition;
  /** The series to load; set even when other fields are wrong, so the series gets checked too. */
  series?: SeriesRequest;
}

export interface SeriesRequest {
  /** As written in `data:`. */
  data: string;
  valueKind: ValueKind;
}

export interface LoadedAreaFile {
  source: YamlSource;
  /** The `area:` id, when it is one. */
  area?: string;
  /** False when the file could not be parsed, so its KPIs are unknown. */
  complete: boolean;
  entries: KpiEntry[];
  problems: Problem[];
}

const SHAPE_EXPECTED =
  'a mapping like\n    area: product-and-services\n    kpis:\n      - id: delivery-time\n        title: Average delivery time';

type KpiFields = Omit<KpiDefinition, 'area' | 'source'>;

export async function loadAreaFile(absolutePath: string, file: string): Promise<LoadedAreaFile> {
  const source = await readYamlSource(absolutePath, file);
  const incomplete = (problems: Problem[]): LoadedAreaFile => ({
    source,
    complete: false,
    entries: [],
    problems: syntaxProblemsInstead(source, problems) ?? problems,
  });
  if (source.problems.length > 0) return incomplete(source.problems);
  if (typeof source.value !== 'object' || source.value === null || Array.isArray(source.value)) {
    const message = source.value === null ? 'the file is empty' : `an area file must be a mapping, not ${describeValue(source.value)}`;
    return incomplete([{file, line: 1, column: 1, message, expected: SHAPE_EXPECTED}]);
  }

  const {value, problems} = validateWithSchema<{area?: unknown; kpis?: unknown}>(AreaFileSchema, source.value, source);
  const area = typeof value.area === 'string' ? value.area : undefined;
  const items: unknown[] = Array.isArray(value.kpis) ? value.kpis : [];
  const entries = items.flatMap((item, index): KpiEntry[] => {
    const path = ['kpis', index];
    const checked = validateWithSchema<KpiFields>(KpiSchema, item, source, path);
    problems.push(...checked.problems);
    const id = (item as {id?: unknown} | null)?.id;
    if (typeof id !== 'string') return [];
    const series = seriesRequestOf(item);
    if (checked.problems.length > 0) return [{id, source, path, series}];
    problems.push(...checkKpiFields(checked.value, source, path));
    return [{id, source, path, series, kpi: area === undefined ? undefined : toDefinition(checked.value, area, source, path)}];
  });
  if (syntaxProblemsInstead(source, problems)) return incomplete(problems);
  return {source, area, complete: true, entries, problems};
}

/** The series of a KPI whose `data` and `unit` make sense on their own. */
function seriesRequestOf(item: unknown): SeriesRequest | undefined {
  const {data, unit = 'count'} = item as {data?: unknown; unit?: unknown};
  if (typeof data !== 'string' || data === '' || typeof unit !== 'string' || checkUnit(unit)) return undefined;
  return {data, valueKind: unit === 'text' ? 'text' : 'number'};
}

function toDefinition(fields: KpiFields, area: string, source: YamlSource, path: PathSegment[]): KpiDefinition {
  return {
    ...fields,
    area,
    targets: [...fields.targets].sort((a, b) => (a.by < b.by ? -1 : a.by > b.by ? 1 : 0)),
    // Stable: events on the same day keep their order in the file. No `events` when there are none.
    events: fields.events?.length ? [...fields.events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)) : undefined,
    source: source.placeOf(path),
  };
}
