import type {ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import type {Props} from '@theme/KpiPage/Breadcrumbs';
import styles from './styles.module.css';

/** All KPIs › the area › this KPI. */
export default function KpiPageBreadcrumbs({indexPermalink, area, title}: Props): ReactNode {
  return (
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
            <Translate id="kpi.breadcrumb.index" description="Link to the page of all KPIs, in breadcrumbs">
              All KPIs
            </Translate>
          </Link>
        </li>
        <li className="breadcrumbs__item">
          <Link className="breadcrumbs__link" to={area.permalink}>
            {area.title}
          </Link>
        </li>
        <li className="breadcrumbs__item breadcrumbs__item--active">
          <span className="breadcrumbs__link" aria-current="page">
            {title}
          </span>
        </li>
      </ul>
    </nav>
  );
}
