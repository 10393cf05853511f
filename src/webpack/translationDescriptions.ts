import path from 'node:path';
import type {RuleSetRule} from 'webpack';

/**
 * The `description` of a `translate()` call or a `<Translate>` element only
 * tells translators what a label is for: `docusaurus write-translations`
 * reads it from the compiled theme files, and nothing reads it at run time.
 * Left in, the descriptions are about a tenth of the theme's client code, so
 * they are removed from this package's theme modules as webpack loads them;
 * the files on disk keep them for `write-translations`.
 *
 * The transform only touches the two forms Docusaurus can extract, and only
 * where it is sure of the syntax: a `translate({...})` whose argument is an
 * object of string literals, and a `<Translate` opening tag whose attributes
 * before `description` are all strings. Anything else is left as it is.
 */
const STRING = String.raw`'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"`;
const KEY = String.raw`[A-Za-z_$][\w$]*`;
const PROPERTY = String.raw`\s*${KEY}\s*:\s*(?:${STRING})\s*`;
const TRANSLATE_CALL = new RegExp(String.raw`(\btranslate\(\{)((?:${PROPERTY},)*${PROPERTY},?\s*)\}`, 'g');
const PROPERTY_PARTS = new RegExp(String.raw`(\s*)(${KEY})(\s*:\s*(?:${STRING})\s*,?)`, 'gy');
const TRANSLATE_ELEMENT = new RegExp(String.raw`(<Translate(?:\s+[\w-]+=(?:"[^"]*"|'[^']*'))*)\s+description=(?:"[^"]*"|'[^']*')`, 'g');

export function stripTranslationDescriptions(source: string): string {
  return source
    .replace(TRANSLATE_CALL, (_call, opening: string, properties: string) => {
      // Every other property stays as written, and the description's line
      // breaks stay too, so that the lines after the call keep their numbers.
      let end = 0;
      // The pattern is sticky: the properties are matched one after another from the start.
      const kept = [...properties.matchAll(PROPERTY_PARTS)].map(([text, space, key]) => {
        end += text.length;
        return key === 'description' ? space + text.slice(space!.length).replace(/[^\n]/g, '') : text;
      });
      return `${opening}${kept.join('')}${properties.slice(end)}}`;
    })
    .replace(TRANSLATE_ELEMENT, '$1');
}

/** The loader rule for the compiled theme components of this package (the folder `getThemePath` names). */
export function translationDescriptionsRule(themeDir: string): RuleSetRule {
  return {
    test: /\.jsx?$/,
    include: [path.resolve(themeDir)],
    enforce: 'pre',
    use: [{loader: require.resolve('./translationDescriptionsLoader')}],
  };
}
