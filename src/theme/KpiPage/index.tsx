import {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Layout from '@theme/Layout';
import type {KpiPageData, PageLink} from 'docusaurus-plugin-kpi';
import KpiCard from '@theme/KpiCard';
import styles from './styles.module.css';

export interface Props {
  data: KpiPageData;
}

/** `/kpis/<area>/<kpi>`: the card, definition, targets, data, and where the KPI is used. */
export default function KpiPage({data}: Props): ReactNode {
  const {card} = data;
  return (
    <Layout title={card.title} description={data.definition}>
      <main className="container margin-vert--lg">
        <nav className={styles.breadcrumb} aria-label="breadcrumb">
          <Link to={data.area.permalink}>{data.area.title}</Link>
        </nav>
        <h1>{card.title}</h1>
        <div className={styles.layout}>
          <div className={styles.card}>
            <KpiCard data={card} />
          </div>
          <div className={styles.details}>
            {data.definition && (
              <section>
                <h2>
                  <Translate id="kpi.page.definition">Definition</Translate>
                </h2>
                <p>{data.definition}</p>
                {data.footnotes.length > 0 && (
                  <ul className={styles.footnotes}>
                    {data.footnotes.map((footnote) => (
                      <li key={footnote.key}>
                        <strong>[{footnote.key}]</strong> {footnote.text}
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            )}
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
          </div>
        </div>
        {data.targets.length > 0 && (
          <section>
            <h2>
              <Translate id="kpi.page.targets">Targets</Translate>
            </h2>
            <ul>
              {data.targets.map((target) => (
                <li key={target.by} className={target.inForce ? styles.inForce : undefined}>
                  <Translate id="kpi.page.target" values={{value: target.value, by: target.by}}>
                    {'{value} by {by}'}
                  </Translate>
                  {target.label && ` (${target.label})`}
                  {target.inForce && (
                    <strong>
                      {' '}
                      <Translate id="kpi.page.inForce">in force</Translate>
                    </strong>
                  )}
                </li>
              ))}
            </ul>
          </section>
        )}
        <section>
          <h2>
            <Translate id="kpi.page.data">Data</Translate>
          </h2>
          {data.points.length === 0 ? (
            <p>
              <Translate id="kpi.page.noData">No measurements yet.</Translate>
            </p>
          ) : (
            <div className={styles.tableWrapper}>
              <table>
                <caption className={styles.caption}>
                  <Translate id="kpi.page.tableCaption" values={{title: card.title}}>
                    {'Measurements of {title}'}
                  </Translate>
                </caption>
                <thead>
                  <tr>
                    <th scope="col">
                      <Translate id="kpi.page.date">Date</Translate>
                    </th>
                    <th scope="col">
                      <Translate id="kpi.page.value">Value</Translate>
                    </th>
                    <th scope="col">
                      <Translate id="kpi.page.note">Note</Translate>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {[...data.points].reverse().map((point) => (
                    <tr key={point.date}>
                      <td>{point.date}</td>
                      <td className={styles.number}>{point.value}</td>
                      <td>{point.note}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      </main>
    </Layout>
  );
}

function LinkList({title, links, empty}: {title: string; links: readonly PageLink[]; empty?: string}): ReactNode {
  return (
    <section>
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
