import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import type {Props} from '@theme/KpiPage/Definition';
import styles from './styles.module.css';

/**
 * The KPI's definition and its footnotes. (Not `@theme/KpiDefinition`, the
 * definition inside a card: this is the page's section.) The HTML was made at
 * build time from Markdown that cannot carry raw HTML or unsafe links.
 */
export default function KpiPageDefinition({definitionHtml}: Props): ReactNode {
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
