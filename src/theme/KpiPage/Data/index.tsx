import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import type {Props} from '@theme/KpiPage/Data';
import styles from './styles.module.css';

/** The measurements as a table, newest first, and a download of the series. */
export default function KpiPageData({kpiId, title, points, download, confidential}: Props): ReactNode {
  return (
    <section>
      <h2>
        <Translate id="kpi.page.data">Data</Translate>
      </h2>
      {confidential ? (
        <p className={styles.empty}>
          <Translate id="kpi.page.confidential" description="Shown instead of the data table of a confidential KPI">
            The values of this KPI are confidential: this site does not publish them.
          </Translate>
        </p>
      ) : points.length === 0 ? (
        <p className={styles.empty}>
          <Translate id="kpi.page.noData">No measurements yet.</Translate>
        </p>
      ) : (
        <DataTable id={`kpi-data-${kpiId}`} title={title} points={points} />
      )}
      {download && (
        <p className={styles.download}>
          {/* A file in the build output, not a route: `pathname://` keeps Link from routing to it
              or checking it as a page; the URL has the baseUrl already. */}
          <Link to={`pathname://${download.csv}`} autoAddBaseUrl={false} target="_self" download={`${kpiId}.csv`}>
            <Translate id="kpi.page.downloadCsv" description="Link to download the series of a KPI as a CSV file">
              Download the data (CSV)
            </Translate>
          </Link>
        </p>
      )}
    </section>
  );
}

/** The measurements, newest first, with the date as each row's header. */
function DataTable({id, title, points}: {id: string; title: string; points: Props['points']}): ReactNode {
  const hasNotes = points.some((point) => point.note);
  const hasEvents = points.some((point) => point.events);
  return (
    // The wrapper scrolls sideways when the table is wider than a phone: it is
    // focusable, and named by the caption, so keyboard users can scroll it too.
    <div className={styles.tableWrapper} role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className={styles.table}>
        <caption id={`${id}-caption`} className={styles.caption}>
          <Translate id="kpi.page.tableCaption" values={{title}}>
            {'Measurements of {title}'}
          </Translate>
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <Translate id="kpi.page.date">Date</Translate>
            </th>
            <th scope="col" className={styles.number}>
              <Translate id="kpi.page.value">Value</Translate>
            </th>
            {hasNotes && (
              <th scope="col">
                <Translate id="kpi.page.note">Note</Translate>
              </th>
            )}
            {hasEvents && (
              <th scope="col">
                <Translate id="kpi.page.events" description="Header of the column of events in the data table of a KPI page">
                  Events
                </Translate>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {[...points].reverse().map((point, index) => (
            <tr key={index}>
              <th scope="row" className={styles.rowHeader}>
                {point.date}
              </th>
              <td className={styles.number}>{point.value ?? <NoValue />}</td>
              {hasNotes && <td>{point.note}</td>}
              {hasEvents && <td>{point.events?.join('; ')}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The value cell of a row that is only an event. */
function NoValue(): ReactNode {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className={styles.visuallyHidden}>
        <Translate id="kpi.page.noValue" description="Screen-reader text of the value cell of a data table row that only lists an event">
          No measurement
        </Translate>
      </span>
    </>
  );
}
