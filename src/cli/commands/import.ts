import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { StackfitError } from '../../errors.ts';
import { loadFolder } from '../../load/load-folder.ts';
import type { Row } from '../../import/import-rows.ts';
import { checkAllFixtures, FIXTURE_DIR, importTable, requireImporter, sidecarPath, type TableImport } from '../../import/import-table.ts';
import { IMPORTERS } from '../../import/importers/index.ts';
import { RELEASE_LISTS } from '../../import/releases/lists.ts';
import { missingReleases, readReleaseList } from '../../import/releases/release-list.ts';
import { readTableText, writeFileAtomic } from '../../import/table-file.ts';
import { loadSidecarFiles, readSidecar, readText } from '../../import/upstream-files.ts';
import type { UpstreamFile } from '../../import/spec.ts';
import type { Args } from '../args.ts';
import type { Io } from '../io.ts';

export const HELP = `stackfit import TABLE FILE... [--write] [--source URL] [--json]
stackfit import --list [--json]
stackfit import --all --check [--json]
stackfit import releases PRODUCT FILE [--json]

Read a vendor's own published file (markdown as it is on GitHub) into the rows of
data/tables/TABLE.yaml and print the rows added, removed and changed. Nothing is written without
--write; writing keeps the header, notes and comment lines and replaces the file atomically.
FILE may be a fixture sidecar (test/fixtures/upstream/TABLE.source.json) listing several files.
--source URL is the pinned URL of the file you fetched (one per FILE): rows and, for a
one-source table, the table's sources cite it; with --write the table's one-file fixture and its
sidecar are refreshed too (sidecar date: --date, default today).

--list names every importer; --all --check re-imports every verbatim fixture and exits 1 when a
table would change. "import releases" reads a vendor's release list and names releases the
product's record lacks.

Options: --data DIR (data folder, default data), --root DIR (repository root for fixtures, default .)

Examples:
  stackfit import torch-npu-pytorch-cann COMPATIBILITY.en.md --source https://github.com/Ascend/pytorch/blob/<commit>/COMPATIBILITY.en.md
  stackfit import --all --check
  stackfit import releases vllm-ascend release_notes.md`;

const cells = (r: Row) => `[${r.map((c) => (c === null ? 'null' : JSON.stringify(c))).join(', ')}]`;

function filesFrom(args: Args, paths: readonly string[], current: readonly string[]): UpstreamFile[] {
  if (paths.length === 1 && paths[0]!.endsWith('.source.json')) return loadSidecarFiles(paths[0]!);
  if (args.source.length && args.source.length !== paths.length) {
    throw new StackfitError({ code: 'bad-input', message: `${paths.length} file(s) but ${args.source.length} --source URL(s)`, hint: 'Give one --source per FILE, in the same order.' });
  }
  return paths.map((path, i) => {
    if (existsSync(path) && statSync(path).isDirectory()) {
      throw new StackfitError({ code: 'bad-input', file: path, message: 'is a folder; give the files, or the fixture sidecar TABLE.source.json' });
    }
    return { path, text: readText(path), url: args.source[i] ?? current[i] ?? current[0] ?? '', vars: {} };
  });
}

function report(r: TableImport, io: Io, written: boolean): void {
  const d = r.diff;
  io.out(`${r.table}: ${d.added.length} added, ${d.removed.length} removed, ${d.changed.length} changed${d.reordered ? ', reordered' : ''} (${r.file})`);
  for (const row of d.added) io.out(`  + ${cells(row)}`);
  for (const row of d.removed) io.out(`  - ${cells(row)}`);
  for (const c of d.changed) io.out(`  ~ ${cells(c.from)}\n    ${c.cells.map((i) => `cell ${i + 1}: ${JSON.stringify(c.from[i])} -> ${JSON.stringify(c.to[i])}`).join('; ')}`);
  if (!r.unchanged) io.out(written ? `wrote ${r.file}` : 'dry run: nothing written (pass --write)');
}

const diffJson = (r: TableImport, written: boolean) => ({
  table: r.table,
  file: r.file,
  unchanged: r.unchanged,
  written,
  added: r.diff.added,
  removed: r.diff.removed,
  changed: r.diff.changed,
  reordered: r.diff.reordered,
});

function list(args: Args, io: Io, root: string): number {
  const importers = IMPORTERS.map((s) => ({ table: s.table, family: s.family, upstream: s.upstream, fixture: join(FIXTURE_DIR, `${s.table}.source.json`) }));
  const releases = RELEASE_LISTS.map((s) => ({ product: s.product, upstream: s.upstream, format: s.format, fixture: join(FIXTURE_DIR, 'releases', 'sources.json') }));
  if (args.json) {
    io.out(JSON.stringify({ importers, releases }, null, 2));
    return 0;
  }
  for (const i of importers) io.out(`${i.table.padEnd(34)} ${i.upstream}\n${''.padEnd(34)} fixture: ${i.fixture}${existsSync(join(root, i.fixture)) ? '' : ' (missing)'}`);
  io.out(`${importers.length} table importers`);
  for (const r of releases) io.out(`releases ${r.product.padEnd(25)} ${r.upstream}`);
  return 0;
}

function checkAll(args: Args, io: Io, root: string, dataDir: string): number {
  const results = checkAllFixtures(root, dataDir);
  const changed = results.filter((r) => !r.unchanged);
  if (args.json) io.out(JSON.stringify({ checked: results.length, changed: changed.map((r) => diffJson(r, false)) }, null, 2));
  else {
    for (const r of changed) report(r, io, false);
    io.out(changed.length ? `${changed.length} of ${results.length} tables differ from their fixtures` : `${results.length} tables match their fixtures`);
  }
  return changed.length ? 1 : 0;
}

function releases(args: Args, io: Io, dataDir: string): number {
  const [product, file] = args.positionals.slice(1);
  if (!product || !file) throw new StackfitError({ code: 'bad-input', message: 'usage: stackfit import releases PRODUCT FILE' });
  const spec = RELEASE_LISTS.find((s) => s.product === product);
  if (!spec) throw new StackfitError({ code: 'bad-input', message: `no release list importer for "${product.slice(0, 60)}"`, hint: `Products: ${RELEASE_LISTS.map((s) => s.product).join(', ')}.` });
  const upstream = readReleaseList(spec, readText(file), file);
  const record = loadFolder(dataDir).products.find((p) => p.value.id === product);
  if (!record) throw new StackfitError({ code: 'bad-input', message: `no product "${product}" in ${dataDir}` });
  const missing = missingReleases(upstream, (record.value.releases ?? []).map((r) => r.version), record.value.scheme);
  if (args.json) {
    io.out(JSON.stringify({ product, file: join(dataDir, record.file), upstream: upstream.length, missing }, null, 2));
    return 0;
  }
  io.out(`${product}: ${upstream.length} releases upstream, ${missing.length} not in ${join(dataDir, record.file)}`);
  for (const m of missing) io.out(`  + ${m.version}${m.date ? ` (${m.date})` : ''}  ${file}:${m.line}`);
  return 0;
}

/**
 * After `--write --source URL` for a table whose fixture is one file: the fixture becomes the
 * file just imported and its sidecar cites the URL, its commit and the date (`--date`, default
 * today), so `import --all --check` and the fixture-age lint follow the new copy.
 */
function refreshFixture(table: string, root: string, file: UpstreamFile, date: string | undefined): string | undefined {
  const path = sidecarPath(table, root);
  if (!existsSync(path)) return undefined;
  const sidecar = readSidecar(path);
  const [entry] = sidecar.files;
  if (sidecar.files.length !== 1 || !entry) return undefined;
  const commit = /\/blob\/([0-9a-f]{40})\//.exec(file.url)?.[1];
  const next = { ...entry, url: file.url, ...(commit ? { commit } : {}), date: date ?? new Date().toISOString().slice(0, 10) };
  writeFileAtomic(join(dirname(path), entry.file), file.text);
  writeFileAtomic(path, `${JSON.stringify({ ...sidecar, files: [next] }, null, 2)}\n`);
  return path;
}

export function importCommand(args: Args, io: Io): number {
  const root = args.root ?? '.';
  const dataDir = args.data.at(-1) ?? join(root, 'data');
  if (args.list) return list(args, io, root);
  if (args.all) {
    if (!args.check) throw new StackfitError({ code: 'bad-input', message: '--all needs --check (re-importing every fixture writes nothing)' });
    return checkAll(args, io, root, dataDir);
  }
  if (args.positionals[0] === 'releases') return releases(args, io, dataDir);
  const [table, ...paths] = args.positionals;
  if (!table || !paths.length) throw new StackfitError({ code: 'bad-input', message: 'usage: stackfit import TABLE FILE...', hint: 'See stackfit import --help.' });
  const spec = requireImporter(table);
  const tableFile = join(dataDir, 'tables', `${spec.table}.yaml`);
  const current = existsSync(tableFile) ? readTableText(readFileSync(tableFile, 'utf8'), tableFile) : undefined;
  const cited = current ? [...new Set(current.sources)] : [];
  const files = filesFrom(args, paths, cited);
  const result = importTable(spec, files, dataDir, args.source.length === 1 ? { citeOnly: args.source[0]! } : {});
  const write = args.write && !result.unchanged;
  if (write) writeFileAtomic(result.file, result.text);
  const fixture = args.write && args.source.length === 1 && paths.length === 1 && !paths[0]!.endsWith('.source.json') ? refreshFixture(spec.table, root, files[0]!, args.date) : undefined;
  if (fixture && !args.json) io.out(`fixture: ${fixture}`);
  if (args.json) io.out(JSON.stringify(diffJson(result, write), null, 2));
  else report(result, io, write);
  return 0;
}
