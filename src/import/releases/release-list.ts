import { StackfitError } from '../../errors.ts';
import { tryParseVersion } from '../../version/index.ts';
import { cellText } from '../cell-text.ts';
import { parseMarkdownTables } from '../markdown-tables.ts';
import type { Reader } from '../spec.ts';

/** One release an upstream list names. */
export interface UpstreamRelease {
  readonly version: string;
  /** YYYY-MM-DD when the list gives one. */
  readonly date?: string;
  readonly line: number;
}

/**
 * How a product's releases are read from a vendor's own list, as a declaration:
 * - `git-tags`: lines `TAG DATE` as `git for-each-ref --format='%(refname:short) %(creatordate:short)' refs/tags`
 *   prints them; `pattern` picks the release tags and captures the version.
 * - `headings`: release-notes headings; `pattern` captures the version and, as group 2, a date.
 * - `table-column`: one column of a markdown table (a compatibility table that names every
 *   release), selected by its header cells.
 */
export interface ReleaseListSpec {
  /** Product id (`data/<folder>/<id>.yaml`). */
  readonly product: string;
  readonly upstream: string;
  readonly format: 'git-tags' | 'headings' | 'table-column';
  readonly pattern?: RegExp;
  readonly header?: readonly string[];
  readonly column?: string;
  /** Normalizes the captured version (e.g. `pep440`). */
  readonly read?: readonly Reader[];
}

const DATE = /^(\d{4})[-./](\d{2})[-./](\d{2})$/;

function normalize(spec: ReleaseListSpec, v: string): string | null {
  let out: string | null = v;
  for (const read of spec.read ?? []) if (out !== null) out = read(out, undefined as never);
  return out;
}

/**
 * Reads the releases an upstream list names, in the order it names them, each once. Linear in
 * the file; a file with no release line is an error naming it.
 *
 * @example
 * readReleaseList(spec, 'v0.9.1 2025-08-01\n', 'tags.txt') // [{ version: '0.9.1', date: '2025-08-01', line: 1 }]
 */
export function readReleaseList(spec: ReleaseListSpec, text: string, file: string): UpstreamRelease[] {
  const out: UpstreamRelease[] = [];
  const seen = new Set<string>();
  const add = (raw: string, date: string | undefined, line: number) => {
    const version = normalize(spec, raw.trim());
    if (!version || seen.has(version)) return;
    seen.add(version);
    const d = date ? DATE.exec(date.trim()) : null;
    out.push({ version, line, ...(d ? { date: `${d[1]}-${d[2]}-${d[3]}` } : {}) });
  };
  if (spec.format === 'table-column') {
    for (const t of parseMarkdownTables(text, file)) {
      const names = t.header.map((h) => cellText(h));
      if (!(spec.header ?? []).every((h) => names.includes(h))) continue;
      const i = names.indexOf(spec.column ?? '');
      if (i < 0) continue;
      for (const r of t.rows) add(cellText(r.cells[i] ?? ''), undefined, r.line);
    }
  } else {
    const lines = text.split(/\r?\n/);
    lines.forEach((line, k) => {
      if (spec.format === 'git-tags') {
        const [tag, date] = line.trim().split(/\s+/);
        const m = tag ? spec.pattern?.exec(tag) : null;
        if (m?.[1]) add(m[1], date, k + 1);
      } else {
        const m = /^#{1,6}\s+/.test(line) ? spec.pattern?.exec(line.replace(/^#{1,6}\s+/, '').trim()) : null;
        if (m?.[1]) add(m[1], m[2], k + 1);
      }
    });
  }
  if (!out.length) {
    throw new StackfitError({ code: 'bad-upstream', file, line: 1, message: `no ${spec.product} release found (expected ${spec.format === 'git-tags' ? `lines "TAG DATE" with tags matching ${String(spec.pattern)}` : spec.format === 'headings' ? `headings matching ${String(spec.pattern)}` : `a table with the columns ${(spec.header ?? []).join(', ')}`})` });
  }
  return out;
}

/** Upstream releases the product's record lacks (compared in the product's own version scheme). */
export function missingReleases(upstream: readonly UpstreamRelease[], recorded: readonly string[], scheme: string | undefined): UpstreamRelease[] {
  const canon = (v: string) => (scheme ? tryParseVersion(scheme, v)?.text ?? v : v);
  const have = new Set(recorded.map(canon));
  return upstream.filter((r) => !have.has(canon(r.version)));
}
