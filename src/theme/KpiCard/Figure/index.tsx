import type {ReactNode} from 'react';
import clsx from 'clsx';
import Translate from '@docusaurus/Translate';
import KpiChange from '@theme/KpiChange';
import type {Props} from '@theme/KpiCard/Figure';

/** The current value, or "No data yet", with its change against the previous period. */
export default function KpiCardFigure({data}: Props): ReactNode {
  const {formatted} = data;
  return (
    <div className="kpi-card__figure">
      {data.confidential ? (
        <p className="kpi-card__value kpi-card__value--confidential">
          <Translate id="kpi.card.confidential" description="Shown instead of the value of a confidential KPI in a public build">
            Confidential
          </Translate>
          <span className="kpi-card__confidential-hint">
            <Translate id="kpi.card.confidentialHint" description="Explanation next to the value of a confidential KPI">
              The values of this KPI are not published.
            </Translate>
          </span>
        </p>
      ) : formatted.value !== undefined ? (
        <p className={clsx('kpi-card__value', data.unit === 'text' && 'kpi-card__value--text')}>{formatted.value}</p>
      ) : (
        <p className="kpi-card__value kpi-card__value--none">
          <Translate id="kpi.card.noData" description="Shown instead of the value of a KPI without measurements">
            No data yet
          </Translate>
        </p>
      )}
      {data.change && <KpiChange change={data.change} formatted={formatted} showPrevious className="kpi-card__change" />}
    </div>
  );
}
