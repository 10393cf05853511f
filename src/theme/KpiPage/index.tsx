import {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import KpiPageContent from '@theme/KpiPage/Content';
import type {Props} from '@theme/KpiPage';

/** `/kpis/<area>/<kpi>`: the page of one KPI, in the site's layout. */
export default function KpiPage({data}: Props): ReactNode {
  return (
    <Layout title={data.card.title} description={data.description}>
      <KpiPageContent data={data} />
    </Layout>
  );
}
