/**
 * The text a reader sees in a markdown or HTML cell: links become their text, code spans and bold
 * lose their markers, `<br>` becomes one space, other tags are dropped, `\|` becomes `|`,
 * whitespace runs become one space. Linear in the cell's length.
 *
 * @example
 * cellText('[v0.9.1](https://x) `2.5.1` **CANN**<br>8.0') // 'v0.9.1 2.5.1 CANN 8.0'
 */
export function cellText(raw: string): string {
  return raw
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]{0,200}>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`+/g, '')
    .replace(/\*\*/g, '')
    .replace(/\\([|~*_\\[\]])/g, '$1')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
