/**
 * The text a compiled fragment of HTML reads as: tags dropped and the entities markdown-it writes decoded
 * (`&amp;` last, so an escaped entity stays as written). Whitespace is kept: code needs its own.
 */
export function htmlText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');
}
