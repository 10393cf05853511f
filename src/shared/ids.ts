/**
 * The id a title-like text would become: "Délai de livraison (jours)" →
 * "delai-de-livraison-jours". Empty when the text has no letter or digit.
 */
export function toId(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
