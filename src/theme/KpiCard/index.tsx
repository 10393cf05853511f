import React, {type ReactNode, useId} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import type {Cadence, KpiCardData} from 'docusaurus-plugin-kpi';
import KpiStatus from '@theme/KpiStatus';
import KpiChange from '@theme/KpiChange';
import KpiSparkline from '@theme/KpiSparkline';
import './styles.css';

export interface Props {
  /** Everything the card shows, computed and formatted at build time. */
  data: KpiCardData;
  /** Page commentary: the body of the `:::kpi` block. */
  children?: ReactNode;
  /** Level of the card's title heading (default 3). */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  className?: string;
}

/**
 * A KPI card: title and area, the current value with its change, status,
 * trend line, target and progress, why the status is what it is, the facts
 * (as of, owner, cadence, tags) and the page's commentary.
 */
export default function KpiCard({data, children, headingLevel = 3, className}: Props): ReactNode {
  const reactId = useId();
  const base = `kpi-${slug(data.id)}-${reactId.replace(/[^\w-]/g, '')}`;
  const Heading = `h${headingLevel}` as const;
  const titleId = `${base}-title`;

  if (data.missing) {
    return (
      <article className={clsx('kpi-card kpi-card--missing', className)} data-kpi={data.id} data-status="missing" aria-labelledby={titleId}>
        <header className="kpi-card__header">
          <Heading id={titleId} className="kpi-card__title">
            <Translate
              id="kpi.card.unknown"
              description="Title of the card of a KPI id the registry does not know"
              values={{id: <code>{data.id}</code>}}
            >
              {'Unknown KPI {id}'}
            </Translate>
          </Heading>
        </header>
        <p className="kpi-card__missing-hint">
          <Translate id="kpi.card.unknownHint" description="Explanation on the card of an unknown KPI id">
            {'This page refers to a KPI that is not in the registry. Check the id, or add the KPI to the registry.'}
          </Translate>
        </p>
        {hasContent(children) && <div className="kpi-card__commentary">{children}</div>}
      </article>
    );
  }

  const {formatted, status} = data;
  const reasonsId = `${base}-reasons`;
  const progress = data.progress === undefined ? undefined : Math.min(1, Math.max(0, data.progress));
  const hasTarget = formatted.target !== undefined || progress !== undefined;

  return (
    <article
      className={clsx('kpi-card', className)}
      data-kpi={data.id}
      data-status={status.level}
      data-stale={data.stale ? 'true' : undefined}
      aria-labelledby={titleId}
    >
      <header className="kpi-card__header">
        <div className="kpi-card__heading">
          {data.area.title && <p className="kpi-card__area">{data.area.title}</p>}
          <Heading id={titleId} className="kpi-card__title">
            <Link to={data.permalink} className="kpi-card__title-link">
              {data.title}
            </Link>
          </Heading>
        </div>
        <KpiStatus status={status} stale={data.stale} className="kpi-card__status" />
      </header>

      <div className="kpi-card__figure">
        {formatted.value !== undefined ? (
          <p className={clsx('kpi-card__value', data.unit === 'text' && 'kpi-card__value--text')}>{formatted.value}</p>
        ) : (
          <p className="kpi-card__value kpi-card__value--none">
            <Translate id="kpi.card.noData" description="Shown instead of the value of a KPI without measurements">
              No data yet
            </Translate>
          </p>
        )}
        {data.change && <KpiChange change={data.change} formatted={formatted} showPrevious className="kpi-card__change" />}
      </div>

      {data.sparkline && (
        <KpiSparkline
          geometry={data.sparkline}
          description={data.sparklineDescription ?? ''}
          title={translate(
            {id: 'kpi.card.sparklineTitle', message: 'Trend of {title}', description: 'Accessible name of the sparkline of a KPI card'},
            {title: data.title},
          )}
          id={`${base}-sparkline`}
          className="kpi-card__sparkline"
        />
      )}

      {hasTarget && (
        <div className="kpi-card__target">
          <div className="kpi-card__target-row">
            {formatted.target !== undefined && (
              <span>
                {formatted.targetBy !== undefined ? (
                  <Translate
                    id="kpi.card.targetBy"
                    description="The target in force on a KPI card, with its due date"
                    values={{target: <strong className="kpi-card__target-value">{formatted.target}</strong>, by: formatted.targetBy}}
                  >
                    {'Target {target} by {by}'}
                  </Translate>
                ) : (
                  <Translate
                    id="kpi.card.target"
                    description="The target in force on a KPI card"
                    values={{target: <strong className="kpi-card__target-value">{formatted.target}</strong>}}
                  >
                    {'Target {target}'}
                  </Translate>
                )}
              </span>
            )}
            {formatted.progress !== undefined && (
              <span className="kpi-card__progress-text">
                <Translate
                  id="kpi.card.progressText"
                  description="How far a KPI is toward its target, e.g. '62% of the way'"
                  values={{progress: formatted.progress}}
                >
                  {'{progress} of the way'}
                </Translate>
              </span>
            )}
          </div>
          {progress !== undefined && (
            <div
              className="kpi-card__progress"
              role="progressbar"
              aria-label={translate({
                id: 'kpi.card.progressLabel',
                message: 'Progress toward the target',
                description: 'Accessible name of the progress bar of a KPI card',
              })}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={Math.round(progress * 100)}
              aria-valuetext={formatted.progress}
            >
              <span className="kpi-card__progress-fill" style={{width: `${Math.round(progress * 1000) / 10}%`}} />
            </div>
          )}
        </div>
      )}

      {status.reasons.length > 0 && (
        <div className="kpi-card__reasons">
          <p id={reasonsId} className="kpi-card__reasons-title">
            {status.origin === 'manual' ? (
              <Translate id="kpi.card.reasonsManual" description="Heading of the reasons given by hand for a KPI's status">
                Status set by hand because
              </Translate>
            ) : (
              <Translate id="kpi.card.reasons" description="Heading of the computed reasons for a KPI's status">
                Why this status
              </Translate>
            )}
          </p>
          <ul className="kpi-card__reasons-list" aria-labelledby={reasonsId}>
            {status.reasons.map((reason, index) => (
              <li key={index}>{reason}</li>
            ))}
          </ul>
        </div>
      )}

      <dl className="kpi-card__facts">
        {formatted.asOf !== undefined && (
          <div className="kpi-card__fact">
            <dt>
              <Translate id="kpi.card.asOf" description="Label of the date of the latest measurement of a KPI">
                As of
              </Translate>
            </dt>
            <dd>{formatted.asOf}</dd>
          </div>
        )}
        {data.owner && (
          <div className="kpi-card__fact">
            <dt>
              <Translate id="kpi.card.owner" description="Label of the owner of a KPI">
                Owner
              </Translate>
            </dt>
            <dd>{data.owner}</dd>
          </div>
        )}
        <div className="kpi-card__fact">
          <dt>
            <Translate id="kpi.card.cadence" description="Label of how often a KPI is measured">
              Measured
            </Translate>
          </dt>
          <dd>{cadenceLabel(data.cadence)}</dd>
        </div>
        {data.tags.length > 0 && (
          <div className="kpi-card__fact">
            <dt>
              <Translate id="kpi.card.tags" description="Label of the tags of a KPI">
                Tags
              </Translate>
            </dt>
            <dd>
              <ul className="kpi-card__tags">
                {data.tags.map((tag) => (
                  <li key={tag} className="kpi-card__tag">
                    {tag}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>

      {hasContent(children) && <div className="kpi-card__commentary">{children}</div>}
    </article>
  );
}

function cadenceLabel(cadence: Cadence): string {
  switch (cadence) {
    case 'daily':
      return translate({id: 'kpi.cadence.daily', message: 'Daily', description: 'KPI cadence'});
    case 'weekly':
      return translate({id: 'kpi.cadence.weekly', message: 'Weekly', description: 'KPI cadence'});
    case 'monthly':
      return translate({id: 'kpi.cadence.monthly', message: 'Monthly', description: 'KPI cadence'});
    case 'quarterly':
      return translate({id: 'kpi.cadence.quarterly', message: 'Quarterly', description: 'KPI cadence'});
    case 'yearly':
      return translate({id: 'kpi.cadence.yearly', message: 'Yearly', description: 'KPI cadence'});
    default:
      return cadence;
  }
}

function hasContent(children: ReactNode): boolean {
  return React.Children.toArray(children).some((child) => typeof child !== 'string' || child.trim() !== '');
}

function slug(id: string): string {
  return id.replace(/[^\w-]/g, '-');
}
