import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import styles from './styles.module.css';

export interface Props {
  children: ReactNode;
}

/** A KPI's definition shown in its card; footnotes in it are the page's footnotes. */
export default function KpiDefinition({children}: Props): ReactNode {
  return (
    <div className={styles.definition}>
      <span className={styles.label}>
        <Translate id="kpi.card.definition" description="Label before a KPI's definition in its card">
          Definition
        </Translate>
      </span>
      {children}
    </div>
  );
}
