import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import KpiObjectiveStatus from '@theme/KpiObjective/Status';
import type {Props} from '@theme/KpiPage/Objectives';
import styles from './styles.module.css';

/** The objectives that aim to move this KPI, with their period, status and the value they expect. Nothing when none does. */
export default function KpiPageObjectives({objectives}: Props): ReactNode {
  if (objectives.length === 0) return null;
  return (
    <section>
      <h2>
        <Translate id="kpi.page.objectives" description="Heading of the objectives that aim at a KPI, on its page">
          Objectives
        </Translate>
      </h2>
      <ul className={styles.list}>
        {objectives.map((objective) => (
          <li key={objective.id} className={styles.item}>
            <Link to={objective.permalink}>{objective.title}</Link> <span className={styles.period}>{objective.period}</span>{' '}
            <KpiObjectiveStatus status={{level: objective.status.level, reasons: []}} compact />
            {objective.expected !== undefined && (
              <span className={styles.expected}>
                {' '}
                <Translate id="kpi.page.objectiveExpects" values={{value: objective.expected}}>
                  {'expects {value}'}
                </Translate>
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
