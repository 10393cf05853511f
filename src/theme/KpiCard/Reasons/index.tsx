import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import type {Props} from '@theme/KpiCard/Reasons';

/** Why the status is what it is: computed explanations, or the reasons given by hand. Nothing when there are none. */
export default function KpiCardReasons({status, id}: Props): ReactNode {
  if (status.reasons.length === 0) return null;
  return (
    <div className="kpi-card__reasons">
      <p id={id} className="kpi-card__reasons-title">
        {status.origin === 'manual' ? (
          <Translate id="kpi.card.reasonsManual" description="Heading of the reasons given by hand for a KPI's status">
            Status set by hand because
          </Translate>
        ) : (
          <Translate id="kpi.card.reasons" description="Heading of the computed reasons for a KPI's status">
            Why this status
          </Translate>
        )}
      </p>
      <ul className="kpi-card__reasons-list" aria-labelledby={id}>
        {status.reasons.map((reason, index) => (
          <li key={index}>{reason}</li>
        ))}
      </ul>
    </div>
  );
}
