/** The line of a problem with a caret under its column, and one line of context before it. */
export function codeFrame(text: string, line: number, col: number): string {
  const lines = text.split('\n');
  const at = Math.min(Math.max(line, 1), lines.length);
  const width = String(at).length;
  const out: string[] = [];
  for (let n = Math.max(1, at - 1); n <= at; n++) {
    const body = (lines[n - 1] ?? '').replace(/\t/g, '→').slice(0, 160);
    out.push(`  ${String(n).padStart(width)} | ${body}`);
  }
  out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, col - 1))}^`);
  return out.join('\n');
}
