import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import type { RecordKind } from '../load/load-folder.ts';
import { compareKeys } from '../version/key.ts';
import { SCHEMES } from '../version/schemes/index.ts';

/** Canonical key order per record kind; keys not listed keep their place after these. */
export const KEY_ORDER: Readonly<Record<string, readonly string[]>> = {
  vendor: ['id', 'name', 'origin', 'aliases', 'homepage', 'sources', 'notes'],
  product: ['id', 'kind', 'role', 'vendor', 'name', 'aliases', 'forms', 'family', 'memberOf', 'arch', 'isa', 'scheme', 'homepage', 'sources', 'notes', 'releases', 'rules'],
  release: ['version', 'aka', 'date', 'eol', 'channel', 'sources', 'note'],
  rule: ['releases', 'requires', 'supports', 'conflicts', 'closed', 'when', 'evidence', 'sources', 'note'],
  table: ['id', 'title', 'vendor', 'evidence', 'sources', 'when', 'columns', 'rows', 'notes'],
  image: ['id', 'name', 'repositories', 'sources', 'notes', 'tags'],
  names: ['en', 'zh'],
};

function sortKeys(map: YAMLMap, order: readonly string[]): void {
  const rank = (k: unknown) => {
    const key = isScalar(k) ? String(k.value) : String(k);
    const i = order.indexOf(key);
    return i < 0 ? order.length : i;
  };
  const indexed = map.items.map((item, i) => ({ item, i }));
  indexed.sort((a, b) => rank(a.item.key) - rank(b.item.key) || a.i - b.i);
  map.items = indexed.map((x) => x.item);
}

function sortReleases(seq: YAMLSeq, scheme: string | undefined): void {
  const s = scheme ? SCHEMES[scheme] : undefined;
  if (!s) return;
  const keyOf = (item: unknown) => {
    const v = isMap(item) ? item.get('version') : undefined;
    return typeof v === 'string' ? s.parse(v)?.key : undefined;
  };
  const indexed = seq.items.map((item, i) => ({ item, i, key: keyOf(item) }));
  if (indexed.some((x) => !x.key)) return; // leave unparseable lists to the linter
  indexed.sort((a, b) => compareKeys(a.key!, b.key!) || a.i - b.i);
  seq.items = indexed.map((x) => x.item);
}

/**
 * Formats one record: canonical key order (record, names, releases, rules), releases sorted by
 * the product's scheme. Values, comments and quoting are kept; the result is idempotent. Returns
 * the text unchanged when it cannot be parsed cleanly (the linter reports why).
 */
export function formatRecord(text: string, kind: RecordKind): string {
  const doc: Document.Parsed = parseDocument(text, { lineCounter: new LineCounter(), uniqueKeys: true, strict: true, merge: false, resolveKnownTags: false, keepSourceTokens: false });
  if (doc.errors.length || doc.warnings.length || !isMap(doc.contents)) return text;
  const root = doc.contents;
  if (kind === 'pairs') return text;
  sortKeys(root, KEY_ORDER[kind] ?? []);
  const name = root.get('name');
  if (isMap(name)) sortKeys(name, KEY_ORDER.names!);
  if (kind === 'product') {
    const scheme = root.get('scheme');
    const releases = root.get('releases');
    if (isSeq(releases)) {
      for (const r of releases.items) if (isMap(r)) sortKeys(r, KEY_ORDER.release!);
      sortReleases(releases, typeof scheme === 'string' ? scheme : undefined);
    }
    const rules = root.get('rules');
    if (isSeq(rules)) for (const r of rules.items) if (isMap(r)) sortKeys(r, KEY_ORDER.rule!);
  }
  const out = doc.toString({ lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false });
  return out;
}
