import {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import type {KpiPageData, PageLink} from 'docusaurus-plugin-kpi';
import KpiCard from '@theme/KpiCard';
import KpiChart from '@theme/KpiChart';
import KpiSmartChecklist from '@theme/KpiSmartChecklist';
import styles from './styles.module.css';

export interface Props {
  data: KpiPageData;
}

/**
 * The content of the page of a KPI, inside the site's layout: the card beside
 * the full chart, then the definition, the SMART checklist, the targets, the
 * data as a table with a download, and where the KPI is used (home page,
 * backlinks, roll-ups).
 */
export default function KpiPageContent({data}: Props): ReactNode {
  const {card} = data;
  const indexPermalink = data.area.permalink.replace(/\/[^/]+\/?$/, '') || '/';
  return (
    <main className="container margin-vert--lg">
      <nav
        aria-label={translate({
          id: 'kpi.page.breadcrumbs',
          message: 'Breadcrumbs',
          description: 'Accessible name of the breadcrumbs of a KPI page',
        })}
      >
        <ul className={clsx('breadcrumbs', styles.breadcrumbs)}>
          <li className="breadcrumbs__item">
            <Link className="breadcrumbs__link" to={indexPermalink}>
              <Translate id="kpi.breadcrumb.index">All KPIs</Translate>
            </Link>
          </li>
          <li className="breadcrumbs__item">
            <Link className="breadcrumbs__link" to={data.area.permalink}>
              {data.area.title}
            </Link>
          </li>
          <li className="breadcrumbs__item breadcrumbs__item--active">
            <span className="breadcrumbs__link" aria-current="page">
              {card.title}
            </span>
          </li>
        </ul>
      </nav>
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
          <KpiDefinition definitionHtml={data.definitionHtml} />

          <section>
            <h2>
              <Translate id="kpi.page.smart" description="Heading of the SMART checklist of a KPI page">
                SMART checklist
              </Translate>
            </h2>
            <KpiSmartChecklist items={data.smart} />
          </section>

          <section>
            <h2>
              <Translate id="kpi.page.targets">Targets</Translate>
            </h2>
            {data.targets.length === 0 ? (
              <p className={styles.empty}>
                <Translate id="kpi.page.noTargets">No target is set.</Translate>
              </p>
            ) : (
              <ul className={styles.targets}>
                {data.targets.map((target, index) => (
                  <li key={index} className={target.inForce ? styles.inForce : undefined}>
                    <Translate id="kpi.page.target" values={{value: target.value, by: target.by}}>
                      {'{value} by {by}'}
                    </Translate>
                    {target.label && ` (${target.label})`}
                    {target.inForce && (
                      <strong className={styles.inForceBadge}>
                        {' '}
                        <Translate id="kpi.page.inForce">in force</Translate>
                      </strong>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section>
            <h2>
              <Translate id="kpi.page.data">Data</Translate>
            </h2>
            {data.points.length === 0 ? (
              <p className={styles.empty}>
                <Translate id="kpi.page.noData">No measurements yet.</Translate>
              </p>
            ) : (
              <DataTable id={`kpi-data-${card.id}`} title={card.title} points={data.points} />
            )}
            {data.download && (
              <p className={styles.download}>
                {/* A file in the build output, not a route: `pathname://` keeps Link from routing to it
                    or checking it as a page; the URL has the baseUrl already. */}
                <Link to={`pathname://${data.download.csv}`} autoAddBaseUrl={false} target="_self" download={`${card.id}.csv`}>
                  <Translate id="kpi.page.downloadCsv" description="Link to download the series of a KPI as a CSV file">
                    Download the data (CSV)
                  </Translate>
                </Link>
              </p>
            )}
          </section>
        </div>

        <aside className={styles.aside}>
          <LinkList
            title={translate({id: 'kpi.page.home', message: 'Home page'})}
            links={data.home ? [data.home] : []}
            empty={translate({id: 'kpi.page.noHome', message: 'No handbook page has a card for this KPI yet.'})}
          />
          <LinkList
            title={translate({id: 'kpi.page.backlinks', message: 'Referenced in'})}
            links={data.backlinks}
            empty={translate({id: 'kpi.page.noBacklinks', message: 'No other page cites this KPI.'})}
          />
          {data.parent && <LinkList title={translate({id: 'kpi.page.parent', message: 'Rolls up to'})} links={[data.parent]} />}
          {data.children.length > 0 && (
            <LinkList title={translate({id: 'kpi.page.children', message: 'Rolled up from'})} links={data.children} />
          )}
        </aside>
      </div>
    </main>
  );
}

/**
 * The KPI's definition and its footnotes. (Not `@theme/KpiDefinition`, the
 * definition inside a card: this is the page's section.) The HTML was made at
 * build time from Markdown that cannot carry raw HTML or unsafe links.
 */
function KpiDefinition({definitionHtml}: Pick<KpiPageData, 'definitionHtml'>): ReactNode {
  return (
    <section>
      <h2>
        <Translate id="kpi.page.definition">Definition</Translate>
      </h2>
      {definitionHtml ? (
        <div className={styles.definition} dangerouslySetInnerHTML={{__html: definitionHtml}} />
      ) : (
        <p className={styles.empty}>
          <Translate id="kpi.page.noDefinition">This KPI has no definition yet.</Translate>
        </p>
      )}
    </section>
  );
}

/** The measurements, newest first, with the date as each row's header. */
function DataTable({id, title, points}: {id: string; title: string; points: KpiPageData['points']}): ReactNode {
  const hasNotes = points.some((point) => point.note);
  return (
    // The wrapper scrolls sideways when the table is wider than a phone: it is
    // focusable, and named by the caption, so keyboard users can scroll it too.
    <div className={styles.tableWrapper} role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className={styles.table}>
        <caption id={`${id}-caption`} className={styles.caption}>
          <Translate id="kpi.page.tableCaption" values={{title}}>
            {'Measurements of {title}'}
          </Translate>
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <Translate id="kpi.page.date">Date</Translate>
            </th>
            <th scope="col" className={styles.number}>
              <Translate id="kpi.page.value">Value</Translate>
            </th>
            {hasNotes && (
              <th scope="col">
                <Translate id="kpi.page.note">Note</Translate>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {[...points].reverse().map((point, index) => (
            <tr key={index}>
              <th scope="row" className={styles.rowHeader}>
                {point.date}
              </th>
              <td className={styles.number}>{point.value}</td>
              {hasNotes && <td>{point.note}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function LinkList({title, links, empty}: {title: string; links: readonly PageLink[]; empty?: string}): ReactNode {
  return (
    <section className={styles.links}>
      <h2 className={styles.smallHeading}>{title}</h2>
      {links.length === 0 ? (
        <p className={styles.empty}>{empty}</p>
      ) : (
        <ul>
          {links.map((link) => (
            <li key={link.permalink}>
              <Link to={link.permalink}>{link.title}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
