import type {SwizzleConfig} from '@docusaurus/types';

const SAFE = {actions: {eject: 'safe', wrap: 'safe'}} as const;

/** Every theme component may be ejected or wrapped; their props are the public API. */
export function getSwizzleConfig(): SwizzleConfig {
  return {
    components: {
      KpiCard: {...SAFE, description: 'A KPI card: value, change, target, status and sparkline.'},
      'KpiCard/Header': {...SAFE, description: "A card's area, title and status badge."},
      'KpiCard/Figure': {...SAFE, description: "A card's current value and its change."},
      'KpiCard/Target': {...SAFE, description: "A card's target in force and the progress toward it."},
      'KpiCard/Reasons': {...SAFE, description: "Why a card's status is what it is."},
      'KpiCard/Facts': {...SAFE, description: "A card's facts: as of, owner, cadence and tags."},
      KpiStatus: {...SAFE, description: 'The status badge of a KPI.'},
      KpiChange: {...SAFE, description: 'The change against the previous period, with direction-aware meaning.'},
      KpiSparkline: {...SAFE, description: 'The static SVG trend line of a card.'},
      KpiReference: {...SAFE, description: 'An inline `:kpi[id]` reference.'},
      KpiDefinition: {...SAFE, description: "A KPI's definition inside its card."},
      KpiIndex: {...SAFE, description: 'The generated `::kpi-index` list of areas and KPIs.'},
      KpiIndexPage: {...SAFE, description: 'The /kpis page.'},
      KpiAreaPage: {...SAFE, description: 'The page of one area.'},
      KpiPage: {...SAFE, description: 'The page of one KPI.'},
      'KpiPage/Content': {...SAFE, description: 'The page of one KPI without the site layout.'},
      'KpiPage/Breadcrumbs': {...SAFE, description: 'The breadcrumbs of a KPI page.'},
      'KpiPage/Definition': {...SAFE, description: 'The definition section of a KPI page, with its footnotes.'},
      'KpiPage/Targets': {...SAFE, description: 'The targets section of a KPI page.'},
      'KpiPage/Computation': {...SAFE, description: 'How a computed KPI is computed: its metric or SQL, what it reads, and when.'},
      'KpiPage/Data': {...SAFE, description: 'The data section of a KPI page: the table and the CSV download.'},
      'KpiPage/Links': {...SAFE, description: 'Where a KPI is used: home page, backlinks and roll-ups.'},
      'KpiPage/Objectives': {...SAFE, description: 'The objectives that aim to move a KPI, on its page.'},
      KpiObjective: {...SAFE, description: 'An objective card: period, owner, and each expected impact with progress and status.'},
      'KpiObjective/Impact': {
        ...SAFE,
        description: 'One expected impact of an objective card: baseline → expected, current, progress, status.',
      },
      'KpiObjective/Status': {...SAFE, description: 'The status badge of an objective or impact, "Not started" included.'},
      KpiObjectivesPage: {...SAFE, description: 'The /kpis/objectives page: current, upcoming and past objectives.'},
      KpiObjectivePage: {...SAFE, description: 'The page of one objective.'},
      KpiChart: {...SAFE, description: 'The static SVG chart of a KPI page, with axes and the targets in force over time.'},
      KpiSmartChecklist: {...SAFE, description: 'The SMART checklist of a KPI page.'},
      KpiReportPage: {...SAFE, description: "A quarterly report page: every KPI by area as of the quarter's last day, made to print."},
      'KpiReportPage/Kpi': {...SAFE, description: 'One KPI of a quarterly report: value, changes, status and the quarter in context.'},
      KpiReportsPage: {...SAFE, description: 'The list of quarterly reports, /kpis/reports.'},
      KpiStatusHistory: {...SAFE, description: 'The status history of a KPI page: the status at the end of each of the last 12 periods.'},
    },
  };
}
