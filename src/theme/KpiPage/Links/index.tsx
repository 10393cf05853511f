import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import type {PageLink} from 'docusaurus-plugin-kpi';
import type {Props} from '@theme/KpiPage/Links';
import styles from './styles.module.css';

/** Where the KPI is used: its home page, the pages citing it, and its roll-ups. */
export default function KpiPageLinks({home, backlinks, parent, children}: Props): ReactNode {
  return (
    <>
      <LinkList
        title={translate({id: 'kpi.page.home', message: 'Home page'})}
        links={home ? [home] : []}
        empty={translate({id: 'kpi.page.noHome', message: 'No handbook page has a card for this KPI yet.'})}
      />
      <LinkList
        title={translate({id: 'kpi.page.backlinks', message: 'Referenced in'})}
        links={backlinks}
        empty={translate({id: 'kpi.page.noBacklinks', message: 'No other page cites this KPI.'})}
      />
      {parent && <LinkList title={translate({id: 'kpi.page.parent', message: 'Rolls up to'})} links={[parent]} />}
      {children.length > 0 && <LinkList title={translate({id: 'kpi.page.children', message: 'Rolled up from'})} links={children} />}
    </>
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
