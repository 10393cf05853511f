import React, {type ReactNode, useId} from 'react';
import clsx from 'clsx';
import Translate, {translate} from '@docusaurus/Translate';
import type {KpiCardData} from 'docusaurus-plugin-kpi';
import KpiSparkline from '@theme/KpiSparkline';
import KpiCardHeader from '@theme/KpiCard/Header';
import KpiCardFigure from '@theme/KpiCard/Figure';
import KpiCardTarget from '@theme/KpiCard/Target';
import KpiCardReasons from '@theme/KpiCard/Reasons';
import KpiCardFacts from '@theme/KpiCard/Facts';
import type {Props} from '@theme/KpiCard';
import './surface.css';
import './styles.css';
import './grid.css';

/**
 * A KPI card: title and area, the current value with its change, status,
 * trend line, target and progress, why the status is what it is, the facts
 * (as of, owner, cadence, tags) and the page's commentary. Each part is a
 * component of its own (`@theme/KpiCard/Header`, …) to swizzle alone.
 */
export default function KpiCard({data, children, headingLevel = 3, variant = 'full', className}: Props): ReactNode {
  const reactId = useId();
  const base = `kpi-${slug(data.id)}-${reactId.replace(/[^\w-]/g, '')}`;
  const titleId = `${base}-title`;
  if (data.missing)
    return <MissingKpiCard data={data} titleId={titleId} headingLevel={headingLevel} className={className} commentary={children} />;
  const compact = variant === 'compact';

  return (
    <article
      className={clsx('kpi-card', compact && 'kpi-card--compact', className)}
      data-kpi={data.id}
      data-status={data.status.level}
      data-stale={data.stale ? 'true' : undefined}
      aria-labelledby={titleId}
    >
      <KpiCardHeader data={data} titleId={titleId} headingLevel={headingLevel} />
      <KpiCardFigure data={data} />
      {data.sparkline && (
        <KpiSparkline
          geometry={data.sparkline}
          description={data.sparklineDescription ?? ''}
          events={data.events}
          title={translate(
            {id: 'kpi.card.sparklineTitle', message: 'Trend of {title}', description: 'Accessible name of the sparkline of a KPI card'},
            {title: data.title},
          )}
          id={`${base}-sparkline`}
          className="kpi-card__sparkline"
        />
      )}
      {!compact && (
        <>
          <KpiCardTarget data={data} />
          <KpiCardReasons status={data.status} id={`${base}-reasons`} />
          <KpiCardFacts data={data} />
          {hasContent(children) && <div className="kpi-card__commentary">{children}</div>}
        </>
      )}
    </article>
  );
}

/** The card of an id the registry does not know, when the build only warns about it. */
function MissingKpiCard({
  data,
  titleId,
  headingLevel,
  className,
  commentary,
}: {
  data: KpiCardData;
  titleId: string;
  headingLevel: NonNullable<Props['headingLevel']>;
  className?: string;
  commentary: ReactNode;
}): ReactNode {
  const Heading = `h${headingLevel}` as const;
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
      {hasContent(commentary) && <div className="kpi-card__commentary">{commentary}</div>}
    </article>
  );
}

function hasContent(children: ReactNode): boolean {
  return React.Children.toArray(children).some((child) => typeof child !== 'string' || child.trim() !== '');
}

function slug(id: string): string {
  return id.replace(/[^\w-]/g, '-');
}
