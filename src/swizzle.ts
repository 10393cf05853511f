import type {SwizzleConfig} from '@docusaurus/types';

const SAFE = {actions: {eject: 'safe', wrap: 'safe'}} as const;

/** Every theme component may be ejected or wrapped; their props are the public API. */
export function getSwizzleConfig(): SwizzleConfig {
  return {
    components: {
      KpiCard: {...SAFE, description: 'A KPI card: value, change, target, status and sparkline.'},
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
      KpiChart: {...SAFE, description: 'The static SVG chart of a KPI page, with axes and the targets in force over time.'},
      KpiSmartChecklist: {...SAFE, description: 'The SMART checklist of a KPI page.'},
    },
  };
}
