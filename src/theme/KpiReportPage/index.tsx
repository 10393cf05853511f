import type {ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Layout from '@theme/Layout';
import KpiStatus, {statusLabel} from '@theme/KpiStatus';
import KpiReportPageKpi from '@theme/KpiReportPage/Kpi';
import KpiObjectiveStatus from '@theme/KpiObjective/Status';
import type {QuarterReport} from 'docusaurus-plugin-kpi';
import type {Props} from '@theme/KpiReportPage';
import styles from './styles.module.css';

/** The name of a quarter in the site's language: "Q3 2026". */
export function quarterName(report: Pick<QuarterReport, 'year' | 'number'>): string {
  return translate(
    {id: 'kpi.report.quarter', message: 'Q{number} {year}', description: 'Name of a calendar quarter, e.g. "Q3 2026"'},
    {number: report.number, year: report.year},
  );
}

/**
 * `/kpis/reports/<yyyy>-q<n>`: every KPI by area as it stood on the quarter's
 * last day, the status changes of the quarter and its objectives. Made to
 * print: the site's navigation is hidden, each area starts a page, dates are
 * absolute and the address of the online version is printed.
 */
export default function KpiReportPage({data}: Props): ReactNode {
  const title = translate(
    {id: 'kpi.report.title', message: 'KPI report, {quarter}', description: 'Title of a quarterly KPI report page'},
    {quarter: quarterName(data)},
  );
  const description = translate(
    {
      id: 'kpi.report.description',
      message: 'Every KPI as it stood on {end}, against {previousEnd} and {yearBeforeEnd}.',
      description:
        'Summary of a quarterly KPI report; the dates are the last days of the quarter, of the previous quarter and of the same quarter a year before',
    },
    {end: data.formatted.end, previousEnd: data.formatted.previousEnd, yearBeforeEnd: data.formatted.yearBeforeEnd},
  );
  return (
    <Layout title={title} description={description}>
      <main className={clsx('container margin-vert--lg', styles.report)}>
        <nav className={styles.screenOnly} aria-label={translate({id: 'kpi.report.breadcrumbs', message: 'Breadcrumbs'})}>
          <ul className="breadcrumbs">
            <li className="breadcrumbs__item">
              <Link className="breadcrumbs__link" to={data.indexPermalink}>
                <Translate id="kpi.breadcrumb.index">All KPIs</Translate>
              </Link>
            </li>
            <li className="breadcrumbs__item">
              <Link className="breadcrumbs__link" to={data.reportsPermalink}>
                <Translate id="kpi.reports.title">Quarterly reports</Translate>
              </Link>
            </li>
          </ul>
        </nav>
        <header className={styles.header}>
          <h1>{title}</h1>
          <p className={styles.lead}>{description}</p>
          <p className={styles.period}>
            <Translate id="kpi.report.period" values={{start: data.formatted.start, end: data.formatted.end}}>
              {'Quarter from {start} to {end}.'}
            </Translate>
          </p>
          <p className={styles.printOnly}>
            <Translate id="kpi.report.online" description="Printed on a quarterly report: where to read it online" values={{url: data.url}}>
              {'Online version: {url}'}
            </Translate>
          </p>
        </header>
        <StatusChanges data={data} />
        <Objectives data={data} />
        {data.areas.map((area) => (
          <section key={area.id} className={styles.area} aria-labelledby={`report-area-${area.id}`}>
            <h2 id={`report-area-${area.id}`}>{area.title}</h2>
            {area.kpis.map((kpi) => (
              <KpiReportPageKpi key={kpi.id} kpi={kpi} quarter={quarterName(data)} />
            ))}
          </section>
        ))}
      </main>
    </Layout>
  );
}

function StatusChanges({data}: Props): ReactNode {
  return (
    <section className={styles.summary} aria-labelledby="report-status-changes">
      <h2 id="report-status-changes">
        <Translate id="kpi.report.statusChanges" description="Heading of the KPIs whose status changed over a quarter">
          Status changes
        </Translate>
      </h2>
      {data.statusChanges.length === 0 ? (
        <p>
          <Translate id="kpi.report.noStatusChanges" values={{previousEnd: data.formatted.previousEnd}}>
            {'No KPI changed status since {previousEnd}.'}
          </Translate>
        </p>
      ) : (
        <ul className={styles.changes}>
          {data.statusChanges.map((change) => (
            <li key={change.kpi.id}>
              <Link to={change.kpi.permalink}>{change.kpi.title}</Link> <span className={styles.area}>({change.area})</span>:{' '}
              <Translate
                id="kpi.report.statusChange"
                description="A KPI's status change over a quarter: from one status to another"
                values={{
                  from: statusLabel(change.from),
                  to: <KpiStatus status={{level: change.to, reasons: [], origin: 'computed'}} compact />,
                }}
              >
                {'from {from} to {to}'}
              </Translate>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The objectives of the quarter with their outcome on its last day: nothing when it has none. */
function Objectives({data}: Props): ReactNode {
  if (data.objectives.length === 0) return null;
  return (
    <section className={styles.summary} aria-labelledby="report-objectives">
      <h2 id="report-objectives">
        <Translate id="kpi.report.objectives" description="Heading of the objectives of a quarter in its report">
          Objectives of the quarter
        </Translate>
      </h2>
      <ul className={styles.changes}>
        {data.objectives.map((objective) => (
          <li key={objective.id}>
            <Link to={objective.permalink}>{objective.title}</Link> ({objective.period}, {objective.owner}):{' '}
            <KpiObjectiveStatus status={objective.status} compact />
            {objective.status.reasons.length > 0 && <span className={styles.reasons}> {objective.status.reasons.join(' ')}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
