import {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import type {KpiPageData} from 'docusaurus-plugin-kpi';
import KpiPageContent from './Content';

export interface Props {
  data: KpiPageData;
}

/** `/kpis/<area>/<kpi>`: the page of one KPI, in the site's layout. */
export default function KpiPage({data}: Props): ReactNode {
  return (
    <Layout title={data.card.title} description={data.description}>
      <KpiPageContent data={data} />
    </Layout>
  );
}
