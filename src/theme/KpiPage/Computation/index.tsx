import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import type {Props} from '@theme/KpiPage/Computation';
import styles from './styles.module.css';

/** How a computed KPI's series is computed: the metric's fields or the SQL, what it reads, and when it ran. */
export default function KpiPageComputation({computation}: Props): ReactNode {
  const {kind, fields, sql, files, source, computedAt} = computation;
  const reads = source ? (files.length > 0 ? `${source}: ${files.join(', ')}` : source) : files.join(', ');
  return (
    <section>
      <h2>
        <Translate id="kpi.page.computation" description="Heading of the section of a KPI page that says how its series is computed">
          How it is computed
        </Translate>
      </h2>
      <p>
        {kind === 'metric' ? (
          <Translate id="kpi.page.computedByMetric" values={{reads: <code>{reads}</code>, computedAt}}>
            {'Computed by the build from {reads}, with this metric, on {computedAt}:'}
          </Translate>
        ) : (
          <Translate id="kpi.page.computedByQuery" values={{reads: <code>{reads}</code>, computedAt}}>
            {'Computed by the build from {reads}, with this SQL query, on {computedAt}:'}
          </Translate>
        )}
      </p>
      {fields.length > 0 && (
        <dl className={styles.fields}>
          {fields.map(({name, value}) => (
            <div key={name}>
              <dt>
                <code>{name}</code>
              </dt>
              <dd>
                <code>{value}</code>
              </dd>
            </div>
          ))}
        </dl>
      )}
      {kind === 'metric' ? (
        <details className={styles.sql}>
          <summary>
            <Translate id="kpi.page.metricSql" description="Summary of the disclosure that shows the SQL a metric compiles to">
              The SQL the metric runs
            </Translate>
          </summary>
          <pre>
            <code>{sql}</code>
          </pre>
        </details>
      ) : (
        <pre className={styles.sql}>
          <code>{sql}</code>
        </pre>
      )}
    </section>
  );
}
