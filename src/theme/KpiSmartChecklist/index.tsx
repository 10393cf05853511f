import {type ReactNode} from 'react';
import clsx from 'clsx';
import Translate, {translate} from '@docusaurus/Translate';
import type {SmartCriterion} from 'docusaurus-plugin-kpi';
import styles from './styles.module.css';
import type {Props} from '@theme/KpiSmartChecklist';

/**
 * The SMART checklist of a KPI: each criterion with a ✓ or ✗, whether it is
 * met in words (so colour and icon are never the only cue), and the evidence
 * from the registry.
 */
export default function KpiSmartChecklist({items, className}: Props): ReactNode {
  const met = items.filter((item) => item.met).length;
  return (
    <div className={clsx(styles.checklist, className)}>
      <p className={styles.summary}>
        <Translate
          id="kpi.smart.summary"
          description="How many of the SMART criteria a KPI meets, e.g. '4 of 5 criteria met'"
          values={{met, total: items.length}}
        >
          {'{met} of {total} criteria met'}
        </Translate>
      </p>
      <ul className={styles.list}>
        {items.map((item) => (
          <li
            key={item.criterion}
            className={clsx(styles.item, item.met ? styles.met : styles.unmet)}
            data-criterion={item.criterion}
            data-met={item.met}
          >
            <span className={styles.icon} aria-hidden="true">
              {item.met ? '✓' : '✗'}
            </span>
            <span className={styles.body}>
              <span className={styles.head}>
                <strong className={styles.name}>{criterionLabel(item.criterion)}</strong>{' '}
                <span className={styles.verdict}>
                  {item.met
                    ? translate({id: 'kpi.smart.met', message: 'Met', description: 'A SMART criterion a KPI meets'})
                    : translate({id: 'kpi.smart.notMet', message: 'Not met', description: 'A SMART criterion a KPI does not meet'})}
                </span>
              </span>{' '}
              <span className={styles.evidence}>{item.evidence}</span>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The translated name of a SMART criterion ("Time-bound"). */
export function criterionLabel(criterion: SmartCriterion['criterion']): string {
  switch (criterion) {
    case 'specific':
      return translate({id: 'kpi.smart.specific', message: 'Specific', description: 'SMART criterion'});
    case 'measurable':
      return translate({id: 'kpi.smart.measurable', message: 'Measurable', description: 'SMART criterion'});
    case 'attainable':
      return translate({id: 'kpi.smart.attainable', message: 'Attainable', description: 'SMART criterion'});
    case 'relevant':
      return translate({id: 'kpi.smart.relevant', message: 'Relevant', description: 'SMART criterion'});
    case 'time-bound':
      return translate({id: 'kpi.smart.timeBound', message: 'Time-bound', description: 'SMART criterion'});
    default:
      return criterion;
  }
}
