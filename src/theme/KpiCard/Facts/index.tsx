import type {ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import type {Cadence} from 'docusaurus-plugin-kpi';
import type {Props} from '@theme/KpiCard/Facts';

/** The facts of a KPI: date of the latest measurement (and of the last successful query when a source was down), owner, cadence and tags. */
export default function KpiCardFacts({data}: Props): ReactNode {
  return (
    <dl className="kpi-card__facts">
      {data.formatted.asOf !== undefined && (
        <Fact
          label={
            <Translate id="kpi.card.asOf" description="Label of the date of the latest measurement of a KPI">
              As of
            </Translate>
          }
        >
          {data.formatted.asOf}
        </Fact>
      )}
      {data.formatted.lastSuccessfulQuery !== undefined && (
        <Fact
          label={
            <Translate id="kpi.card.cachedLabel" description="Label of the note on a KPI card whose data source was down at build time">
              Data
            </Translate>
          }
        >
          <Translate
            id="kpi.card.lastSuccessfulQuery"
            description="On a KPI card whose data source was down at build time: the values come from the last query that worked"
            values={{date: data.formatted.lastSuccessfulQuery}}
          >
            {'as of the last successful query on {date}'}
          </Translate>
        </Fact>
      )}
      {data.owner && (
        <Fact
          label={
            <Translate id="kpi.card.owner" description="Label of the owner of a KPI">
              Owner
            </Translate>
          }
        >
          {data.owner}
        </Fact>
      )}
      <Fact
        label={
          <Translate id="kpi.card.cadence" description="Label of how often a KPI is measured">
            Measured
          </Translate>
        }
      >
        {cadenceLabel(data.cadence)}
      </Fact>
      {data.tags.length > 0 && (
        <Fact
          label={
            <Translate id="kpi.card.tags" description="Label of the tags of a KPI">
              Tags
            </Translate>
          }
        >
          <ul className="kpi-card__tags">
            {data.tags.map((tag) => (
              <li key={tag} className="kpi-card__tag">
                {tag}
              </li>
            ))}
          </ul>
        </Fact>
      )}
    </dl>
  );
}

function Fact({label, children}: {label: ReactNode; children: ReactNode}): ReactNode {
  return (
    <div className="kpi-card__fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function cadenceLabel(cadence: Cadence): string {
  // One literal call per label so `docusaurus write-translations` extracts them all.
  switch (cadence) {
    case 'daily':
      return translate({id: 'kpi.cadence.daily', message: 'Daily', description: 'KPI cadence'});
    case 'weekly':
      return translate({id: 'kpi.cadence.weekly', message: 'Weekly', description: 'KPI cadence'});
    case 'monthly':
      return translate({id: 'kpi.cadence.monthly', message: 'Monthly', description: 'KPI cadence'});
    case 'quarterly':
      return translate({id: 'kpi.cadence.quarterly', message: 'Quarterly', description: 'KPI cadence'});
    case 'yearly':
      return translate({id: 'kpi.cadence.yearly', message: 'Yearly', description: 'KPI cadence'});
  }
}
