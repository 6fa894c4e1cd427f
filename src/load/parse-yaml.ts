import { Composer, isAlias, isMap, isPair, isScalar, isSeq, LineCounter, Parser, type CST, type Document, type Node } from 'yaml';
import type { Issue } from '../errors.ts';

/** Largest record file accepted, in bytes. */
export const MAX_FILE_BYTES = 1024 * 1024;
/** Deepest nesting of collections accepted (records are three or four levels deep). */
export const MAX_DEPTH = 64;
/** Keys that would reach an object's prototype. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export type Path = readonly (string | number)[];

export interface ParsedYaml {
  /** The plain value, absent when the file could not be read safely. */
  readonly value?: unknown;
  readonly issues: Issue[];
  /** Line and column of the node at a path, or of the nearest ancestor that exists. */
  locate(path: Path): { line: number; col: number };
}

/** `releases[3].eol` */
export function formatPath(path: Path): string {
  return path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '');
}

/**
 * Offset of the first collection nested deeper than `MAX_DEPTH`, found by walking the parser's
 * syntax tree with an explicit stack, before anything recursive (the composer, `toJS`, zod) sees it.
 */
function tooDeepAt(tokens: readonly CST.Token[]): number | undefined {
  // Tokens and their depths in two parallel stacks: no pair allocated per token (lint reads every file).
  const stack: (CST.Token | null | undefined)[] = [...tokens];
  const depths: number[] = tokens.map(() => 0);
  while (stack.length) {
    const token = stack.pop();
    const depth = depths.pop()!;
    if (!token) continue;
    if (token.type === 'document') {
      stack.push(token.value);
      depths.push(depth);
    } else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      if (depth >= MAX_DEPTH) return token.offset;
      for (const item of token.items) {
        // Only collections nest: scalar keys and values need no visit.
        if ('key' in item && item.key && isCollection(item.key)) {
          stack.push(item.key);
          depths.push(depth + 1);
        }
        if (item.value && isCollection(item.value)) {
          stack.push(item.value);
          depths.push(depth + 1);
        }
      }
    }
  }
  return undefined;
}

function isCollection(token: CST.Token): boolean {
  return token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection';
}

/** The tree of a text that already read cleanly once, for positions only. */
function recompose(text: string): Document.Parsed | undefined {
  const composer = new Composer({ schema: 'core', version: '1.2', uniqueKeys: false, strict: true, merge: false, resolveKnownTags: false, keepSourceTokens: false });
  for (const d of composer.compose(new Parser().parse(text), true, text.length)) return d as Document.Parsed;
  return undefined;
}

/** Children of a mapping by key, built once per mapping so that locating is not a scan per issue. */
const KEY_INDEX = new WeakMap<object, Map<unknown, Node | undefined>>();

function childOf(node: unknown, key: string | number): Node | undefined {
  if (isSeq(node)) return typeof key === 'number' ? (node.items[key] as Node | undefined) : undefined;
  if (!isMap(node)) return undefined;
  let index = KEY_INDEX.get(node);
  if (!index) {
    index = new Map();
    for (const pair of node.items) {
      const k = isScalar(pair.key) ? pair.key.value : pair.key;
      if (!index.has(k)) index.set(k, (pair.value ?? undefined) as Node | undefined);
    }
    KEY_INDEX.set(node, index);
  }
  return index.get(key);
}

function looksBinary(text: string): boolean {
  return text.includes('\u0000') || text.includes('\uFFFD');
}

/**
 * Reads one untrusted YAML record: YAML 1.2 core schema, unique keys, no aliases or anchors, no
 * tags, no merge keys, no prototype keys, bounded size and depth. Every problem comes back as an
 * issue with its line and column; nothing throws.
 */
export function parseYaml(file: string, text: string, byteLength = Buffer.byteLength(text)): ParsedYaml {
  const lineCounter = new LineCounter();
  const issues: Issue[] = [];
  let doc: Document.Parsed | undefined;
  const at = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, col: p.col };
  };
  // A record that reads cleanly keeps only its text: the syntax tree is made again if an issue
  // needs a position. Lint holds thousands of records, and their trees made it mostly GC.
  let kept = true;
  const tree = (): Document.Parsed | undefined => {
    if (!doc && !kept) doc = recompose(text);
    return doc;
  };
  const locate = (path: Path) => {
    const root = tree();
    if (!root) return { line: 1, col: 1 };
    // The deepest node on the path that exists and has a position.
    let node: unknown = root.contents;
    let found = { line: 1, col: 1 };
    for (let n = 0; ; n++) {
      if (node && typeof node === 'object' && 'range' in node && (node as Node).range) found = at((node as Node).range![0]);
      if (n === path.length || !node) return found;
      node = childOf(node, path[n]!);
    }
  };
  const fail = (code: string, message: string, pos = { line: 1, col: 1 }, hint?: string): ParsedYaml => {
    issues.push({ code, message, file, severity: 'error', ...pos, ...(hint ? { hint } : {}) });
    return { issues, locate };
  };

  if (byteLength > MAX_FILE_BYTES) {
    return fail('file-too-large', `file is ${byteLength} bytes; records must be under ${MAX_FILE_BYTES} bytes`, undefined, 'Split the record or drop what is not a fact.');
  }
  if (looksBinary(text)) return fail('file-binary', 'file is not UTF-8 text', undefined, 'Records are UTF-8 YAML.');
  if (text.trim() === '' || text.split('\n').every((l) => l.trim() === '' || l.trimStart().startsWith('#'))) {
    return fail('file-empty', 'file holds no record', undefined, 'Start from the template in CONTRIBUTING.md.');
  }

  try {
    // What parseDocument does, with the nesting checked between parsing and composing.
    const tokens = [...new Parser(lineCounter.addNewLine).parse(text)];
    const deep = tooDeepAt(tokens);
    if (deep !== undefined) {
      return fail('yaml-too-deep', `nesting deeper than ${MAX_DEPTH} levels`, at(deep), 'Records are a few levels deep; flatten the value.');
    }
    // Duplicate keys are found in the walk below with a set per mapping: yaml's own check compares
    // every key with every earlier one, which is quadratic in the size of a mapping.
    const composer = new Composer({ schema: 'core', version: '1.2', uniqueKeys: false, strict: true, merge: false, resolveKnownTags: false, keepSourceTokens: false });
    for (const d of composer.compose(tokens, true, text.length)) {
      if (!doc) doc = d as Document.Parsed;
      else {
        issues.push({ code: 'yaml-syntax', message: 'file holds more than one YAML document', file, severity: 'error', ...at(d.range[0]), hint: 'One record per file; remove the --- line.' });
        break;
      }
    }
    if (!doc) return fail('file-empty', 'file holds no record', undefined, 'Start from the template in CONTRIBUTING.md.');
  } catch (e) {
    return fail('yaml-syntax', `YAML could not be read: ${String((e as Error)?.message ?? e).split('\n')[0]}`);
  }
  for (const err of [...doc.errors, ...doc.warnings]) {
    const code = err.code === 'DUPLICATE_KEY' ? 'yaml-duplicate-key' : err.code === 'TAB_AS_INDENT' ? 'yaml-tab' : 'yaml-syntax';
    const first = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    const hint =
      code === 'yaml-duplicate-key' ? 'Each key may appear once per mapping.' : code === 'yaml-tab' ? 'Indent with spaces, not tabs.' : undefined;
    issues.push({ code, message: first, file, severity: 'error', ...at(err.pos[0]), ...(hint ? { hint } : {}) });
  }
  if (issues.length) return { issues, locate };

  // Walk the tree before converting: refuse aliases, anchors, tags, prototype keys, deep nesting.
  const walk = (node: unknown, depth: number): void => {
    if (issues.length > 50) return;
    if (isAlias(node)) {
      issues.push({ code: 'yaml-alias', message: `alias "*${node.source}" is not allowed in records`, file, severity: 'error', ...at(node.range?.[0] ?? 0), hint: 'Write the value out; anchors and aliases are refused.' });
      return;
    }
    const n = node as Node & { anchor?: string; tag?: string };
    if (n && typeof n === 'object' && 'range' in n) {
      if (n.anchor) issues.push({ code: 'yaml-alias', message: `anchor "&${n.anchor}" is not allowed in records`, file, severity: 'error', ...at(n.range?.[0] ?? 0), hint: 'Write the value out; anchors and aliases are refused.' });
      if (n.tag) issues.push({ code: 'yaml-tag', message: `tag "${n.tag}" is not allowed in records`, file, severity: 'error', ...at(n.range?.[0] ?? 0), hint: 'Remove the tag; quote the value if it must be a string.' });
    }
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key;
        const k = isScalar(key) ? key.value : key;
        if (seen.has(k)) {
          issues.push({ code: 'yaml-duplicate-key', message: `key "${String(k).slice(0, 40)}" appears twice in one mapping`, file, severity: 'error', ...at((key as Node | null)?.range?.[0] ?? 0), hint: 'Each key may appear once per mapping.' });
          if (issues.length > 50) return;
        }
        seen.add(k);
        if (isScalar(key) && typeof key.value === 'string' && FORBIDDEN_KEYS.has(key.value)) {
          issues.push({ code: 'forbidden-key', message: `key "${key.value}" is not allowed`, file, severity: 'error', ...at(key.range?.[0] ?? 0), hint: 'Remove it; it is never a record field.' });
        } else if (key && !isScalar(key)) {
          issues.push({ code: 'yaml-syntax', message: 'mapping keys must be plain text', file, severity: 'error', ...at((key as Node).range?.[0] ?? 0) });
        } else walk(key, depth + 1);
        walk(pair.value, depth + 1);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) walk(item, depth + 1);
    }
  };
  walk(doc.contents, 0);
  if (issues.length) return { issues, locate };

  try {
    const value: unknown = doc.toJS({ maxAliasCount: 0 });
    doc = undefined;
    kept = false;
    return { value, issues, locate };
  } catch (e) {
    return fail('yaml-syntax', `YAML could not be converted: ${String((e as Error)?.message ?? e).split('\n')[0]}`);
  }
}
