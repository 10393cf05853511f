import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import type {Props} from '@theme/KpiPage/Targets';
import styles from './styles.module.css';

/** Every target of the KPI, the one in force marked. */
export default function KpiPageTargets({targets}: Props): ReactNode {
  return (
    <section>
      <h2>
        <Translate id="kpi.page.targets">Targets</Translate>
      </h2>
      {targets.length === 0 ? (
        <p className={styles.empty}>
          <Translate id="kpi.page.noTargets">No target is set.</Translate>
        </p>
      ) : (
        <ul className={styles.targets}>
          {targets.map((target, index) => (
            <li key={index} className={target.inForce ? styles.inForce : undefined}>
              <Translate id="kpi.page.target" values={{value: target.value, by: target.by}}>
                {'{value} by {by}'}
              </Translate>
              {target.label && ` (${target.label})`}
              {target.inForce && (
                <strong className={styles.inForceBadge}>
                  {' '}
                  <Translate id="kpi.page.inForce">in force</Translate>
                </strong>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
