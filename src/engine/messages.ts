import type { Lang } from './types.ts';

/** A product as it appears in a message: its name in the language, and version if any. */
export interface Named {
  readonly name: { readonly en: string; readonly zh: string };
  readonly version?: string;
}

/** `name version` in the language; pass `null` as version to leave it out. */
export function label(c: Named, lang: Lang, version: string | null | undefined = c.version): string {
  const n = lang === 'zh' ? c.name.zh : c.name.en;
  return version ? `${n} ${version}` : n;
}

const cite = (sources: readonly string[]) => (sources[0] ? ` [${sources[0]}]` : '');
/** ` 2.1.0`, or nothing for any version. */
const range = (allowed: string) => (allowed.trim() === '*' || allowed.trim() === '' ? '' : ` ${allowed}`);

/** Message templates by issue code, English and Chinese. */
export const MESSAGES = {
  requires: {
    en: (from: string, to: string, allowed: string, src: readonly string[]) => `${from} requires ${to}${range(allowed)}${cite(src)}`,
    zh: (from: string, to: string, allowed: string, src: readonly string[]) => `${from} 要求 ${to}${range(allowed)}${cite(src)}`,
  },
  youGave: {
    en: (given: string) => `you gave ${given}.`,
    zh: (given: string) => `而你给出的是 ${given}。`,
  },
  missing: {
    en: (from: string, to: string, allowed: string, src: readonly string[]) => `${from} requires ${to}${range(allowed)}${cite(src)}; the stack has no ${to}.`,
    zh: (from: string, to: string, allowed: string, src: readonly string[]) => `${from} 要求 ${to}${range(allowed)}${cite(src)}；栈中没有 ${to}。`,
  },
  conflicts: {
    en: (from: string, to: string, allowed: string, src: readonly string[]) => `${from} is known not to work with ${to}${range(allowed)}${cite(src)}.`,
    zh: (from: string, to: string, allowed: string, src: readonly string[]) => `${from} 已知不能与 ${to}${range(allowed)} 一起使用${cite(src)}。`,
  },
  supports: {
    en: (from: string, to: string, src: readonly string[]) => `${from} is known to work with ${to}${cite(src)}.`,
    zh: (from: string, to: string, src: readonly string[]) => `${from} 已知可与 ${to} 配合使用${cite(src)}。`,
  },
  tableRow: {
    en: (title: string, a: string, b: string, src: readonly string[]) => `${title} lists ${a} with ${b}${cite(src)}.`,
    zh: (title: string, a: string, b: string, src: readonly string[]) => `《${title}》列出 ${a} 与 ${b} 配套${cite(src)}。`,
  },
  archOk: {
    en: (from: string, arches: string, src: readonly string[]) => `${from} runs on ${arches}${cite(src)}.`,
    zh: (from: string, arches: string, src: readonly string[]) => `${from} 支持 ${arches} 架构${cite(src)}。`,
  },
  archBad: {
    en: (from: string, arches: string, arch: string, src: readonly string[]) => `${from} runs on ${arches} only${cite(src)}; the stack is ${arch}.`,
    zh: (from: string, arches: string, arch: string, src: readonly string[]) => `${from} 仅支持 ${arches} 架构${cite(src)}；该栈为 ${arch}。`,
  },
  needVersion: {
    en: (from: string, to: string, allowed: string) => `${from} names ${to}${range(allowed)}; give versions to decide.`,
    zh: (from: string, to: string, allowed: string) => `${from} 指定了 ${to}${range(allowed)}；请给出版本以便判断。`,
  },
  needScope: {
    en: (from: string, to: string) => `${from} and ${to} are only described for a given CPU architecture or workload; add the CPU (or aarch64/x86_64) to decide.`,
    zh: (from: string, to: string) => `${from} 与 ${to} 的配套仅在特定 CPU 架构或负载下有说明；请加入 CPU（或 aarch64/x86_64）以便判断。`,
  },
  notListed: {
    en: (from: string, to: string, allowed: string, src: readonly string[]) => `${from} is listed with ${to}${range(allowed)}${cite(src)}, not with this version.`,
    zh: (from: string, to: string, allowed: string, src: readonly string[]) => `${from} 仅列出与 ${to}${range(allowed)} 配套${cite(src)}，未列出此版本。`,
  },
  unlinked: {
    en: (c: string) => `nothing in the data links ${c} to the other items of the stack.`,
    zh: (c: string) => `数据中没有把 ${c} 与栈中其他组件关联起来的证据。`,
  },
  noEvidence: {
    en: (a: string, b: string) => `no evidence that ${a} works with ${b}.`,
    zh: (a: string, b: string) => `没有 ${a} 与 ${b} 配套的证据。`,
  },
  eol: {
    en: (c: string, eol: string, date: string) => `${c} reached end of life on ${eol} (query date ${date}).`,
    zh: (c: string, eol: string, date: string) => `${c} 已于 ${eol} 停止维护（查询日期 ${date}）。`,
  },
  unknownVersion: {
    en: (c: string, known: string) => `${c} is not a release in the data${known ? `; known: ${known}` : ''}.`,
    zh: (c: string, known: string) => `数据中没有 ${c} 这个版本${known ? `；已知版本：${known}` : ''}。`,
  },
  chain: {
    en: (steps: readonly string[], given: string) => `${steps.join('; ')}; you gave ${given}.`,
    zh: (steps: readonly string[], given: string) => `${steps.join('；')}；而你给出的是 ${given}。`,
  },
} as const;
