import {type ReactNode} from 'react';
import clsx from 'clsx';
import Translate, {translate} from '@docusaurus/Translate';
import type {Change} from 'docusaurus-plugin-kpi';
import './styles.css';
import type {Props} from '@theme/KpiChange';

const ARROWS = {up: '▲', down: '▼', flat: '■'} as const;

/**
 * The change against the previous period. Good or bad news is told by colour,
 * by a visible word and by a sentence for screen readers; the arrow shows
 * which way the value moved.
 */
export default function KpiChange({change, formatted, showPrevious = false, className}: Props): ReactNode {
  const movement = change.absolute > 0 ? 'up' : change.absolute < 0 ? 'down' : 'flat';
  return (
    <span className={clsx('kpi-change', `kpi-change--${change.sentiment}`, className)} data-sentiment={change.sentiment}>
      <span className="kpi-change__arrow" aria-hidden="true">
        {ARROWS[movement]}
      </span>
      {formatted.change && <span className="kpi-change__amount">{formatted.change}</span>}
      {formatted.changeRelative && <span className="kpi-change__relative">({formatted.changeRelative})</span>}
      <span className="kpi-change__sentiment" aria-hidden="true">
        {sentimentWord(change.sentiment)}
      </span>
      <span className="kpi-change__hidden">{`, ${sentimentSentence(change.sentiment)}`}</span>
      {showPrevious && formatted.previous && (
        <span className="kpi-change__previous">
          <Translate
            id="kpi.change.previous"
            description="After a KPI's change: the value of the previous period"
            values={{previous: formatted.previous}}
          >
            {'vs. {previous}'}
          </Translate>
        </span>
      )}
    </span>
  );
}

function sentimentWord(sentiment: Change['sentiment']): string {
  switch (sentiment) {
    case 'better':
      return translate({id: 'kpi.change.betterShort', message: 'better', description: 'Short visible word: the KPI moved the right way'});
    case 'worse':
      return translate({id: 'kpi.change.worseShort', message: 'worse', description: 'Short visible word: the KPI moved the wrong way'});
    default:
      return translate({id: 'kpi.change.unchangedShort', message: 'no change', description: 'Short visible word: the KPI did not change'});
  }
}

/** The meaning of a change in words, for screen readers. */
export function sentimentSentence(sentiment: Change['sentiment']): string {
  switch (sentiment) {
    case 'better':
      return translate({
        id: 'kpi.change.better',
        message: 'better than the previous period',
        description: 'Screen-reader text: the KPI moved the right way',
      });
    case 'worse':
      return translate({
        id: 'kpi.change.worse',
        message: 'worse than the previous period',
        description: 'Screen-reader text: the KPI moved the wrong way',
      });
    default:
      return translate({
        id: 'kpi.change.unchanged',
        message: 'unchanged from the previous period',
        description: 'Screen-reader text: the KPI did not change',
      });
  }
}
