import {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Layout from '@theme/Layout';
import KpiCard from '@theme/KpiCard';
import styles from './styles.module.css';
import type {Props} from '@theme/KpiAreaPage';

/** `/kpis/<area>`: the area's description and owner, its KPIs as cards, and its handbook page. */
export default function KpiAreaPage({data: {area, cards, indexPermalink}}: Props): ReactNode {
  return (
    <Layout title={area.title} description={area.description}>
      <main className="container margin-vert--lg">
        <nav
          className={styles.breadcrumb}
          aria-label={translate({
            id: 'kpi.page.breadcrumbs',
            message: 'Breadcrumbs',
            description: 'Accessible name of the breadcrumbs of a KPI page',
          })}
        >
          <Link to={indexPermalink}>
            <Translate id="kpi.breadcrumb.index" description="Link to the page of all KPIs, in breadcrumbs">
              All KPIs
            </Translate>
          </Link>
        </nav>
        <h1>{area.title}</h1>
        {area.description && <p className={styles.lead}>{area.description}</p>}
        <p className={styles.meta}>
          {area.owner && (
            <span>
              <Translate id="kpi.index.owner" values={{owner: area.owner}}>
                {'Owner: {owner}'}
              </Translate>
            </span>
          )}
          {area.home && (
            <Link to={area.home.permalink}>
              <Translate id="kpi.index.areaHome" values={{title: area.home.title}}>
                {'Handbook page: {title}'}
              </Translate>
            </Link>
          )}
        </p>
        <div className={styles.cards}>
          {cards.map((card) => (
            // The cards' titles come right under the page's h1.
            <KpiCard key={card.id} data={card} headingLevel={2} />
          ))}
        </div>
      </main>
    </Layout>
  );
}
