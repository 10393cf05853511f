/**
 * The text of rendered HTML as a reader sees it, for assertions: scripts and
 * the `<title>`/`<desc>` of SVG graphics left out, every tag a space, the
 * entities React and Docusaurus write decoded, whitespace collapsed.
 */
export function textOf(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<svg[\s\S]*?<\/svg>/g, (svg) => svg.replace(/<(title|desc)[^>]*>[\s\S]*?<\/\1>/g, ' '))
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|\u00a0|\u202f/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
