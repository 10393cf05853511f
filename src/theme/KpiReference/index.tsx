import {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import type {KpiReferenceData} from 'docusaurus-plugin-kpi';
import {statusLabel} from '@theme/KpiStatus';
import './styles.css';
import type {Props} from '@theme/KpiReference';

/** An inline `:kpi[id]` reference: the KPI's title, or one of its values, linked to its page. */
export default function KpiReference({data, show}: Props): ReactNode {
  if (data.missing) {
    return <span className="kpi-reference--missing">{data.id}</span>;
  }
  return (
    <Link to={data.permalink} className="kpi-reference" title={data.title}>
      {referenceText(data, show)}
    </Link>
  );
}

function referenceText(data: KpiReferenceData, show: Props['show']): string {
  const noValue = data.confidential
    ? translate({
        id: 'kpi.reference.confidential',
        message: 'confidential',
        description: 'Shown inline instead of a value of a confidential KPI',
      })
    : translate({id: 'kpi.reference.noValue', message: 'no data yet'});
  switch (show) {
    case 'title':
      return data.title;
    case 'value':
      return data.formatted.value ?? noValue;
    case 'change':
      return data.formatted.change ?? noValue;
    case 'target':
      return data.formatted.target
        ? translate(
            {id: 'kpi.reference.target', message: '{target} by {date}'},
            {target: data.formatted.target, date: data.formatted.targetBy ?? ''},
          )
        : translate({id: 'kpi.reference.noTarget', message: 'no target'});
    case 'status':
      return statusLabel(data.status.level);
  }
}
