import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Layout from '@theme/Layout';
import KpiStatus from '@theme/KpiStatus';
import {quarterName} from '@theme/KpiReportPage';
import type {Props} from '@theme/KpiReportsPage';
import styles from './styles.module.css';

/** `/kpis/reports`: the quarterly reports, newest first, each with its KPIs' statuses on its last day. */
export default function KpiReportsPage({data}: Props): ReactNode {
  const title = translate({
    id: 'kpi.reports.title',
    message: 'Quarterly reports',
    description: 'Title of the list of quarterly KPI reports',
  });
  return (
    <Layout
      title={title}
      description={translate({
        id: 'kpi.reports.description',
        message: 'Every KPI as it stood at the end of each quarter, ready to print for stakeholders.',
        description: 'Description of the list of quarterly KPI reports',
      })}
    >
      <main className="container margin-vert--lg">
        <h1>{title}</h1>
        <p className={styles.intro}>
          <Translate id="kpi.reports.intro" description="Introduction of the list of quarterly KPI reports">
            Each report shows every KPI as it stood on the last day of its quarter. They print cleanly, to paper or PDF.
          </Translate>{' '}
          <Link to={data.indexPermalink}>
            <Translate id="kpi.breadcrumb.index">All KPIs</Translate>
          </Link>
        </p>
        <ul className={styles.reports}>
          {data.reports.map((report) => (
            <li key={report.quarter} className={styles.report}>
              <h2 className={styles.title}>
                <Link to={report.permalink}>{quarterName(report)}</Link>
              </h2>
              <p className={styles.dates}>
                <Translate id="kpi.report.period" values={{start: report.formatted.start, end: report.formatted.end}}>
                  {'Quarter from {start} to {end}.'}
                </Translate>{' '}
                <Translate
                  id="kpi.reports.changes"
                  description="How many KPIs changed status over a quarter"
                  values={{count: report.statusChanges}}
                >
                  {'Status changes: {count}.'}
                </Translate>
              </p>
              <ul className={styles.counts} aria-label={translate({id: 'kpi.indexPage.counts', message: 'KPIs by status'})}>
                {report.statusCounts.map(({level, count}) => (
                  <li key={level}>
                    <KpiStatus status={{level, reasons: [], origin: 'computed'}} compact />
                    <span className={styles.count}>{count}</span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </main>
    </Layout>
  );
}
