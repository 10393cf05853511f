import type {ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Layout from '@theme/Layout';
import KpiObjective from '@theme/KpiObjective';
import type {Props} from '@theme/KpiObjectivePage';

/** `/kpis/objectives/<id>`: one objective, its card as the page's content. */
export default function KpiObjectivePage({data}: Props): ReactNode {
  const {card} = data;
  return (
    <Layout title={card.title} description={data.description}>
      <main className="container margin-vert--lg">
        <nav aria-label={translate({id: 'kpi.page.breadcrumbs', message: 'Breadcrumbs'})}>
          <ul className={clsx('breadcrumbs')}>
            <li className="breadcrumbs__item">
              <Link className="breadcrumbs__link" to={data.indexPermalink}>
                <Translate id="kpi.breadcrumb.index">All KPIs</Translate>
              </Link>
            </li>
            <li className="breadcrumbs__item">
              <Link className="breadcrumbs__link" to={data.objectivesPermalink}>
                <Translate id="kpi.objectivesPage.title">Objectives</Translate>
              </Link>
            </li>
            <li className="breadcrumbs__item breadcrumbs__item--active">
              <span className="breadcrumbs__link" aria-current="page">
                {card.title}
              </span>
            </li>
          </ul>
        </nav>
        <KpiObjective data={card} headingLevel={1} linkTitle={false} />
      </main>
    </Layout>
  );
}
