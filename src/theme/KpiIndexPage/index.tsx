import {type ReactNode, useState} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Layout from '@theme/Layout';
import type {StatusLevel} from 'docusaurus-plugin-kpi';
import KpiIndex, {type KpiFilter} from '@theme/KpiIndex';
import KpiStatus, {STATUS_LEVELS, statusLabel} from '@theme/KpiStatus';
import styles from './styles.module.css';
import type {Props} from '@theme/KpiIndexPage';

/** `/kpis`: every area with its KPIs, status counts, and filters by tag and status. */
export default function KpiIndexPage({data}: Props): ReactNode {
  const [filter, setFilter] = useState<KpiFilter>({});
  const kpis = data.areas.flatMap((area) => area.kpis);
  const counts = new Map<StatusLevel, number>();
  for (const kpi of kpis) counts.set(kpi.status, (counts.get(kpi.status) ?? 0) + 1);
  // Not `[...new Set()]`: Docusaurus compiles client code with Babel's loose
  // mode, which turns that spread into `[].concat(set)`, one option of `[object Set]`.
  const tags = Array.from(new Set(kpis.flatMap((kpi) => kpi.tags))).sort();
  const title = translate({id: 'kpi.indexPage.title', message: 'Key Performance Indicators'});

  return (
    <Layout
      title={title}
      description={translate({id: 'kpi.indexPage.description', message: 'Every area of the organisation and the KPIs it tracks.'})}
    >
      <main className="container margin-vert--lg">
        <h1>{title}</h1>
        <p className={styles.lead}>
          <Translate id="kpi.indexPage.summary" values={{kpis: kpis.length, areas: data.areas.length, asOf: data.asOf}}>
            {'{kpis} KPIs in {areas} areas, as of {asOf}.'}
          </Translate>
          {data.objectivesPermalink && (
            <>
              {' '}
              <Link to={data.objectivesPermalink}>
                <Translate id="kpi.indexPage.objectives" description="Link from /kpis to the objectives page">
                  See the objectives and their expected impact.
                </Translate>
              </Link>
            </>
          )}
        </p>
        <ul className={styles.counts} aria-label={translate({id: 'kpi.indexPage.counts', message: 'KPIs by status'})}>
          {STATUS_LEVELS.filter((level) => counts.has(level)).map((level) => (
            <li key={level}>
              <KpiStatus status={{level, reasons: [], origin: 'computed'}} compact />
              <span className={styles.count}>{counts.get(level)}</span>
            </li>
          ))}
        </ul>
        <form className={styles.filters} onSubmit={(event) => event.preventDefault()}>
          <label>
            <Translate id="kpi.indexPage.filterTag">Tag</Translate>{' '}
            <select value={filter.tag ?? ''} onChange={(event) => setFilter({...filter, tag: event.target.value || undefined})}>
              <option value="">{translate({id: 'kpi.indexPage.all', message: 'All'})}</option>
              {tags.map((tag) => (
                <option key={tag} value={tag}>
                  {tag}
                </option>
              ))}
            </select>
          </label>
          <label>
            <Translate id="kpi.indexPage.filterStatus">Status</Translate>{' '}
            <select value={filter.status ?? ''} onChange={(event) => setFilter({...filter, status: event.target.value || undefined})}>
              <option value="">{translate({id: 'kpi.indexPage.all', message: 'All'})}</option>
              {STATUS_LEVELS.filter((level) => counts.has(level)).map((level) => (
                <option key={level} value={level}>
                  {statusLabel(level)}
                </option>
              ))}
            </select>
          </label>
        </form>
        <KpiIndex data={data} headingLevel={2} filter={filter} />
      </main>
    </Layout>
  );
}
