import type {ReactNode} from 'react';
import clsx from 'clsx';
import Translate, {translate} from '@docusaurus/Translate';
import KpiCard from '@theme/KpiCard';
import KpiChart from '@theme/KpiChart';
import KpiSmartChecklist from '@theme/KpiSmartChecklist';
import KpiPageBreadcrumbs from '@theme/KpiPage/Breadcrumbs';
import KpiPageDefinition from '@theme/KpiPage/Definition';
import KpiPageTargets from '@theme/KpiPage/Targets';
import KpiPageComputation from '@theme/KpiPage/Computation';
import KpiPageData from '@theme/KpiPage/Data';
import KpiPageLinks from '@theme/KpiPage/Links';
import KpiPageObjectives from '@theme/KpiPage/Objectives';
import KpiStatusHistory from '@theme/KpiStatusHistory';
import type {Props} from '@theme/KpiPage/Content';
import styles from './styles.module.css';

/**
 * The content of the page of a KPI, inside the site's layout: the card beside
 * the full chart, then the definition, the SMART checklist, the targets, the objectives aiming at it, how
 * a computed KPI is computed, the data as a table with a download, and where the KPI is used (home page,
 * backlinks, roll-ups). Each section is a component of its own
 * (`@theme/KpiPage/Definition`, …) to swizzle alone.
 */
export default function KpiPageContent({data}: Props): ReactNode {
  const {card} = data;
  return (
    <main className="container margin-vert--lg">
      <KpiPageBreadcrumbs indexPermalink={data.indexPermalink} area={data.area} title={card.title} />
      <h1>{card.title}</h1>

      <div className={clsx(styles.overview, data.chart && styles.withChart)}>
        <div className={styles.card}>
          <KpiCard data={card} headingLevel={2} />
        </div>
        {data.chart && (
          <KpiChart
            className={styles.chart}
            geometry={data.chart.geometry}
            description={data.chart.description}
            title={translate(
              {id: 'kpi.page.chartTitle', message: '{title} over time', description: 'Accessible name of the chart on a KPI page'},
              {title: card.title},
            )}
            id={`kpi-chart-${card.id}`}
          />
        )}
      </div>

      <div className={styles.body}>
        <div className={styles.main}>
          <KpiPageDefinition definitionHtml={data.definitionHtml} />
          <KpiStatusHistory history={data.statusHistory} id={`kpi-history-${card.id}`} />
          <section>
            <h2>
              <Translate id="kpi.page.smart" description="Heading of the SMART checklist of a KPI page">
                SMART checklist
              </Translate>
            </h2>
            <KpiSmartChecklist items={data.smart} />
          </section>
          <KpiPageTargets targets={data.targets} />
          <KpiPageObjectives objectives={data.objectives ?? []} />
          {data.computation && <KpiPageComputation computation={data.computation} />}
          <KpiPageData kpiId={card.id} title={card.title} points={data.points} download={data.download} confidential={card.confidential} />
        </div>

        <aside className={styles.aside}>
          <KpiPageLinks home={data.home} backlinks={data.backlinks} parent={data.parent} children={data.children} />
        </aside>
      </div>
    </main>
  );
}
