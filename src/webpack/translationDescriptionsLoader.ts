import {stripTranslationDescriptions} from './translationDescriptions';

/** Webpack loader: the module without the descriptions of its translated labels (see `translationDescriptions`). */
export default function translationDescriptionsLoader(source: string): string {
  return stripTranslationDescriptions(source);
}
