import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import KpiStatus from '@theme/KpiStatus';
import type {Props} from '@theme/KpiCard/Header';

/** The card's area, its title (linked to the KPI page) and its status badge. */
export default function KpiCardHeader({data, titleId, headingLevel}: Props): ReactNode {
  const Heading = `h${headingLevel}` as const;
  return (
    <header className="kpi-card__header">
      <div className="kpi-card__heading">
        {data.area.title && <p className="kpi-card__area">{data.area.title}</p>}
        <Heading id={titleId} className="kpi-card__title">
          <Link to={data.permalink} className="kpi-card__title-link">
            {data.title}
          </Link>
        </Heading>
      </div>
      <KpiStatus status={data.status} stale={data.stale} className="kpi-card__status" />
    </header>
  );
}
