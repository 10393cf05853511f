import {type ReactNode, useId} from 'react';
import clsx from 'clsx';
import Translate, {translate} from '@docusaurus/Translate';
import type {ChartGeometry} from 'docusaurus-plugin-kpi';
import styles from './styles.module.css';
import {describeEvents} from '@theme/KpiSparkline';
import type {Props} from '@theme/KpiChart';

/**
 * The full static SVG chart of a KPI page: value and date axes with
 * gridlines, the measurements as a line with points (each with a tooltip),
 * and the targets in force over time as a dashed step line, with a legend. It
 * scales to the width of its container; there is no script.
 */
export default function KpiChart({geometry, title, description, id, compact = false, className}: Props): ReactNode {
  const reactId = useId();
  const base = id ?? `kpi-chart-${reactId.replace(/[^\w-]/g, '')}`;
  const titleId = `${base}-title`;
  const descId = `${base}-desc`;
  const {width, height, line, points, targets, targetPath, events, highlight} = geometry;
  const fullDescription = chartDescription(geometry, description);

  return (
    <figure className={clsx(styles.chart, compact && styles.compact, className)}>
      <svg
        className={styles.svg}
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

        {highlight && (
          <rect
            className={styles.highlight}
            x={highlight.x1}
            y={geometry.plot.top}
            width={Math.max(0, highlight.x2 - highlight.x1)}
            height={geometry.plot.bottom - geometry.plot.top}
          />
        )}

        <Axes geometry={geometry} />

        <Events geometry={geometry} />

        {targetPath && (
          <g className={styles.targets}>
            <path className={styles.target} d={targetPath} />
            {targets.map((step) =>
              step.showLabel ? (
                <text key={`${step.x1}-${step.x2}`} className={styles.targetLabel} x={step.labelX} y={step.labelY} textAnchor="start">
                  {step.value}
                </text>
              ) : null,
            )}
          </g>
        )}

        <path className={styles.line} d={line} />
        <g className={styles.points}>
          {points.map((point, index) => (
            <g key={`${point.date}-${index}`}>
              <title>{point.label}</title>
              <circle className={styles.point} cx={point.x} cy={point.y} r={3.5} />
              <circle className={styles.hit} cx={point.x} cy={point.y} r={9} />
            </g>
          ))}
        </g>
      </svg>

      <Legend withValues={!compact} withTargets={targets.length > 0} withEvents={events.length > 0} highlight={highlight?.label} />
    </figure>
  );
}

/** Gridlines, the value axis on the left and the date axis below, every other date label minor. */
function Axes({geometry: {plot, xTicks, yTicks}}: {geometry: ChartGeometry}): ReactNode {
  return (
    <>
      <g className={styles.grid}>
        {yTicks.map((tick) => (
          <line key={tick.label} x1={plot.left} x2={plot.right} y1={tick.position} y2={tick.position} />
        ))}
      </g>

      <g className={styles.axis}>
        {yTicks.map((tick) => (
          <text key={tick.label} x={plot.left - 8} y={tick.position} dy="0.32em" textAnchor="end">
            {tick.label}
          </text>
        ))}
        <line className={styles.axisLine} x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
        {xTicks.map((tick, index) => (
          <g key={tick.label} className={index % 2 === 1 ? styles.minorTick : undefined}>
            <line className={styles.axisLine} x1={tick.position} x2={tick.position} y1={plot.bottom} y2={plot.bottom + 5} />
            <text x={tick.position} y={plot.bottom + 20} textAnchor="middle">
              {tick.label}
            </text>
          </g>
        ))}
      </g>
    </>
  );
}

interface LegendProps {
  withValues: boolean;
  withTargets: boolean;
  withEvents: boolean;
  highlight?: string;
}

function Legend({withValues, withTargets, withEvents, highlight}: LegendProps): ReactNode {
  if (!withValues && !withTargets && !withEvents && !highlight) return null;
  return (
    <ul className={styles.legend}>
      {withValues && (
        <li>
          <svg className={styles.swatch} viewBox="0 0 24 8" width={24} height={8} aria-hidden="true" focusable="false">
            <line className={styles.line} x1={0} x2={24} y1={4} y2={4} />
            <circle className={styles.point} cx={12} cy={4} r={3} />
          </svg>
          <Translate id="kpi.chart.legendValues" description="Legend of the line of measurements on a KPI chart">
            Measured values
          </Translate>
        </li>
      )}
      {withTargets && (
        <li>
          <svg className={styles.swatch} viewBox="0 0 24 8" width={24} height={8} aria-hidden="true" focusable="false">
            <line className={styles.target} x1={0} x2={24} y1={4} y2={4} />
          </svg>
          <Translate id="kpi.chart.legendTargets" description="Legend of the dashed target steps on a KPI chart">
            Target in force
          </Translate>
        </li>
      )}
      {withEvents && (
        <li>
          <svg className={styles.swatch} viewBox="0 0 8 12" width={8} height={12} aria-hidden="true" focusable="false">
            <line className={styles.eventLine} x1={4} x2={4} y1={0} y2={12} />
          </svg>
          <Translate id="kpi.chart.legendEvents" description="Legend of the dotted vertical markers of events on a KPI chart">
            Event
          </Translate>
        </li>
      )}
      {highlight && (
        <li>
          <svg className={styles.swatch} viewBox="0 0 16 12" width={16} height={12} aria-hidden="true" focusable="false">
            <rect className={styles.highlight} x={0} y={0} width={16} height={12} />
          </svg>
          {highlight}
        </li>
      )}
    </ul>
  );
}

/** The targets in words, for the chart's text alternative. */
function describeTargets({targets}: ChartGeometry): string {
  const list = targets
    .map((step) =>
      translate(
        {id: 'kpi.chart.targetStep', message: '{value} until {by}', description: 'One target step in the text alternative of a KPI chart'},
        {value: step.value, by: step.by},
      ),
    )
    .join('; ');
  return translate(
    {
      id: 'kpi.chart.targetsDescription',
      message: 'The dashed line shows the target in force over time: {targets}.',
      description: 'Added to the text alternative of a KPI chart that shows targets',
    },
    {targets: list},
  );
}

/** The chart's text alternative: the measurements, then the highlight, targets and events it shows. */
function chartDescription(geometry: ChartGeometry, description: string): string {
  const {targets, events, highlight} = geometry;
  return [
    description,
    ...(highlight
      ? [
          translate(
            {
              id: 'kpi.chart.highlightDescription',
              message: 'The shaded band is {label}.',
              description: 'Added to the text alternative of a chart that shades a stretch of time, e.g. a quarter',
            },
            {label: highlight.label},
          ),
        ]
      : []),
    ...(targets.length > 0 ? [describeTargets(geometry)] : []),
    ...(events.length > 0 ? [describeEvents(events.map((event) => ({date: event.formattedDate, label: event.label})))] : []),
  ].join(' ');
}

/** The events as dotted vertical markers across the plot, each labelled at its top. */
function Events({geometry: {events, plot}}: {geometry: ChartGeometry}): ReactNode {
  if (events.length === 0) return null;
  return (
    <g className={styles.events}>
      {events.map((event, index) => (
        <g key={`${event.date}-${index}`}>
          <title>{`${event.formattedDate}: ${event.label}`}</title>
          <line className={styles.eventLine} x1={event.x} x2={event.x} y1={plot.top} y2={plot.bottom} />
          <text className={styles.eventLabel} x={event.labelX} y={event.labelY} textAnchor={event.anchor}>
            {event.label}
          </text>
        </g>
      ))}
    </g>
  );
}
