import {readFile} from 'node:fs/promises';
import path from 'node:path';
import type {TranslationFile, TranslationFileContent} from '@docusaurus/types';
import {codeTranslationLocalesToTry} from '@docusaurus/theme-translations';
import type {KpiDefinition, Registry} from '../types';

/**
 * Registry text that translators can translate with `docusaurus
 * write-translations`: area titles and descriptions, KPI titles, definitions
 * and footnotes, objective titles, descriptions and their footnotes. Written to `i18n/<locale>/docusaurus-plugin-kpi/kpis.json`.
 */
export function getRegistryTranslationFiles(registry: Registry): TranslationFile[] {
  const content: TranslationFileContent = {};
  const add = (key: string, message: string | undefined, description: string) => {
    if (message) content[key] = {message, description};
  };
  for (const area of registry.areas) {
    add(`area.${area.id}.title`, area.title, `Title of the KPI area "${area.id}"`);
    add(`area.${area.id}.description`, area.description, `Description of the KPI area "${area.id}"`);
  }
  for (const kpi of registry.kpis) {
    add(`kpi.${kpi.id}.title`, kpi.title, `Title of the KPI "${kpi.id}"`);
    add(`kpi.${kpi.id}.definition`, kpi.definition, `Definition of the KPI "${kpi.id}" (Markdown; keep [^footnote] markers)`);
    for (const [key, text] of Object.entries(kpi.footnotes)) {
      add(`kpi.${kpi.id}.footnote.${key}`, text, `Footnote [^${key}] of the definition of the KPI "${kpi.id}"`);
    }
    eventKeys(kpi).forEach((key, index) => {
      add(key, kpi.events![index]!.label, `Label of the event of ${kpi.events![index]!.date} on the chart of the KPI "${kpi.id}"`);
    });
  }
  for (const objective of registry.objectives ?? []) {
    add(`objective.${objective.id}.title`, objective.title, `Title of the objective "${objective.id}"`);
    add(
      `objective.${objective.id}.description`,
      objective.description,
      `Description of the objective "${objective.id}" (Markdown; keep [^footnote] markers)`,
    );
    for (const [key, text] of Object.entries(objective.footnotes)) {
      add(`objective.${objective.id}.footnote.${key}`, text, `Footnote [^${key}] of the description of the objective "${objective.id}"`);
    }
  }
  return [{path: 'kpis', content}];
}

/**
 * Translation keys of a KPI's events: `kpi.<id>.event.<date>`, then `.2`,
 * `.3`… for further events on the same day, so that adding an event on
 * another day leaves the keys of the others as they were.
 */
function eventKeys(kpi: KpiDefinition): string[] {
  const seen = new Map<string, number>();
  return (kpi.events ?? []).map((event) => {
    const count = (seen.get(event.date) ?? 0) + 1;
    seen.set(event.date, count);
    return `kpi.${kpi.id}.event.${event.date}${count > 1 ? `.${count}` : ''}`;
  });
}

/** The registry with translated text where a translation exists. Pure. */
export function translateRegistry(registry: Registry, translationFiles: readonly TranslationFile[]): Registry {
  const messages = translationFiles.find((file) => file.path === 'kpis')?.content ?? {};
  const translated = (key: string, fallback: string): string => messages[key]?.message || fallback;
  const optional = (key: string, fallback: string | undefined): string | undefined =>
    fallback === undefined ? undefined : translated(key, fallback);
  return {
    ...registry,
    areas: registry.areas.map((area) => ({
      ...area,
      title: translated(`area.${area.id}.title`, area.title),
      description: optional(`area.${area.id}.description`, area.description),
    })),
    kpis: registry.kpis.map((kpi) => ({
      ...kpi,
      title: translated(`kpi.${kpi.id}.title`, kpi.title),
      definition: optional(`kpi.${kpi.id}.definition`, kpi.definition),
      footnotes: Object.fromEntries(
        Object.entries(kpi.footnotes).map(([key, text]) => [key, translated(`kpi.${kpi.id}.footnote.${key}`, text)]),
      ),
      ...(kpi.events && {events: kpi.events.map((event, index) => ({...event, label: translated(eventKeys(kpi)[index]!, event.label)}))}),
    })),
    ...(registry.objectives && {
      objectives: registry.objectives.map((objective) => ({
        ...objective,
        title: translated(`objective.${objective.id}.title`, objective.title),
        description: optional(`objective.${objective.id}.description`, objective.description),
        footnotes: Object.fromEntries(
          Object.entries(objective.footnotes).map(([key, text]) => [key, translated(`objective.${objective.id}.footnote.${key}`, text)]),
        ),
      })),
    }),
  };
}

/** Folder of the label translations the package ships, one `<locale>.json` each. */
const LOCALES_DIR = path.resolve(__dirname, '../../locales');

/**
 * The plugin's own label translations for `locale` (`fr-FR` falls back to
 * `fr`), which a site's `i18n/<locale>/code.json` overrides.
 */
export async function readDefaultCodeTranslationMessages(locale: string): Promise<Record<string, string>> {
  for (const candidate of codeTranslationLocalesToTry(locale)) {
    try {
      return JSON.parse(await readFile(path.join(LOCALES_DIR, `${candidate}.json`), 'utf8')) as Record<string, string>;
    } catch {
      // No translations for this candidate: try the next.
    }
  }
  return {};
}
