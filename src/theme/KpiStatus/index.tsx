import {type ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import type {StatusLevel} from 'docusaurus-plugin-kpi';
import {STATUS_LEVELS} from 'docusaurus-plugin-kpi/vocabulary';
import './styles.css';
import type {Props} from '@theme/KpiStatus';

/** Every status level, from best to least known: the order of legends, counts and filters. */
export {STATUS_LEVELS};

/** The translated label of a status level ("On track"). */
export function statusLabel(level: StatusLevel): string {
  // One literal call per label so `docusaurus write-translations` extracts them all.
  switch (level) {
    case 'achieved':
      return translate({id: 'kpi.status.achieved', message: 'Achieved', description: 'KPI status: the target is reached'});
    case 'on-track':
      return translate({id: 'kpi.status.onTrack', message: 'On track', description: 'KPI status: the trend reaches the target in time'});
    case 'at-risk':
      return translate({id: 'kpi.status.atRisk', message: 'At risk', description: 'KPI status: the target may be missed'});
    case 'off-track':
      return translate({
        id: 'kpi.status.offTrack',
        message: 'Off track',
        description: 'KPI status: the target will be missed at the current trend',
      });
    case 'no-target':
      return translate({id: 'kpi.status.noTarget', message: 'No target', description: 'KPI status: no target is set'});
    case 'no-data':
      return translate({id: 'kpi.status.noData', message: 'No data', description: 'KPI status: no measurement yet'});
    case 'stale':
      return translate({id: 'kpi.status.stale', message: 'Stale', description: 'KPI status: the latest measurement is out of date'});
    default:
      return level;
  }
}

/** The colour family of a level: green, amber, red or grey. */
export function statusTone(level: StatusLevel): 'success' | 'warning' | 'danger' | 'neutral' {
  switch (level) {
    case 'achieved':
    case 'on-track':
      return 'success';
    case 'at-risk':
      return 'warning';
    case 'off-track':
      return 'danger';
    default:
      return 'neutral';
  }
}

/**
 * A status badge: a text label and a shape that differs per level (check,
 * arrow, triangle, octagon, dashed ring, slashed ring, clock), so colour is
 * never the only cue.
 */
export default function KpiStatus({status, stale = false, compact = false, className}: Props): ReactNode {
  const prefix = translate({id: 'kpi.status.prefix', message: 'Status:', description: 'Screen-reader prefix of a KPI status badge'});
  const showStale = stale && status.level !== 'stale';
  return (
    <span className={clsx('kpi-status', compact && 'kpi-status--compact', className)}>
      <Badge level={status.level} prefix={prefix} />
      {showStale && <Badge level="stale" />}
    </span>
  );
}

function Badge({level, prefix}: {level: StatusLevel; prefix?: string}): ReactNode {
  return (
    <span className={`kpi-status__badge kpi-status__badge--${statusTone(level)}`} data-status={level}>
      <StatusIcon level={level} />
      {prefix && <span className="kpi-status__hidden">{prefix} </span>}
      <span className="kpi-status__label">{statusLabel(level)}</span>
    </span>
  );
}

function StatusIcon({level}: {level: StatusLevel}): ReactNode {
  return (
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
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {ICONS[level] ?? ICONS['no-data']}
    </svg>
  );
}

const ICONS: Record<StatusLevel, ReactNode> = {
  // Ring with a check mark.
  achieved: (
    <>
      <circle cx="8" cy="8" r="6.5" />
      <path d="M5 8.3l2 2 4-4.3" />
    </>
  ),
  // Ring with an arrow pointing ahead.
  'on-track': (
    <>
      <circle cx="8" cy="8" r="6.5" />
      <path d="M4.8 8h6.2M8.6 5.5 11 8l-2.4 2.5" />
    </>
  ),
  // Warning triangle.
  'at-risk': (
    <>
      <path d="M8 1.8 14.6 13.6H1.4z" />
      <path d="M8 6.2v3.4" />
      <circle cx="8" cy="11.7" r="0.35" fill="currentColor" />
    </>
  ),
  // Octagon with a cross.
  'off-track': (
    <>
      <path d="M5.3 1.5h5.4l3.8 3.8v5.4l-3.8 3.8H5.3l-3.8-3.8V5.3z" />
      <path d="M5.8 5.8l4.4 4.4M10.2 5.8l-4.4 4.4" />
    </>
  ),
  // Dashed ring: nothing to aim at.
  'no-target': (
    <>
      <circle cx="8" cy="8" r="6.5" strokeDasharray="2.6 2.5" />
      <circle cx="8" cy="8" r="1.2" fill="currentColor" stroke="none" />
    </>
  ),
  // Slashed ring: nothing measured.
  'no-data': (
    <>
      <circle cx="8" cy="8" r="6.5" />
      <path d="M3.4 12.6 12.6 3.4" />
    </>
  ),
  // Clock: out of date.
  stale: (
    <>
      <circle cx="8" cy="8" r="6.5" />
      <path d="M8 4.4V8l2.6 1.6" />
    </>
  ),
};
