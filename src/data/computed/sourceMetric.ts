import {didYouMean, type Problem} from '../../shared/errors';
import type {Cadence} from '../../shared/vocabulary';
import type {KpiMetric} from '../../types';
import type {NamedSources} from '../sources/namedSources';
import {KpiSourceError} from '../sources/sourceError';
import {compileMetric, unsupportedMeasure} from './metricSql';

type At = Omit<Problem, 'message'>;

/** The problem with `source: name` when the site has no such source. */
export function unknownSource(name: string, sources: NamedSources | undefined, at: At): Problem | undefined {
  const known = sources?.names() ?? [];
  if (sources && known.includes(name)) return undefined;
  const expected = known.length > 0 ? `one of ${known.join(', ')}` : 'a source in the plugin option `sources`';
  return {...at, message: `there is no source named ${name}`, expected, hint: didYouMean(name, known)};
}

/**
 * The SQL of a metric with `source:`, compiled to that source's dialect, `from`
 * being one of its tables; or why it cannot be: no such source, a source
 * without a dialect, a measure the dialect cannot write.
 */
export async function compileSourceMetric(
  kpi: {id: string; cadence: Cadence; metric: KpiMetric},
  {sources, asOf, at}: {sources: NamedSources | undefined; asOf: string; at: At},
): Promise<{sql: string} | {problem: Problem}> {
  const name = kpi.metric.source!;
  const unknown = unknownSource(name, sources, at);
  if (unknown) return {problem: unknown};
  let dialect;
  try {
    dialect = await sources!.dialect(name);
  } catch (error) {
    if (!(error instanceof KpiSourceError)) throw error;
    return {problem: {...at, message: error.message, expected: `a source ${name} that can be opened`, hint: error.hint}};
  }
  if (!dialect) {
    return {
      problem: {
        ...at,
        message: `the metric of KPI "${kpi.id}" names source ${name}, which has no SQL dialect for metrics`,
        expected: `a source whose module gives it a \`dialect\`, or a \`query\` written in the SQL of source ${name}`,
        hint: 'see "The SQL dialect" under "Writing a source module" in the README',
      },
    };
  }
  const unsupported = unsupportedMeasure(kpi.metric.measure, dialect);
  if (unsupported) {
    return {
      problem: {
        ...at,
        message: `the metric of KPI "${kpi.id}" measures ${unsupported}(), which the dialect of source ${name} does not write`,
        expected: `a measure the dialect of source ${name} has, or an aggregate expression in its SQL`,
        hint: `write the aggregate in the source's SQL, like measure: percentile_cont(0.5) within group (order by col)`,
      },
    };
  }
  return {sql: compileMetric(kpi.metric, {from: kpi.metric.from, cadence: kpi.cadence, asOf, dialect})};
}
