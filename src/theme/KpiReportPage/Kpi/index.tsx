import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import KpiChart from '@theme/KpiChart';
import KpiStatus from '@theme/KpiStatus';
import type {ReportChange} from 'docusaurus-plugin-kpi';
import type {Props} from '@theme/KpiReportPage/Kpi';
import styles from '../styles.module.css';

/** One KPI of a quarterly report: its value, its changes, its status on the quarter's last day, and the quarter in context. */
export default function KpiReportPageKpi({kpi, quarter}: Props): ReactNode {
  const none = translate({id: 'kpi.report.none', message: 'none', description: 'In a quarterly report: no value to show'});
  return (
    <article className={styles.kpi} aria-labelledby={`report-kpi-${kpi.id}`}>
      <div className={styles.facts}>
        <h3 id={`report-kpi-${kpi.id}`} className={styles.kpiTitle}>
          <Link to={kpi.permalink}>{kpi.title}</Link>
        </h3>
        <Figures kpi={kpi} none={none} />
      </div>
      {kpi.chart && (
        <KpiChart
          className={styles.chart}
          geometry={kpi.chart.geometry}
          description={kpi.chart.description}
          title={translate(
            {
              id: 'kpi.report.chartTitle',
              message: '{title} around {quarter}',
              description: 'Accessible name of the small chart of a KPI in a quarterly report',
            },
            {title: kpi.title, quarter},
          )}
          id={`report-chart-${kpi.id}`}
          compact
        />
      )}
    </article>
  );
}

/** Value, changes, target and status, as a description list. */
function Figures({kpi, none}: {kpi: Props['kpi']; none: string}): ReactNode {
  return (
    <dl className={styles.figures}>
      <dt>
        <Translate id="kpi.report.value" description="Label of a KPI's value on the quarter's last day">
          Value
        </Translate>
      </dt>
      <dd>
        <strong>
          {kpi.formatted.value ??
            (kpi.confidential ? (
              <Translate id="kpi.card.confidential" description="Shown instead of the value of a confidential KPI in a public build">
                Confidential
              </Translate>
            ) : (
              none
            ))}
        </strong>
        {kpi.formatted.measured && (
          <>
            {' '}
            <Translate id="kpi.report.measured" description="When the value shown was measured" values={{date: kpi.formatted.measured}}>
              {'(measured {date})'}
            </Translate>
          </>
        )}
      </dd>
      <dt>
        <Translate id="kpi.report.changeQuarter" description="Label of a KPI's change since the end of the previous quarter">
          Against the previous quarter
        </Translate>
      </dt>
      <dd>
        <ChangeText change={kpi.changeQuarter} none={none} />
      </dd>
      <dt>
        <Translate id="kpi.report.changeYear" description="Label of a KPI's change since the same day a year before">
          Against a year before
        </Translate>
      </dt>
      <dd>
        <ChangeText change={kpi.changeYear} none={none} />
      </dd>
      {kpi.formatted.target && (
        <>
          <dt>
            <Translate id="kpi.report.target" description="Label of the target in force on the quarter's last day">
              Target
            </Translate>
          </dt>
          <dd>
            <Translate id="kpi.card.targetBy" values={{target: kpi.formatted.target, by: kpi.formatted.targetBy}}>
              {'Target {target} by {by}'}
            </Translate>
          </dd>
        </>
      )}
      <dt>
        <Translate id="kpi.report.status" description="Label of a KPI's status on the quarter's last day">
          Status
        </Translate>
      </dt>
      <dd>
        <KpiStatus status={kpi.status} stale={kpi.stale} compact />
        {kpi.status.reasons.length > 0 && <span className={styles.reasons}> {kpi.status.reasons.join(' ')}</span>}
      </dd>
    </dl>
  );
}

/** "−2 days (−18.2%), better": the sign and a word, so the meaning never rests on colour. */
function ChangeText({change, none}: {change?: ReportChange; none: string}): ReactNode {
  if (!change) return none;
  const word =
    change.sentiment === 'better'
      ? translate({id: 'kpi.change.betterShort', message: 'better'})
      : change.sentiment === 'worse'
        ? translate({id: 'kpi.change.worseShort', message: 'worse'})
        : translate({id: 'kpi.change.unchangedShort', message: 'no change'});
  return (
    <span data-sentiment={change.sentiment}>
      {change.formatted}, {word}
    </span>
  );
}
