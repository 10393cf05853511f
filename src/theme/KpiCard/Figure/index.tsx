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
      {formatted.value !== undefined ? (
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
