import {type ReactNode, useId} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import './styles.css';
import type {Props} from '@theme/KpiSparkline';

/**
 * A static SVG trend line: area, line, the latest point and the target as a
 * dashed line. It scales to the width of its container.
 */
export default function KpiSparkline({geometry, description, events = [], title, id, className}: Props): ReactNode {
  const reactId = useId();
  const base = id ?? `kpi-sparkline-${reactId.replace(/[^\w-]/g, '')}`;
  const titleId = `${base}-title`;
  const descId = `${base}-desc`;
  const {width, height, line, baseline, first, last, targetY} = geometry;
  const hasTarget = targetY !== undefined;
  const withTarget = hasTarget
    ? `${description} ${translate({id: 'kpi.sparkline.targetLine', message: 'The dashed line marks the target.', description: 'Added to the text alternative of a sparkline that shows a target'})}`
    : description;
  const fullDescription = events.length > 0 ? `${withTarget} ${describeEvents(events)}` : withTarget;
  return (
    <svg
      className={clsx('kpi-sparkline', className)}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      preserveAspectRatio="xMidYMid meet"
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      focusable="false"
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>{fullDescription}</desc>
      {/* The area under the line: down from its last point, back along the bottom, closed to its first. */}
      <path className="kpi-sparkline__area" d={`${line}V${baseline}H${first.x}Z`} />
      {hasTarget && <line className="kpi-sparkline__target" x1={0} x2={width} y1={targetY} y2={targetY} />}
      <path className="kpi-sparkline__line" d={line} />
      <circle className="kpi-sparkline__halo" cx={last.x} cy={last.y} r={4.5} />
      <circle className="kpi-sparkline__last" cx={last.x} cy={last.y} r={3} />
    </svg>
  );
}

/** The events in words, for the text alternative. */
export function describeEvents(events: readonly {date: string; label: string}[]): string {
  const list = events
    .map((event) =>
      translate(
        {
          id: 'kpi.event.item',
          message: '{date}: {label}',
          description: 'One event of a KPI in a text alternative or list: its date and label',
        },
        {date: event.date, label: event.label},
      ),
    )
    .join('; ');
  return translate(
    {
      id: 'kpi.event.description',
      message: 'Events: {events}.',
      description: 'Added to the text alternative of a KPI chart or sparkline that has events',
    },
    {events: list},
  );
}
