import {type ReactNode, useId} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import KpiObjectiveStatus from '@theme/KpiObjective/Status';
import KpiObjectiveImpact from '@theme/KpiObjective/Impact';
import type {Props} from '@theme/KpiObjective';
import '../KpiCard/surface.css';
import './styles.css';

/**
 * An objective card (`::objective{#id}`): title, period and owner, the
 * description, then each expected impact on a KPI with its progress and status.
 */
export default function KpiObjective({data, headingLevel = 3, linkTitle = true, className}: Props): ReactNode {
  const reactId = useId();
  const base = `kpi-objective-${data.id.replace(/[^\w-]/g, '-')}-${reactId.replace(/[^\w-]/g, '')}`;
  const titleId = `${base}-title`;
  const Heading = `h${headingLevel}` as const;
  if (data.missing) {
    return (
      <article className={clsx('kpi-objective kpi-objective--missing', className)} data-objective={data.id} aria-labelledby={titleId}>
        <Heading id={titleId} className="kpi-objective__title">
          <Translate
            id="kpi.objective.unknown"
            description="Title of the card of an objective id the registry does not know"
            values={{id: <code>{data.id}</code>}}
          >
            {'Unknown objective {id}'}
          </Translate>
        </Heading>
      </article>
    );
  }
  return (
    <article
      className={clsx('kpi-objective', className)}
      data-objective={data.id}
      data-status={data.status.level}
      data-phase={data.phase}
      aria-labelledby={titleId}
    >
      <header className="kpi-objective__header">
        <div className="kpi-objective__heading">
          <Heading id={titleId} className="kpi-objective__title">
            {linkTitle ? <Link to={data.permalink}>{data.title}</Link> : data.title}
          </Heading>
        </div>
        <KpiObjectiveStatus status={data.status} className="kpi-objective__status" />
      </header>
      <ObjectiveFacts data={data} />
      {data.descriptionHtml && <div className="kpi-objective__description" dangerouslySetInnerHTML={{__html: data.descriptionHtml}} />}
      <p className="kpi-objective__impacts-title" id={`${base}-impacts`}>
        <Translate id="kpi.objective.impacts" description="Heading of the list of an objective's expected impacts on KPIs">
          Expected impact
        </Translate>
      </p>
      <ul className="kpi-objective__impacts" aria-labelledby={`${base}-impacts`}>
        {data.impacts.map((impact, index) => (
          <KpiObjectiveImpact key={impact.kpi.id} impact={impact} id={`${base}-impact-${index}`} />
        ))}
      </ul>
    </article>
  );
}

/** Period, owner and area. */
function ObjectiveFacts({data}: Pick<Props, 'data'>): ReactNode {
  return (
    <dl className="kpi-objective__facts">
      <div>
        <dt>
          <Translate id="kpi.objective.period" description="Label of an objective's period">
            Period
          </Translate>
        </dt>
        <dd>
          <Translate
            id="kpi.objective.periodRange"
            description="An objective's period as written, then its first and last days"
            values={{label: data.period.label, from: data.period.from, to: data.period.to}}
          >
            {'{label} ({from} – {to})'}
          </Translate>
        </dd>
      </div>
      <div>
        <dt>
          <Translate id="kpi.card.owner">Owner</Translate>
        </dt>
        <dd>{data.owner}</dd>
      </div>
      {data.area && (
        <div>
          <dt>
            <Translate id="kpi.objective.area" description="Label of an objective's area">
              Area
            </Translate>
          </dt>
          <dd>
            <Link to={data.area.permalink}>{data.area.title}</Link>
          </dd>
        </div>
      )}
    </dl>
  );
}
