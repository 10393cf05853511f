import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import './styles.css';
import type {Props} from '@theme/KpiDefinition';

/** A KPI's definition shown in its card; footnotes in it are the page's footnotes. */
export default function KpiDefinition({children}: Props): ReactNode {
  return (
    <div className="kpi-definition">
      <span className="kpi-definition__label">
        <Translate id="kpi.card.definition" description="Label before a KPI's definition in its card">
          Definition
        </Translate>
      </span>
      {children}
    </div>
  );
}
