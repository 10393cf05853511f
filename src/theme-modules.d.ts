/// <reference types="@docusaurus/theme-classic" />

/**
 * The theme components this plugin provides as `@theme/*`, for sites that
 * swizzle or import them and for the theme's own cross-imports (components
 * import each other through `@theme/*`, so that swizzling one changes it
 * everywhere). Each component's `Props` is declared here once; the component
 * imports it from its module.
 */

declare module '@theme/KpiCard' {
  import type {ReactNode} from 'react';
  import type {KpiCardData} from 'docusaurus-plugin-kpi';

  export interface Props {
    /** Everything the card shows, computed and formatted at build time. */
    readonly data: KpiCardData;
    /** Page commentary: the body of the `:::kpi` block. */
    readonly children?: ReactNode;
    /** Level of the card's title heading (default 3). */
    readonly headingLevel?: 2 | 3 | 4 | 5 | 6;
    /** `compact`: title, status, value, change and sparkline only, as in a `::::kpi-grid`. */
    readonly variant?: 'full' | 'compact';
    readonly className?: string;
  }

  export default function KpiCard(props: Props): ReactNode;
}

declare module '@theme/KpiCard/Header' {
  import type {ReactNode} from 'react';
  import type {KpiCardData} from 'docusaurus-plugin-kpi';

  export interface Props {
    readonly data: KpiCardData;
    /** Id of the title heading, which names the card. */
    readonly titleId: string;
    readonly headingLevel: 2 | 3 | 4 | 5 | 6;
  }

  export default function KpiCardHeader(props: Props): ReactNode;
}

declare module '@theme/KpiCard/Figure' {
  import type {ReactNode} from 'react';
  import type {KpiCardData} from 'docusaurus-plugin-kpi';

  export interface Props {
    readonly data: KpiCardData;
  }

  export default function KpiCardFigure(props: Props): ReactNode;
}

declare module '@theme/KpiCard/Target' {
  import type {ReactNode} from 'react';
  import type {KpiCardData} from 'docusaurus-plugin-kpi';

  export interface Props {
    readonly data: KpiCardData;
  }

  export default function KpiCardTarget(props: Props): ReactNode;
}

declare module '@theme/KpiCard/Reasons' {
  import type {ReactNode} from 'react';
  import type {KpiStatus} from 'docusaurus-plugin-kpi';

  export interface Props {
    readonly status: KpiStatus;
    /** Id of the reasons' title, which names their list. */
    readonly id: string;
  }

  export default function KpiCardReasons(props: Props): ReactNode;
}

declare module '@theme/KpiCard/Facts' {
  import type {ReactNode} from 'react';
  import type {KpiCardData} from 'docusaurus-plugin-kpi';

  export interface Props {
    readonly data: KpiCardData;
  }

  export default function KpiCardFacts(props: Props): ReactNode;
}

declare module '@theme/KpiStatus' {
  import type {ReactNode} from 'react';
  import type {KpiStatus, StatusLevel} from 'docusaurus-plugin-kpi';

  export interface Props {
    readonly status: KpiStatus;
    /** The series is stale: shown as an extra badge when the level itself is not `stale`. */
    readonly stale?: boolean;
    /** Smaller badge, for lists and tables. */
    readonly compact?: boolean;
    readonly className?: string;
  }

  /** Every status level, from best to least known (from `docusaurus-plugin-kpi/vocabulary`). */
  export const STATUS_LEVELS: readonly StatusLevel[];
  /** The translated label of a status level ("On track"). */
  export function statusLabel(level: StatusLevel): string;
  /** The colour family of a level. */
  export function statusTone(level: StatusLevel): 'success' | 'warning' | 'danger' | 'neutral';

  export default function KpiStatus(props: Props): ReactNode;
}

declare module '@theme/KpiChange' {
  import type {ReactNode} from 'react';
  import type {Change, KpiCardData} from 'docusaurus-plugin-kpi';

  export interface Props {
    /** The computed change; its `sentiment` already accounts for the KPI's direction. */
    readonly change: Change;
    /** The card's formatted strings: `change` ("−2 days"), `changeRelative` ("−18.2%"), `previous`. */
    readonly formatted: Pick<KpiCardData['formatted'], 'change' | 'changeRelative' | 'previous'>;
    /** Also show the previous value ("vs. 11 days"). */
    readonly showPrevious?: boolean;
    readonly className?: string;
  }

  /** The meaning of a change in words ("better than the previous period"). */
  export function sentimentSentence(sentiment: Change['sentiment']): string;

  export default function KpiChange(props: Props): ReactNode;
}

declare module '@theme/KpiSparkline' {
  import type {ReactNode} from 'react';
  import type {SparklineGeometry} from 'docusaurus-plugin-kpi';

  export interface Props {
    /** Precomputed at build time: paths, last point and target line. */
    readonly geometry: SparklineGeometry;
    /** Text alternative of the whole series. */
    readonly description: string;
    /** Events within the series' dates, dates formatted: added to the text alternative. */
    readonly events?: readonly {date: string; label: string}[];
    /** Accessible name of the chart, e.g. "Trend of Average delivery time". */
    readonly title: string;
    /** Base of the ids of `<title>` and `<desc>`; React's `useId` when not given. */
    readonly id?: string;
    readonly className?: string;
  }

  /** The events in words ("Events: Sep 15, 2026: New sizing guide."), translated. */
  export function describeEvents(events: readonly {date: string; label: string}[]): string;

  export default function KpiSparkline(props: Props): ReactNode;
}

declare module '@theme/KpiReference' {
  import type {ReactNode} from 'react';
  import type {KpiReferenceData, ReferenceShow} from 'docusaurus-plugin-kpi';

  export interface Props {
    /** The part of the KPI's card data a reference shows. */
    readonly data: KpiReferenceData;
    readonly show: ReferenceShow;
  }

  export default function KpiReference(props: Props): ReactNode;
}

declare module '@theme/KpiIndex' {
  import type {ReactNode} from 'react';
  import type {KpiIndexData, KpiSummary} from 'docusaurus-plugin-kpi';

  export interface KpiFilter {
    readonly tag?: string;
    readonly status?: string;
  }

  export interface Props {
    readonly data: KpiIndexData;
    /** Show one area only. */
    readonly area?: string;
    /** Heading level of the area titles. */
    readonly headingLevel?: 2 | 3 | 4 | 5 | 6;
    /** Show only KPIs matching these (and their roll-up parents). */
    readonly filter?: KpiFilter;
  }

  export function matchesFilter(kpi: KpiSummary, filter: KpiFilter | undefined): boolean;

  export default function KpiIndex(props: Props): ReactNode;
}

declare module '@theme/KpiIndexPage' {
  import type {ReactNode} from 'react';
  import type {KpiIndexData} from 'docusaurus-plugin-kpi';

  export interface Props {
    readonly data: KpiIndexData;
  }

  export default function KpiIndexPage(props: Props): ReactNode;
}

declare module '@theme/KpiAreaPage' {
  import type {ReactNode} from 'react';
  import type {KpiAreaPageData} from 'docusaurus-plugin-kpi';

  export interface Props {
    readonly data: KpiAreaPageData;
  }

  export default function KpiAreaPage(props: Props): ReactNode;
}

declare module '@theme/KpiPage' {
  import type {ReactNode} from 'react';
  import type {KpiPageData} from 'docusaurus-plugin-kpi';

  export interface Props {
    readonly data: KpiPageData;
  }

  export default function KpiPage(props: Props): ReactNode;
}

declare module '@theme/KpiPage/Content' {
  import type {ReactNode} from 'react';
  import type {KpiPageData} from 'docusaurus-plugin-kpi';

  export interface Props {
    readonly data: KpiPageData;
  }

  export default function KpiPageContent(props: Props): ReactNode;
}

declare module '@theme/KpiPage/Breadcrumbs' {
  import type {ReactNode} from 'react';
  import type {KpiPageData} from 'docusaurus-plugin-kpi';

  export interface Props {
    readonly indexPermalink: string;
    readonly area: KpiPageData['area'];
    /** The KPI's title: the current page. */
    readonly title: string;
  }

  export default function KpiPageBreadcrumbs(props: Props): ReactNode;
}

declare module '@theme/KpiPage/Definition' {
  import type {ReactNode} from 'react';

  export interface Props {
    /** The definition and its footnotes as safe HTML; absent when the KPI has no definition. */
    readonly definitionHtml?: string;
  }

  export default function KpiPageDefinition(props: Props): ReactNode;
}

declare module '@theme/KpiPage/Targets' {
  import type {ReactNode} from 'react';
  import type {KpiPageData} from 'docusaurus-plugin-kpi';

  export interface Props {
    readonly targets: KpiPageData['targets'];
  }

  export default function KpiPageTargets(props: Props): ReactNode;
}

declare module '@theme/KpiPage/Computation' {
  import type {ReactNode} from 'react';
  import type {KpiPageComputation} from 'docusaurus-plugin-kpi';

  export interface Props {
    readonly computation: KpiPageComputation;
  }

  export default function KpiPageComputation(props: Props): ReactNode;
}

declare module '@theme/KpiPage/Data' {
  import type {ReactNode} from 'react';
  import type {KpiPageData} from 'docusaurus-plugin-kpi';

  export interface Props {
    readonly kpiId: string;
    /** The KPI's title, for the table's caption. */
    readonly title: string;
    readonly points: KpiPageData['points'];
    readonly download?: KpiPageData['download'];
    /** The values are confidential and left out of this build: say so instead of the table. */
    readonly confidential?: boolean;
  }

  export default function KpiPageData(props: Props): ReactNode;
}

declare module '@theme/KpiPage/Links' {
  import type {ReactNode} from 'react';
  import type {PageLink} from 'docusaurus-plugin-kpi';

  export interface Props {
    readonly home?: PageLink;
    readonly backlinks: readonly PageLink[];
    readonly parent?: PageLink;
    readonly children: readonly PageLink[];
  }

  export default function KpiPageLinks(props: Props): ReactNode;
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
  import type {ChartGeometry} from 'docusaurus-plugin-kpi';

  export interface Props {
    /** Precomputed at build time: axes, line, points and target steps. */
    readonly geometry: ChartGeometry;
    /** Accessible name of the chart, e.g. "Average delivery time over time". */
    readonly title: string;
    /** Text alternative of the measurements; the targets are described from the geometry. */
    readonly description: string;
    /** Base of the ids of `<title>` and `<desc>`; React's `useId` when not given. */
    readonly id?: string;
    /** Smaller, for a report: no legend of the line, only of the targets, events and highlight it has. */
    readonly compact?: boolean;
    readonly className?: string;
  }

  export default function KpiChart(props: Props): ReactNode;
}

declare module '@theme/KpiSmartChecklist' {
  import type {ReactNode} from 'react';
  import type {SmartCriterion} from 'docusaurus-plugin-kpi';

  export interface Props {
    /** The five criteria, checked against the registry at build time. */
    readonly items: readonly SmartCriterion[];
    readonly className?: string;
  }

  /** The translated name of a SMART criterion ("Time-bound"). */
  export function criterionLabel(criterion: SmartCriterion['criterion']): string;

  export default function KpiSmartChecklist(props: Props): ReactNode;
}

declare module '@theme/KpiObjective' {
  import type {ReactNode} from 'react';
  import type {ObjectiveCardData} from 'docusaurus-plugin-kpi';

  export interface Props {
    /** Everything the card shows, computed and formatted at build time. */
    readonly data: ObjectiveCardData;
    /** Level of the card's title heading (default 3): one below the heading the card follows. */
    readonly headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
    /** Whether the title links to the objective's page (default true; false on that page). */
    readonly linkTitle?: boolean;
    readonly className?: string;
  }

  export default function KpiObjective(props: Props): ReactNode;
}

declare module '@theme/KpiObjective/Impact' {
  import type {ReactNode} from 'react';
  import type {ObjectiveImpactCardData} from 'docusaurus-plugin-kpi';

  export interface Props {
    readonly impact: ObjectiveImpactCardData;
    /** Unique on the page: the prefix of the ids inside the impact. */
    readonly id: string;
  }

  export default function KpiObjectiveImpact(props: Props): ReactNode;
}

declare module '@theme/KpiObjective/Status' {
  import type {ReactNode} from 'react';
  import type {ObjectiveStatus} from 'docusaurus-plugin-kpi';

  export interface Props {
    readonly status: ObjectiveStatus;
    readonly compact?: boolean;
    readonly className?: string;
  }

  export default function KpiObjectiveStatus(props: Props): ReactNode;
}

declare module '@theme/KpiObjectivesPage' {
  import type {ReactNode} from 'react';
  import type {ObjectivesPageData} from 'docusaurus-plugin-kpi';

  export interface Props {
    readonly data: ObjectivesPageData;
  }

  export default function KpiObjectivesPage(props: Props): ReactNode;
}

declare module '@theme/KpiObjectivePage' {
  import type {ReactNode} from 'react';
  import type {ObjectivePageData} from 'docusaurus-plugin-kpi';

  export interface Props {
    readonly data: ObjectivePageData;
  }

  export default function KpiObjectivePage(props: Props): ReactNode;
}

declare module '@theme/KpiPage/Objectives' {
  import type {ReactNode} from 'react';
  import type {ObjectiveLink} from 'docusaurus-plugin-kpi';

  export interface Props {
    readonly objectives: readonly ObjectiveLink[];
  }

  export default function KpiPageObjectives(props: Props): ReactNode;
}

declare module '@theme/KpiStatusHistory' {
  import type {ReactNode} from 'react';
  import type {StatusHistoryEntry} from 'docusaurus-plugin-kpi';

  export interface Props {
    /** The status at the end of each of the last periods, oldest first. */
    readonly history: readonly StatusHistoryEntry[];
    /** Base of the section's ids. */
    readonly id: string;
  }

  export default function KpiStatusHistory(props: Props): ReactNode;
}

declare module '@theme/KpiReportPage' {
  import type {ReactNode} from 'react';
  import type {QuarterReport} from 'docusaurus-plugin-kpi';

  export interface Props {
    /** The report, computed at build time as of the quarter's last day. */
    readonly data: QuarterReport;
  }

  /** The name of a quarter in the site's language: "Q3 2026". */
  export function quarterName(report: Pick<QuarterReport, 'year' | 'number'>): string;

  export default function KpiReportPage(props: Props): ReactNode;
}

declare module '@theme/KpiReportPage/Kpi' {
  import type {ReactNode} from 'react';
  import type {ReportKpi} from 'docusaurus-plugin-kpi';

  export interface Props {
    readonly kpi: ReportKpi;
    /** The quarter's name, e.g. "Q3 2026", for the chart's accessible name. */
    readonly quarter: string;
  }

  export default function KpiReportPageKpi(props: Props): ReactNode;
}

declare module '@theme/KpiReportsPage' {
  import type {ReactNode} from 'react';
  import type {KpiReportsPageData} from 'docusaurus-plugin-kpi';

  export interface Props {
    readonly data: KpiReportsPageData;
  }

  export default function KpiReportsPage(props: Props): ReactNode;
}
