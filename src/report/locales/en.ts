import type { Ref } from '../../engine/reasons.ts';
import type { Locale, ReasonRenderers, Words } from './types.ts';

const name = (r: Ref, withVersion = true) => (withVersion && r.version ? `${r.name.en} ${r.version}` : r.name.en);
const cite = (sources: readonly string[]) => (sources[0] ? ` [${sources[0]}]` : '');
const range = (allowed: string) => (allowed.trim() === '*' || allowed.trim() === '' ? '' : ` ${allowed}`);
/** The vendor's own words from a note: its first quotation, else its opening, kept short. */
export const wordingOf = (note: string) => {
  const quoted = /'([^']{8,})'|"([^"]{8,})"|“([^”]{8,})”/.exec(note);
  const text = quoted ? (quoted[1] ?? quoted[2] ?? quoted[3]!) : note;
  return text.length > 140 ? `${text.slice(0, 139)}…` : text;
};
const list = (items: readonly string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

const reasons: ReasonRenderers = {
  requires: (r) => `${name(r.from)} requires ${name(r.to, false)}${range(r.allowed)}${cite(r.sources)}${r.given !== undefined ? `; you gave ${r.to.name.en}${r.given ? ` ${r.given}` : ''}.` : '.'}`,
  'needs-version': (r) => `${name(r.from)} names ${name(r.to, false)}${range(r.allowed)}; give versions to decide.`,
  conflicts: (r) => `${name(r.from)} is known not to work with ${name(r.to, false)}${range(r.allowed)}${cite(r.sources)}.`,
  supports: (r) => `${name(r.from)} is known to work with ${name(r.to)}${cite(r.sources)}.`,
  'partly-covered': (r) =>
    r.allowed !== undefined
      ? `${name(r.from)} stands for several releases; ${r.releases ? `only ${r.releases} is` : 'only some of them are'} listed with ${name(r.to, false)}${range(r.allowed)}${cite(r.sources)}, not with this version.`
      : `${name(r.from)} stands for several releases, and what is known of it with ${name(r.to)}${r.releases ? ` holds for ${r.releases} only` : ' covers only some of them'}${cite(r.sources)}; give the exact release.`,
  'not-listed': (r) => `${name(r.from)} is listed with ${name(r.to, false)}${range(r.allowed)}${cite(r.sources)}, not with this version.`,
  'closed-list': (r) =>
    `${name(r.from)} supports only ${r.listed.length ? list(r.listed.map((x) => name(x))) : 'other products'} of its ${r.kind} list${cite(r.sources)}${r.wording ? ` ("${wordingOf(r.wording)}")` : ''}; ${name(r.to)} is not on it.`,
  'table-row': (r) => `${r.table} lists ${name(r.a)} with ${name(r.b)}${cite(r.sources)}.`,
  'arch-ok': (r) => `${name(r.from)} runs on ${r.arches.join(', ')}${cite(r.sources)}.`,
  'arch-bad': (r) => `${name(r.from)} runs on ${r.arches.join(', ')} only${cite(r.sources)}; the stack is ${r.arch}.`,
  'arch-disjoint': (r) => `${name(r.a)} runs on ${r.aArches.join(', ')} and ${name(r.b)} on ${r.bArches.join(', ')}${cite(r.sources)}: no architecture fits both.`,
  'two-arches': (r) => `the stack names ${list([...r.arches])}; it runs on one architecture.`,
  'dev-build': (r) => `${name(r.to)} is a development build of ${r.release}; ${name(r.from)} names ${name(r.to, false)}${range(r.allowed)}${cite(r.sources)}, which says nothing about its development builds.`,
  'needs-scope': (r) =>
    `${name(r.a)} and ${name(r.b)} are only described for a given ${list(r.scopes.map((s) => (s === 'arch' ? 'CPU architecture' : s)))}; add ${r.scopes.includes('arch') ? 'the CPU (or aarch64/x86_64)' : r.scopes.includes('accelerator') ? 'the accelerator' : 'the workload (training/inference)'} to decide.`,
  'depends-on-arch': (r) => `${name(r.a)} with ${name(r.b)} depends on the CPU architecture: ${r.byArch.map((x) => `${x.status} on ${x.arch}`).join(', ')}; add the CPU to decide.`,
  mediated: (r) => `${name(r.a)} and ${name(r.b)} meet through ${name(r.via)}, which is known to work with both${cite(r.sources)}.`,
  'no-evidence': (r) => `no evidence that ${name(r.a)} works with ${name(r.b)}.`,
  unlinked: (r) => `nothing in the data links ${name(r.item)} to the other items of the stack.`,
  alone: (r) => `${name(r.item)} alone: nothing to check it against; add the layers it runs with (accelerator, OS, framework ...).`,
  missing: (r) => `${name(r.from)} requires ${name(r.to, false)}${range(r.allowed)}${cite(r.sources)}; the stack has no ${name(r.to, false)}.`,
  chain: (r, render) => `${r.steps.map((s) => render(s).replace(/\.$/, '')).join('; ')}; you gave ${name(r.given)}.`,
  eol: (r) => `${name(r.item)} reached end of life on ${r.eol} (query date ${r.date}).`,
  'unknown-version': (r) =>
    r.set
      ? `${name(r.item)} names one release per ${name(r.set.by)} version: ${r.set.members.map((m) => `${m.release} (${m.with})`).join(', ')}${cite(r.set.sources)}; ${r.set.given === undefined ? `add ${name(r.set.by)} to the stack to choose one` : r.set.given === '' ? `give the ${name(r.set.by)} version to choose one` : `none is for ${name(r.set.by)} ${r.set.given}`}, or give the release.`
      : `${name(r.item)} is not a release in the data${r.covered ? ', but the ranges that name it decide it' : ''}${r.nearest.length ? `; nearest: ${r.nearest.join(', ')}` : ''}.`,
  'same-release': (r) => `${r.as} is ${name(r.item)}${cite(r.sources)}.`,
  'depends-on-model': (r) => `${name(r.family)} is a family: the answer depends on the model (${r.byMember.map((m) => `${m.member.id}: ${m.verdict}`).join(', ')}); name the model.`,
  'every-member': (r) =>
    `${name(r.item)} names one release per ${name(r.by)} version (${r.members.join(', ')})${cite(r.sources)}; every one of them works with ${name(r.other)}.`,
  'every-in-range': (r) => `Every release in ${name(r.item)} that the data lists (${r.members.join(', ')}) works with ${name(r.other)}${cite(r.sources)}.`,
  'some-in-range': (r) => {
    const parts = [
      r.works.length ? `${r.works.join(', ')} ${r.works.length > 1 ? 'work' : 'works'}` : '',
      r.fails.length ? `${r.fails.join(', ')} ${r.fails.length > 1 ? 'do' : 'does'} not` : '',
      r.depends?.length ? `${r.depends.join(', ')} ${r.depends.length > 1 ? 'work' : 'works'} with only some releases of it` : '',
      r.open.length ? `nothing is known of ${r.open.join(', ')}` : '',
    ].filter(Boolean);
    return `${name(r.item)} stands for ${r.works.length + r.fails.length + r.open.length + (r.depends?.length ?? 0)} releases the data lists; with ${name(r.other)}, ${parts.join('; ')}${cite(r.sources)}; give the exact release.`;
  },
  'every-model': (r) => `${name(r.family)} is a family: every model of it (${r.members.map((m) => m.id).join(', ')}) gives ${r.verdict}.`,
  candidates: (r) =>
    r.versions.length
      ? `the ${r.product.name.en} releases that work with ${name(r.with)} are ${list(r.versions.slice(0, 6))}${r.versions.length > 6 ? ` (and ${r.versions.length - 6} more)` : ''}${cite(r.sources)}.`
      : `none of the ${r.total} ${r.product.name.en} releases works with ${name(r.with)}${cite(r.sources)}.`,
  'nothing-left': (r) =>
    r.because.length === 2
      ? `so no ${r.product.name.en} release known to work with ${name(r.because[0]!)} works with ${name(r.because[1]!)}.`
      : `so no ${r.product.name.en} release works with ${list(r.because.map((x) => name(x)))} together.`,
  'no-combination': (r) =>
    r.layers.length
      ? `each of ${list(r.layers.map((x) => name(x)))} has releases that work with the items given, but no combination of them fits together.`
      : 'no combination of the releases tried fits together.',
  budget: (r) => `the search stopped after ${r.explored} tries without an answer; give more versions to narrow it.`,
  pinned: (r) => `${name(r.item)} is pinned, and every answer would change it.`,
};

const words: Words = {
  verdict: { fits: 'fits', conflict: 'conflict', unknown: 'unknown' },
  kind: { accelerator: 'accelerator', cpu: 'cpu', driver: 'driver', toolkit: 'toolkit', framework: 'framework', os: 'os', database: 'database' },
  role: { framework: 'framework', adapter: 'adapter', engine: 'engine', runtime: 'runtime' },
  domestic: 'domestic',
  imported: (origin) => `imported ${origin}`,
  heading: { verdict: 'verdict', pairs: 'pairs', issues: 'issues', fixes: 'fixes', arches: 'holds for', explanation: 'why', unknownPairs: 'unknown pairs' },
  mediatedBy: 'via',
  stop: '.',
  semicolon: '; ',
  comma: ', ',
  noSolution: 'No stack fits.',
  fixNone: 'No fix found.',
  fitsAlready: 'The stack already fits; nothing to change.',
};

export const EN: Locale = { lang: 'en', reasons, words };
