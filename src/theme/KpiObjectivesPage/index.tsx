import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Layout from '@theme/Layout';
import KpiObjective from '@theme/KpiObjective';
import type {ObjectiveCardData} from 'docusaurus-plugin-kpi';
import type {Props} from '@theme/KpiObjectivesPage';
import styles from './styles.module.css';

/** `/kpis/objectives`: the current objectives first, then the upcoming ones, then the past ones with their outcome. */
export default function KpiObjectivesPage({data}: Props): ReactNode {
  const title = translate({id: 'kpi.objectivesPage.title', message: 'Objectives', description: 'Title of the page of all objectives'});
  return (
    <Layout
      title={title}
      description={translate({
        id: 'kpi.objectivesPage.description',
        message: 'The objectives of the organisation and their expected impact on its KPIs.',
      })}
    >
      <main className="container margin-vert--lg">
        <nav className={styles.back}>
          <Link to={data.indexPermalink}>
            <Translate id="kpi.breadcrumb.index">All KPIs</Translate>
          </Link>
        </nav>
        <h1>{title}</h1>
        <p className={styles.lead}>
          <Translate id="kpi.objectivesPage.summary" values={{asOf: data.asOf}}>
            {'Each objective with its expected impact on KPIs, as of {asOf}.'}
          </Translate>
        </p>
        <Section
          cards={data.current}
          title={translate({id: 'kpi.objectivesPage.current', message: 'Current objectives'})}
          empty={translate({id: 'kpi.objectivesPage.noCurrent', message: 'No objective is under way.'})}
        />
        {data.upcoming.length > 0 && (
          <Section cards={data.upcoming} title={translate({id: 'kpi.objectivesPage.upcoming', message: 'Upcoming'})} />
        )}
        {data.past.length > 0 && (
          <Section
            cards={data.past}
            title={translate({id: 'kpi.objectivesPage.past', message: 'Past objectives'})}
            intro={translate({
              id: 'kpi.objectivesPage.pastIntro',
              message: "Their outcome, as judged on the last day of each one's period.",
            })}
          />
        )}
      </main>
    </Layout>
  );
}

function Section({
  cards,
  title,
  empty,
  intro,
}: {
  cards: readonly ObjectiveCardData[];
  title: string;
  empty?: string;
  intro?: string;
}): ReactNode {
  return (
    <section className={styles.section}>
      <h2>{title}</h2>
      {intro && <p>{intro}</p>}
      {cards.length === 0 ? (
        <p className={styles.empty}>{empty}</p>
      ) : (
        cards.map((card) => <KpiObjective key={card.id} data={card} headingLevel={3} />)
      )}
    </section>
  );
}
