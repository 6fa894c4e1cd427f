import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import type { RecordKind } from '../load/load-folder.ts';
import { compareKeys } from '../version/key.ts';
import { schemeOf } from './lookup.ts';

/** Canonical key order per record kind; keys not listed keep their place after these. */
export const KEY_ORDER: Readonly<Record<string, readonly string[]>> = {
  vendor: ['id', 'replaces', 'name', 'origin', 'aliases', 'homepage', 'sources', 'notes'],
  product: ['id', 'replaces', 'kind', 'role', 'vendor', 'name', 'aliases', 'forms', 'family', 'memberOf', 'arch', 'isa', 'cpuid', 'scheme', 'homepage', 'sources', 'notes', 'releases', 'versionSets', 'rules'],
  release: ['version', 'aka', 'date', 'eol', 'channel', 'sources', 'note'],
  rule: ['releases', 'requires', 'supports', 'conflicts', 'closed', 'only', 'when', 'evidence', 'sources', 'note'],
  table: ['id', 'replaces', 'title', 'vendor', 'evidence', 'sources', 'when', 'columns', 'rows', 'notes'],
  image: ['id', 'name', 'repositories', 'sources', 'notes', 'tags'],
  names: ['en', 'zh'],
};

/** Comment lines that belong to the file, not to the key below them: the editor's schema line. */
const FILE_COMMENT = /^\s*yaml-language-server:/;

function sortKeys(map: YAMLMap, order: readonly string[]): void {
  const rank = (k: unknown) => {
    const key = isScalar(k) ? String(k.value) : String(k);
    const i = order.indexOf(key);
    return i < 0 ? order.length : i;
  };
  const before = map.items[0];
  const indexed = map.items.map((item, i) => ({ item, i }));
  indexed.sort((a, b) => rank(a.item.key) - rank(b.item.key) || a.i - b.i);
  map.items = indexed.map((x) => x.item);
  // The schema line sits above the first key but belongs to the file: it stays the first line.
  const after = map.items[0];
  if (!before || !after || before === after || !isScalar(before.key) || !isScalar(after.key) || !before.key.commentBefore) return;
  const lines = before.key.commentBefore.split('\n');
  const stays = lines.filter((l) => FILE_COMMENT.test(l));
  if (!stays.length) return;
  const moves = lines.filter((l) => !FILE_COMMENT.test(l));
  before.key.commentBefore = moves.length ? moves.join('\n') : null;
  after.key.commentBefore = [...stays, ...(after.key.commentBefore ? [after.key.commentBefore] : [])].join('\n');
}

function sortReleases(seq: YAMLSeq, scheme: string | undefined): void {
  const s = schemeOf(scheme);
  if (!s) return;
  const keyOf = (item: unknown) => {
    const v = isMap(item) ? item.get('version') : undefined;
    return typeof v === 'string' ? s.parse(v)?.key : undefined;
  };
  const indexed = seq.items.map((item, i) => ({ item, i, key: keyOf(item) }));
  if (indexed.some((x) => !x.key)) return; // leave unparseable lists to the linter
  // A comment above the first item is read as the list's; it belongs to that item and moves with it.
  const first = seq.items[0];
  if (seq.commentBefore && isMap(first)) {
    first.commentBefore = first.commentBefore ? `${seq.commentBefore}\n${first.commentBefore}` : seq.commentBefore;
    seq.commentBefore = null;
  }
  indexed.sort((a, b) => compareKeys(a.key!, b.key!) || a.i - b.i);
  seq.items = indexed.map((x) => x.item);
  const head = seq.items[0];
  if (isMap(head) && head.commentBefore) {
    seq.commentBefore = head.commentBefore;
    head.commentBefore = null;
  }
}

/**
 * Formats one record: canonical key order (record, names, releases, rules), releases sorted by
 * the product's scheme. Values, comments and quoting are kept; the result is idempotent. Returns
 * the text unchanged when it cannot be parsed cleanly (the linter reports why).
 */
export function formatRecord(text: string, kind: RecordKind): string {
  // Duplicate keys are the loader's to report (fmt formats loaded records only); yaml's own check is quadratic.
  const doc: Document.Parsed = parseDocument(text, { lineCounter: new LineCounter(), uniqueKeys: false, strict: true, merge: false, resolveKnownTags: false, keepSourceTokens: false });
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
