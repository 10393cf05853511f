import type {ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import KpiStatus from '@theme/KpiStatus';
import type {Props} from '@theme/KpiObjective/Status';

/** The status of an objective or impact: a KPI status badge, or "Not started" before the period. */
export default function KpiObjectiveStatus({status, compact = false, className}: Props): ReactNode {
  if (status.level !== 'not-started') {
    return (
      <KpiStatus status={{level: status.level, reasons: status.reasons, origin: 'computed'}} compact={compact} className={className} />
    );
  }
  const prefix = translate({id: 'kpi.status.prefix', message: 'Status:', description: 'Screen-reader prefix of a KPI status badge'});
  return (
    <span className={clsx('kpi-status', compact && 'kpi-status--compact', className)}>
      <span className="kpi-status__badge kpi-status__badge--neutral" data-status="not-started">
        {/* An empty ring with a dot at its start: the period has not begun. */}
        <svg
          className="kpi-status__icon"
          viewBox="0 0 16 16"
          width="16"
          height="16"
          aria-hidden="true"
          focusable="false"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.75"
        >
          <circle cx="8" cy="8" r="6.5" />
          <circle cx="8" cy="1.5" r="1.4" fill="currentColor" stroke="none" />
        </svg>
        <span className="kpi-status__hidden">{prefix} </span>
        <span className="kpi-status__label">
          {translate({id: 'kpi.status.notStarted', message: 'Not started', description: 'Objective status: its period has not begun'})}
        </span>
      </span>
    </span>
  );
}
