import type {ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import KpiStatus from '@theme/KpiStatus';
import type {Props} from '@theme/KpiStatusHistory';
import styles from './styles.module.css';

/**
 * The status as judged at the end of each of the last periods, oldest first:
 * a strip of period labels, each with its status badge (a text label and a
 * shape, never colour alone). As a list, so screen readers count and read
 * the periods in order.
 */
export default function KpiStatusHistory({history, id}: Props): ReactNode {
  if (history.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        <Translate id="kpi.history.title" description="Heading of the status history of a KPI page">
          Status history
        </Translate>
      </h2>
      <p className={styles.intro}>
        <Translate
          id="kpi.history.intro"
          description="Explains the status history strip of a KPI page; {count} is the number of periods"
          values={{count: history.length}}
        >
          {'The status as judged at the end of each of the last {count} periods, oldest first.'}
        </Translate>
      </p>
      <ol className={styles.strip}>
        {history.map((entry) => (
          <li key={entry.date} className={styles.period} data-status={entry.status.level}>
            <span className={styles.label}>
              <time dateTime={entry.date}>{entry.label}</time>
              <span className={styles.hidden}>
                {translate({
                  id: 'kpi.history.separator',
                  message: ': ',
                  description: 'Between a period and its status, read by screen readers',
                })}
              </span>
            </span>
            <KpiStatus status={entry.status} compact />
          </li>
        ))}
      </ol>
    </section>
  );
}
