import type {ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import type {Props} from '@theme/KpiCard/Target';

/** The target in force, its due date and the progress toward it; nothing when the KPI has neither. */
export default function KpiCardTarget({data}: Props): ReactNode {
  const {formatted} = data;
  const progress = data.progress === undefined ? undefined : Math.min(1, Math.max(0, data.progress));
  if (formatted.target === undefined && progress === undefined) return null;
  return (
    <div className="kpi-card__target">
      <div className="kpi-card__target-row">
        {formatted.target !== undefined && <TargetText target={formatted.target} by={formatted.targetBy} />}
        {formatted.progress !== undefined && (
          <span className="kpi-card__progress-text">
            <Translate
              id="kpi.card.progressText"
              description="How far a KPI is toward its target, e.g. '62% of the way'"
              values={{progress: formatted.progress}}
            >
              {'{progress} of the way'}
            </Translate>
          </span>
        )}
      </div>
      {progress !== undefined && (
        <div
          className="kpi-card__progress"
          role="progressbar"
          aria-label={translate({
            id: 'kpi.card.progressLabel',
            message: 'Progress toward the target',
            description: 'Accessible name of the progress bar of a KPI card',
          })}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(progress * 100)}
          aria-valuetext={formatted.progress}
        >
          <span className="kpi-card__progress-fill" style={{width: `${Math.round(progress * 1000) / 10}%`}} />
        </div>
      )}
    </div>
  );
}

function TargetText({target, by}: {target: string; by: string | undefined}): ReactNode {
  const value = <strong className="kpi-card__target-value">{target}</strong>;
  return (
    <span>
      {by !== undefined ? (
        <Translate id="kpi.card.targetBy" description="The target in force on a KPI card, with its due date" values={{target: value, by}}>
          {'Target {target} by {by}'}
        </Translate>
      ) : (
        <Translate id="kpi.card.target" description="The target in force on a KPI card" values={{target: value}}>
          {'Target {target}'}
        </Translate>
      )}
    </span>
  );
}
