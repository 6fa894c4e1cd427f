import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { StackfitError } from '../errors.ts';
import type { UpstreamFile } from './spec.ts';

/** One verbatim upstream file as a sidecar describes it. */
export interface SidecarEntry {
  /** Path relative to the sidecar's folder. */
  readonly file: string;
  /** Pinned URL of the file (GitHub blob URL with the commit). */
  readonly url: string;
  readonly commit?: string;
  /** Commit date, YYYY-MM-DD (the lint compares it with release dates). */
  readonly date?: string;
  readonly vars?: Readonly<Record<string, string>>;
}

export interface Sidecar {
  readonly table: string;
  readonly files: readonly SidecarEntry[];
}

/** Reads `<table>.source.json`: which verbatim files a fixture holds, where and when they came from. */
export function readSidecar(path: string): Sidecar {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new StackfitError({ code: 'bad-sidecar', file: path, message: `cannot read the sidecar: ${(e as Error).message.slice(0, 200)}` });
  }
  const s = value as Partial<Sidecar>;
  if (typeof s.table !== 'string' || !Array.isArray(s.files) || !s.files.every((f) => typeof f?.file === 'string' && typeof f?.url === 'string')) {
    throw new StackfitError({ code: 'bad-sidecar', file: path, message: 'expected { "table": ID, "files": [{ "file", "url", "commit", "date" }] }' });
  }
  return s as Sidecar;
}

/** The files a sidecar lists, read from disk, in sidecar order. */
export function loadSidecarFiles(path: string): UpstreamFile[] {
  const sidecar = readSidecar(path);
  return sidecar.files.map((f) => {
    const full = join(dirname(path), f.file);
    return { path: full, text: readText(full), url: f.url, vars: f.vars ?? {} };
  });
}

export function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new StackfitError({ code: 'bad-input', file: path, message: `cannot read the file: ${(e as NodeJS.ErrnoException).code ?? String(e)}` });
  }
}
