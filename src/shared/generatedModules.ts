/**
 * Names of the JSON modules the plugin writes with `createData` and the MDX
 * pages import: one per KPI, and one index of all areas. Shared by the plugin
 * (writer) and the remark transform (importer) so they cannot drift apart.
 */
export const PLUGIN_NAME = 'docusaurus-plugin-kpi';

export function kpiDataFileName(kpiId: string): string {
  return `kpi/${kpiId}.json`;
}

/** The smaller module an inline reference imports: `KpiReferenceData`. */
export function kpiReferenceDataFileName(kpiId: string): string {
  return `reference/${kpiId}.json`;
}

/** The card data of an objective: `ObjectiveCardData`. */
export function objectiveDataFileName(objectiveId: string): string {
  return `objective/${objectiveId}.json`;
}

export const INDEX_DATA_FILE_NAME = 'index.json';

/** The definitions the remark transform footnotes; MDX pages depend on it, never import it. */
export const DEFINITIONS_DATA_FILE_NAME = 'definitions.json';

/** The webpack request for a data file, through Docusaurus's `@generated` alias. */
export function generatedModuleRequest(pluginId: string, fileName: string): string {
  return `@generated/${PLUGIN_NAME}/${pluginId}/${fileName}`;
}
