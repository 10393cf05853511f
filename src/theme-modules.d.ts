/// <reference types="@docusaurus/theme-classic" />

/**
 * Types of the theme components this plugin provides as `@theme/*`, for
 * sites that swizzle or import them and for the theme's own cross-imports
 * (components import each other through `@theme/*` so that swizzling one
 * changes it everywhere).
 */

declare module '@theme/KpiCard' {
  import type {ReactNode} from 'react';

  export interface Props {
    /** Everything the card shows, computed and formatted at build time. */
    readonly data: import('docusaurus-plugin-kpi').KpiCardData;
    /** Page commentary: the body of the `:::kpi` block. */
    readonly children?: ReactNode;
    /** Level of the card's title heading (default 3). */
    readonly headingLevel?: 2 | 3 | 4 | 5 | 6;
    readonly className?: string;
  }

  export default function KpiCard(props: Props): ReactNode;
}

declare module '@theme/KpiStatus' {
  import type {ReactNode} from 'react';

  export interface Props {
    readonly status: import('docusaurus-plugin-kpi').KpiStatus;
    /** The series is stale: shown as an extra badge when the level itself is not `stale`. */
    readonly stale?: boolean;
    /** Smaller badge, for lists and tables. */
    readonly compact?: boolean;
    readonly className?: string;
  }

  /** Every status level, from best to least known. */
  export const STATUS_LEVELS: readonly import('docusaurus-plugin-kpi').StatusLevel[];
  /** The translated label of a status level ("On track"). */
  export function statusLabel(level: import('docusaurus-plugin-kpi').StatusLevel): string;
  /** The colour family of a level. */
  export function statusTone(level: import('docusaurus-plugin-kpi').StatusLevel): 'success' | 'warning' | 'danger' | 'neutral';

  export default function KpiStatus(props: Props): ReactNode;
}

declare module '@theme/KpiChange' {
  import type {ReactNode} from 'react';

  export interface Props {
    /** The computed change; its `sentiment` already accounts for the KPI's direction. */
    readonly change: import('docusaurus-plugin-kpi').Change;
    /** The card's formatted strings: `change`, `changeRelative`, `previous`. */
    readonly formatted: Pick<import('docusaurus-plugin-kpi').KpiCardData['formatted'], 'change' | 'changeRelative' | 'previous'>;
    /** Also show the previous value ("vs. 11 days"). */
    readonly showPrevious?: boolean;
    readonly className?: string;
  }

  /** The meaning of a change in words ("better than the previous period"). */
  export function sentimentSentence(sentiment: import('docusaurus-plugin-kpi').Change['sentiment']): string;

  export default function KpiChange(props: Props): ReactNode;
}

declare module '@theme/KpiSparkline' {
  import type {ReactNode} from 'react';

  export interface Props {
    /** Precomputed at build time: paths, last point and target line. */
    readonly geometry: import('docusaurus-plugin-kpi').SparklineGeometry;
    /** Text alternative of the whole series. */
    readonly description: string;
    /** Accessible name of the chart. */
    readonly title: string;
    /** Base of the ids of `<title>` and `<desc>`; React's `useId` when not given. */
    readonly id?: string;
    readonly className?: string;
  }

  export default function KpiSparkline(props: Props): ReactNode;
}

declare module '@theme/KpiReference' {
  import type {ReactNode} from 'react';

  export interface Props {
    /** The part of the KPI's card data a reference shows. */
    readonly data: import('docusaurus-plugin-kpi').KpiReferenceData;
    readonly show: 'title' | 'value' | 'change' | 'target' | 'status';
  }

  export default function KpiReference(props: Props): ReactNode;
}

declare module '@theme/KpiIndex' {
  import type {ReactNode} from 'react';

  export interface KpiFilter {
    tag?: string;
    status?: string;
  }

  export interface Props {
    readonly data: import('docusaurus-plugin-kpi').KpiIndexData;
    /** Show one area only. */
    readonly area?: string;
    /** Heading level of the area titles. */
    readonly headingLevel?: 2 | 3 | 4;
    /** Show only KPIs matching these. */
    readonly filter?: KpiFilter;
  }

  export function matchesFilter(kpi: import('docusaurus-plugin-kpi').KpiSummary, filter: KpiFilter | undefined): boolean;

  export default function KpiIndex(props: Props): ReactNode;
}

declare module '@theme/KpiIndexPage' {
  import type {ReactNode} from 'react';

  export interface Props {
    readonly data: import('docusaurus-plugin-kpi').KpiIndexData;
  }

  export default function KpiIndexPage(props: Props): ReactNode;
}

declare module '@theme/KpiAreaPage' {
  import type {ReactNode} from 'react';

  export interface Props {
    readonly data: import('docusaurus-plugin-kpi').KpiAreaPageData;
  }

  export default function KpiAreaPage(props: Props): ReactNode;
}

declare module '@theme/KpiPage' {
  import type {ReactNode} from 'react';

  export interface Props {
    readonly data: import('docusaurus-plugin-kpi').KpiPageData;
  }

  export default function KpiPage(props: Props): ReactNode;
}

declare module '@theme/KpiDefinition' {
  import type {ReactNode} from 'react';

  export interface Props {
    readonly children: ReactNode;
  }

  export default function KpiDefinition(props: Props): ReactNode;
}

declare module '@theme/KpiChart' {
  import type {ReactNode} from 'react';

  export interface Props {
    /** Precomputed at build time: axes, line, points and target steps. */
    readonly geometry: import('docusaurus-plugin-kpi').ChartGeometry;
    /** Accessible name of the chart. */
    readonly title: string;
    /** Text alternative of the measurements; the targets are described from the geometry. */
    readonly description: string;
    /** Base of the ids of `<title>` and `<desc>`; React's `useId` when not given. */
    readonly id?: string;
    readonly className?: string;
  }

  export default function KpiChart(props: Props): ReactNode;
}

declare module '@theme/KpiSmartChecklist' {
  import type {ReactNode} from 'react';

  export interface Props {
    /** The five criteria, checked against the registry at build time. */
    readonly items: readonly import('docusaurus-plugin-kpi').SmartCriterion[];
    readonly className?: string;
  }

  /** The translated name of a SMART criterion ("Time-bound"). */
  export function criterionLabel(criterion: import('docusaurus-plugin-kpi').SmartCriterion['criterion']): string;

  export default function KpiSmartChecklist(props: Props): ReactNode;
}
