import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import KpiObjectiveStatus from '@theme/KpiObjective/Status';
import type {Props} from '@theme/KpiObjective/Impact';

/**
 * One expected impact of an objective: the KPI (linked), baseline → expected,
 * the current value, a progress bar with its text, and the status with its reason.
 */
export default function KpiObjectiveImpact({impact, id}: Props): ReactNode {
  const nameId = `${id}-kpi`;
  return (
    <li className="kpi-objective__impact" data-kpi={impact.kpi.id} data-status={impact.status.level} aria-labelledby={nameId}>
      <div className="kpi-objective__impact-header">
        <Link id={nameId} to={impact.kpi.permalink} className="kpi-objective__kpi">
          {impact.kpi.title}
        </Link>
        <KpiObjectiveStatus status={impact.status} compact />
      </div>
      <ImpactValues impact={impact} />
      <ImpactProgress impact={impact} />
      {impact.baselineInPeriod && impact.formatted.baselineDate !== undefined && (
        <p className="kpi-objective__note">
          <Translate
            id="kpi.objective.baselineInPeriod"
            description="Note on an impact whose KPI has no measurement before the objective's period"
            values={{date: impact.formatted.baselineDate}}
          >
            {'No measurement before the period: the baseline is the first one in it, on {date}.'}
          </Translate>
        </p>
      )}
      {impact.status.reasons.length > 0 && (
        <p className="kpi-objective__reason">
          <span className="kpi-objective__value-label">
            <Translate id="kpi.objective.why" description="Label of the reason for an impact's status">
              Why
            </Translate>
          </span>{' '}
          {impact.status.reasons.join(' ')}
        </p>
      )}
    </li>
  );
}

/** Baseline → expected (with the change as written for `by`), and the current value with its date. */
function ImpactValues({impact}: Pick<Props, 'impact'>): ReactNode {
  const {formatted} = impact;
  return (
    <>
      <p className="kpi-objective__values">
        <span className="kpi-objective__value-label">
          <Translate id="kpi.objective.baselineToExpected" description="Label of an impact's baseline and expected value">
            Baseline → expected
          </Translate>
        </span>{' '}
        <span className="kpi-objective__value">
          {formatted.baseline ?? '—'} → <strong>{formatted.expected ?? '—'}</strong>
        </span>
        {formatted.by !== undefined && (
          <span className="kpi-objective__by">
            {' '}
            <Translate
              id="kpi.objective.by"
              description="The change an impact expects over the period, e.g. '(−2 days)'"
              values={{by: formatted.by}}
            >
              {'({by})'}
            </Translate>
          </span>
        )}
      </p>
      <p className="kpi-objective__values">
        <span className="kpi-objective__value-label">
          <Translate id="kpi.objective.current" description="Label of an impact's current value">
            Current
          </Translate>
        </span>{' '}
        <span className="kpi-objective__value">
          {formatted.current !== undefined ? (
            <Translate
              id="kpi.objective.currentValue"
              description="An impact's current value and the date of its measurement"
              values={{value: <strong>{formatted.current}</strong>, date: formatted.currentDate}}
            >
              {'{value} on {date}'}
            </Translate>
          ) : (
            '—'
          )}
        </span>
      </p>
    </>
  );
}

/** The progress from baseline to expected: a bar named for its KPI, with its value in words and as text. */
function ImpactProgress({impact}: Pick<Props, 'impact'>): ReactNode {
  if (impact.progress === undefined) return null;
  const progress = Math.min(1, Math.max(0, impact.progress));
  return (
    <div className="kpi-objective__progress-row">
      <div
        className="kpi-objective__progress"
        role="progressbar"
        aria-label={translate(
          {
            id: 'kpi.objective.progressLabel',
            message: 'Progress of {kpi}',
            description: 'Accessible name of the progress bar of an impact',
          },
          {kpi: impact.kpi.title},
        )}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(progress * 100)}
        aria-valuetext={impact.formatted.progress}
      >
        <span className="kpi-objective__progress-fill" style={{width: `${Math.round(progress * 1000) / 10}%`}} />
      </div>
      <span className="kpi-objective__progress-text">
        <Translate id="kpi.card.progressText" values={{progress: impact.formatted.progress}}>
          {'{progress} of the way'}
        </Translate>
      </span>
    </div>
  );
}
