/** Edit distance, capped: returns `cap + 1` as soon as the distance exceeds `cap`. */
export function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > cap) return cap + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Up to `limit` candidates close to `input` (both already normalized), closest first. */
export function closest(input: string, candidates: Iterable<string>, limit = 3): string[] {
  const cap = input.length <= 3 ? 1 : input.length <= 8 ? 2 : 3;
  const scored: [string, number][] = [];
  for (const c of candidates) {
    const d = editDistance(input, c, cap);
    if (d <= cap) scored.push([c, d]);
    else if (input.length >= 3 && (c.startsWith(input) || (c.length >= 4 && input.startsWith(c)))) scored.push([c, cap + 0.5]);
  }
  return scored.sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0])).slice(0, limit).map(([c]) => c);
}

/**
 * The one "did you mean" of the project: `Did you mean a or b?` for the names close to `input`
 * (compared case- and separator-insensitively), or the fallback when none is close.
 */
export function didYouMean(input: string, candidates: Iterable<string>, fallback?: string, limit = 3): string | undefined {
  const fold = (s: string) => s.toLowerCase().replace(/[\s_.-]+/g, '');
  const byFolded = new Map<string, string>();
  for (const c of candidates) if (!byFolded.has(fold(c))) byFolded.set(fold(c), c);
  const near = closest(fold(input.slice(0, 100)), byFolded.keys(), limit).map((k) => byFolded.get(k)!);
  return near.length ? `Did you mean ${near.join(' or ')}?` : fallback;
}

/** The hint for names a matrix suggested (already the closest), or the fallback. */
export function suggestionHint(suggestions: readonly string[], fallback?: string): string | undefined {
  return suggestions.length ? `Did you mean ${suggestions.join(' or ')}?` : fallback;
}
