import type {KpiDefinition, SmartCriterion} from '../types';

export interface SmartContext {
  /** Formats target values in the evidence; `String` when not given. */
  formatValue?: (value: number) => string;
  /** Formats due dates in the evidence; ISO dates as they are when not given. */
  formatDate?: (isoDate: string) => string;
  /** Title of the KPI's area; its id when not given. */
  areaTitle?: string;
  /** Title of the KPI the KPI rolls up to; its id when not given. */
  parentTitle?: string;
}

/**
 * The SMART checklist of a KPI, checked against what the registry says about
 * it (not against what the numbers do: that is the status). The rules:
 *
 * - **Specific**: the KPI has a title and a written definition of what is
 *   counted and how.
 * - **Measurable**: a quantitative KPI (any unit but `text`) has a data source
 *   (`data`); a qualitative one (`unit: text`) has a status set by hand, since
 *   its status cannot be computed.
 * - **Attainable**: there is a target to attain and, with `hasData`, at least
 *   one measurement as the baseline it is judged from.
 * - **Relevant**: someone owns the KPI and it belongs to an area (rolling up
 *   to a parent KPI is mentioned as further evidence, not required).
 * - **Time-bound**: the KPI has at least one target, every target has a due
 *   date, and a cadence says how often it is measured.
 *
 * The evidence says what meets the criterion, or what is missing, in a
 * sentence for the KPI page.
 */
export function smartChecklist(kpi: KpiDefinition, hasData: boolean, context: SmartContext = {}): SmartCriterion[] {
  const value = context.formatValue ?? String;
  const date = context.formatDate ?? ((isoDate: string) => isoDate);
  const qualitative = kpi.unit === 'text';
  const definition = kpi.definition?.trim();
  const target = kpi.targets.at(-1);
  const undated = kpi.targets.filter((candidate) => !candidate.by);

  const specific: SmartCriterion = {
    criterion: 'specific',
    met: Boolean(kpi.title.trim() && definition),
    evidence: definition ? `"${kpi.title}" has a written definition.` : `"${kpi.title}" has no definition of what is counted and how.`,
  };

  const measurable: SmartCriterion = qualitative
    ? {
        criterion: 'measurable',
        met: kpi.status !== undefined,
        evidence: kpi.status
          ? `A qualitative KPI whose status is set by hand (${kpi.status.level}).`
          : 'A qualitative KPI without a status set by hand.',
      }
    : {
        criterion: 'measurable',
        met: Boolean(kpi.data || kpi.metric || kpi.query),
        evidence: measuredFrom(kpi),
      };

  const attainable: SmartCriterion = {
    criterion: 'attainable',
    met: target !== undefined && hasData,
    evidence: !target
      ? 'No target is set.'
      : hasData
        ? `Target ${value(target.value)} by ${date(target.by)}, against a baseline from the measurements.`
        : `Target ${value(target.value)} by ${date(target.by)}, but no measurement yet to judge it from.`,
  };

  const area = context.areaTitle ?? kpi.area;
  const parent = kpi.parent ? `; rolls up to ${context.parentTitle ?? kpi.parent}` : '';
  const relevant: SmartCriterion = {
    criterion: 'relevant',
    met: Boolean(kpi.owner && kpi.area),
    evidence: kpi.owner ? `Owned by ${kpi.owner} in ${area}${parent}.` : `No owner is named in ${area}${parent}.`,
  };

  const timeBound: SmartCriterion = {
    criterion: 'time-bound',
    met: kpi.targets.length > 0 && undated.length === 0 && Boolean(kpi.cadence),
    evidence:
      kpi.targets.length === 0
        ? `Measured ${kpi.cadence}, but no target has a due date.`
        : undated.length > 0
          ? `Measured ${kpi.cadence}, but ${undated.length} of ${kpi.targets.length} targets have no due date.`
          : !kpi.cadence
            ? 'Targets have due dates, but no cadence is set.'
            : kpi.targets.length === 1
              ? `Measured ${kpi.cadence}; the target is due ${date(target!.by)}.`
              : `Measured ${kpi.cadence}; all ${kpi.targets.length} targets have due dates, the last ${date(target!.by)}.`,
  };

  return [specific, measurable, attainable, relevant, timeBound];
}

function measuredFrom(kpi: KpiDefinition): string {
  if (kpi.metric) return `Measured in ${kpi.unit}, computed as ${kpi.metric.measure} of ${kpi.metric.from} per period.`;
  if (kpi.query) return `Measured in ${kpi.unit}, computed by an SQL query over raw data.`;
  if (kpi.data) return `Measured in ${kpi.unit} from ${kpi.data}.`;
  return `Measured in ${kpi.unit}, but no data file is given.`;
}
