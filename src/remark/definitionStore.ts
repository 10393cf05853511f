import type {KpiDefinitionTree} from '../compute/definitions/parse';

/**
 * KPI definitions as Markdown trees, for footnotes. The Docusaurus plugin
 * publishes them when it loads the registry; the remark transform reads them
 * when a page cites a KPI. They are parsed once per load, not once per page.
 */
interface PublishedSite {
  siteDir: string;
  definitions: Map<string, KpiDefinitionTree>;
}

// One entry per plugin instance, shared by every compilation in this process.
const STORE_KEY = Symbol.for('docusaurus-plugin-kpi.definitions');
type Store = Map<string, PublishedSite>;
const store: Store =
  ((globalThis as Record<symbol, unknown>)[STORE_KEY] as Store | undefined) ??
  ((globalThis as Record<symbol, unknown>)[STORE_KEY] = new Map());

export function publishDefinitions(pluginId: string, siteDir: string, definitions: readonly KpiDefinitionTree[]): void {
  store.set(pluginId, {siteDir, definitions: new Map(definitions.map((definition) => [definition.id, definition]))});
}

export function getDefinition(pluginId: string, kpiId: string): KpiDefinitionTree | undefined {
  return store.get(pluginId)?.definitions.get(kpiId);
}

/** The site directory the plugin instance was loaded for, when it has published. */
export function publishedSiteDir(pluginId: string): string | undefined {
  return store.get(pluginId)?.siteDir;
}
