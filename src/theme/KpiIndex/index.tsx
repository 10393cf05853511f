import {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import type {AreaSummary, KpiSummary} from 'docusaurus-plugin-kpi';
import KpiStatus from '@theme/KpiStatus';
import './styles.css';
import type {KpiFilter, Props} from '@theme/KpiIndex';

export function matchesFilter(kpi: KpiSummary, filter: KpiFilter | undefined): boolean {
  return (!filter?.tag || kpi.tags.includes(filter.tag)) && (!filter?.status || kpi.status === filter.status);
}

/** The generated list of areas and their KPIs, each linked to its KPI page and handbook home. */
export default function KpiIndex({data, area, headingLevel = 3, filter}: Props): ReactNode {
  const areas = area ? data.areas.filter((candidate) => candidate.id === area) : data.areas;
  return (
    <div className="kpi-index">
      {areas.map((summary) => (
        <AreaEntry key={summary.id} area={summary} headingLevel={headingLevel} filter={filter} />
      ))}
    </div>
  );
}

function AreaEntry({
  area,
  headingLevel,
  filter,
}: {
  area: AreaSummary;
  headingLevel: NonNullable<Props['headingLevel']>;
  filter?: KpiFilter;
}): ReactNode {
  const Heading = `h${headingLevel}` as const;
  const shown = area.kpis.filter((kpi) => matchesFilter(kpi, filter));
  const roots = shown.filter((kpi) => !kpi.parent || !shown.some((other) => other.id === kpi.parent));
  return (
    <section className="kpi-index__area" aria-labelledby={`kpi-index-${area.id}`}>
      <Heading id={`kpi-index-${area.id}`} className="kpi-index__area-title">
        <Link to={area.permalink}>{area.title}</Link>
      </Heading>
      {area.description && <p className="kpi-index__description">{area.description}</p>}
      <p className="kpi-index__meta">
        {area.home && (
          <Link to={area.home.permalink}>
            <Translate id="kpi.index.areaHome" values={{title: area.home.title}}>
              {'Handbook page: {title}'}
            </Translate>
          </Link>
        )}
        {area.owner && (
          <span>
            <Translate id="kpi.index.owner" values={{owner: area.owner}}>
              {'Owner: {owner}'}
            </Translate>
          </span>
        )}
      </p>
      <KpiList kpis={roots} all={shown} />
    </section>
  );
}

function KpiList({kpis, all}: {kpis: KpiSummary[]; all: KpiSummary[]}): ReactNode {
  if (kpis.length === 0) {
    return (
      <p className="kpi-index__empty">
        <Translate id="kpi.index.noKpis">No KPIs defined yet.</Translate>
      </p>
    );
  }
  return (
    <ul className="kpi-index__kpis">
      {kpis.map((kpi) => {
        const children = all.filter((other) => other.parent === kpi.id);
        return (
          <li key={kpi.id} className="kpi-index__kpi" data-status={kpi.status} data-tags={kpi.tags.join(' ')}>
            <span className="kpi-index__kpi-line">
              <Link to={kpi.permalink} className="kpi-index__kpi-title">
                {kpi.title}
              </Link>
              {kpi.value !== undefined && <span className="kpi-index__value">{kpi.value}</span>}
              {kpi.confidential && (
                <span className="kpi-index__value kpi-index__value--confidential">
                  <Translate id="kpi.index.confidential" description="Shown in the KPI index instead of the value of a confidential KPI">
                    confidential
                  </Translate>
                </span>
              )}
              <KpiStatus status={{level: kpi.status, reasons: [], origin: 'computed'}} compact />
              {kpi.home && (
                <Link to={kpi.home.permalink} className="kpi-index__home">
                  <Translate id="kpi.index.home">in the handbook</Translate>
                </Link>
              )}
            </span>
            {children.length > 0 && <KpiList kpis={children} all={all} />}
          </li>
        );
      })}
    </ul>
  );
}
