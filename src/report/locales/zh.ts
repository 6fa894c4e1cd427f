import type { Ref } from '../../engine/reasons.ts';
import { wordingOf } from './en.ts';
import type { Locale, ReasonRenderers, Words } from './types.ts';

const name = (r: Ref, withVersion = true) => (withVersion && r.version ? `${r.name.zh} ${r.version}` : r.name.zh);
const cite = (sources: readonly string[]) => (sources[0] ? `［${sources[0]}］` : '');
const range = (allowed: string) => (allowed.trim() === '*' || allowed.trim() === '' ? '' : ` ${allowed}`);
const list = (items: readonly string[]) => items.join('、');
const ARCH_WORD = { arch: 'CPU 架构', workload: '负载类型', accelerator: '加速卡' } as const;
const STATUS = { supported: '支持', conflict: '冲突', unknown: '未知' } as const;
const VERDICT = { fits: '配套', conflict: '冲突', unknown: '未知' } as const;

const reasons: ReasonRenderers = {
  requires: (r) => `${name(r.from)} 要求 ${name(r.to, false)}${range(r.allowed)}${cite(r.sources)}${r.given !== undefined ? `；而你给出的是 ${r.to.name.zh}${r.given ? ` ${r.given}` : ''}。` : '。'}`,
  'needs-version': (r) => `${name(r.from)} 指定了 ${name(r.to, false)}${range(r.allowed)}；请给出版本以便判断。`,
  conflicts: (r) => `${name(r.from)} 已知不能与 ${name(r.to, false)}${range(r.allowed)} 一起使用${cite(r.sources)}。`,
  supports: (r) => `${name(r.from)} 已知可与 ${name(r.to)} 配合使用${cite(r.sources)}。`,
  'partly-covered': (r) =>
    r.allowed !== undefined
      ? `${name(r.from)} 包含多个版本，其中${r.releases ? `仅 ${r.releases} ` : '只有部分版本'}列出与 ${name(r.to, false)}${range(r.allowed)} 配套${cite(r.sources)}，未列出此版本。`
      : `${name(r.from)} 包含多个版本，已知它与 ${name(r.to)} 的配套关系${r.releases ? `仅适用于 ${r.releases}` : '只覆盖其中一部分'}${cite(r.sources)}；请给出确切版本。`,
  'not-listed': (r) => `${name(r.from)} 仅列出与 ${name(r.to, false)}${range(r.allowed)} 配套${cite(r.sources)}，未列出此版本。`,
  'closed-list': (r) =>
    `${name(r.from)} 的${KIND[r.kind] ?? r.kind}支持列表只有 ${r.listed.length ? list(r.listed.map((x) => name(x))) : '其他产品'}${cite(r.sources)}${r.wording ? `（原文：${wordingOf(r.wording)}）` : ''}，不含 ${name(r.to)}。`,
  'table-row': (r) => `《${r.table}》列出 ${name(r.a)} 与 ${name(r.b)} 配套${cite(r.sources)}。`,
  'arch-ok': (r) => `${name(r.from)} 支持 ${r.arches.join('、')} 架构${cite(r.sources)}。`,
  'arch-bad': (r) => `${name(r.from)} 仅支持 ${r.arches.join('、')} 架构${cite(r.sources)}；该栈为 ${r.arch}。`,
  'arch-disjoint': (r) => `${name(r.a)} 支持 ${r.aArches.join('、')}，${name(r.b)} 支持 ${r.bArches.join('、')}${cite(r.sources)}：没有两者共同的架构。`,
  'two-arches': (r) => `该栈同时给出了 ${list([...r.arches])}；一个栈只能运行在一种架构上。`,
  'dev-build': (r) => `${name(r.to)} 是 ${r.release} 的开发版；${name(r.from)} 指定的是 ${name(r.to, false)}${range(r.allowed)}${cite(r.sources)}，未说明其开发版。`,
  'needs-scope': (r) => `${name(r.a)} 与 ${name(r.b)} 的配套仅针对特定${list(r.scopes.map((s) => ARCH_WORD[s]))}有说明；请加入${r.scopes.includes('arch') ? ' CPU（或 aarch64/x86_64）' : r.scopes.includes('accelerator') ? '加速卡' : '负载类型（training/inference）'}以便判断。`,
  'depends-on-arch': (r) => `${name(r.a)} 与 ${name(r.b)} 的结论取决于 CPU 架构：${r.byArch.map((x) => `${x.arch} 上${STATUS[x.status]}`).join('，')}；请加入 CPU 以便判断。`,
  mediated: (r) => `${name(r.a)} 与 ${name(r.b)} 通过 ${name(r.via)} 衔接，后者已知与两者都配套${cite(r.sources)}。`,
  'no-evidence': (r) => `没有 ${name(r.a)} 与 ${name(r.b)} 配套的证据。`,
  unlinked: (r) => `数据中没有把 ${name(r.item)} 与栈中其他组件关联起来的证据。`,
  alone: (r) => `只有 ${name(r.item)} 一项：没有可以对照检查的组件；请加入它所配合的加速卡、操作系统或框架等。`,
  missing: (r) => `${name(r.from)} 要求 ${name(r.to, false)}${range(r.allowed)}${cite(r.sources)}；栈中没有 ${name(r.to, false)}。`,
  chain: (r, render) => `${r.steps.map((s) => render(s).replace(/。$/, '')).join('；')}；而你给出的是 ${name(r.given)}。`,
  eol: (r) => `${name(r.item)} 已于 ${r.eol} 停止维护（查询日期 ${r.date}）。`,
  'unknown-version': (r) =>
    r.set
      ? `${name(r.item)} 对每个 ${name(r.set.by)} 版本各对应一个版本：${r.set.members.map((m) => `${m.release}（${m.with}）`).join('、')}${cite(r.set.sources)}；${r.set.given === undefined ? `请在栈中加入 ${name(r.set.by)} 以确定其一` : r.set.given === '' ? `请给出 ${name(r.set.by)} 的版本以确定其一` : `没有对应 ${name(r.set.by)} ${r.set.given} 的版本`}，或直接给出具体版本。`
      : `数据中没有 ${name(r.item)} 这个版本${r.covered ? '，但指定它的版本范围可以判断' : ''}${r.nearest.length ? `；最接近的版本：${r.nearest.join('、')}` : ''}。`,
  'same-release': (r) => `${r.as} 即 ${name(r.item)}${cite(r.sources)}。`,
  'depends-on-model': (r) => `${name(r.family)} 是一个系列：结论取决于具体型号（${r.byMember.map((m) => `${m.member.id}：${VERDICT[m.verdict]}`).join('，')}）；请给出型号。`,
  'every-member': (r) =>
    `${name(r.item)} 按 ${name(r.by)} 版本各有一个版本（${list([...r.members])}）${cite(r.sources)}；其中每一个都可与 ${name(r.other)} 配合使用。`,
  'every-in-range': (r) => `数据所列 ${name(r.item)} 范围内的每个版本（${list([...r.members])}）都可与 ${name(r.other)} 配合使用${cite(r.sources)}。`,
  'some-in-range': (r) => {
    const parts = [
      r.works.length ? `${list([...r.works])} 可以` : '',
      r.fails.length ? `${list([...r.fails])} 不可以` : '',
      r.depends?.length ? `${list([...r.depends])} 只与其部分版本可以` : '',
      r.open.length ? `${list([...r.open])} 未知` : '',
    ].filter(Boolean);
    return `${name(r.item)} 包含数据所列的 ${r.works.length + r.fails.length + r.open.length + (r.depends?.length ?? 0)} 个版本；与 ${name(r.other)} 配合：${parts.join('，')}${cite(r.sources)}；请给出确切版本。`;
  },
  'every-model': (r) => `${name(r.family)} 是一个系列：其全部型号（${r.members.map((m) => m.id).join('、')}）的结论都是${VERDICT[r.verdict]}。`,
  candidates: (r) =>
    r.versions.length
      ? `与 ${name(r.with)} 配套的 ${r.product.name.zh} 版本是 ${list(r.versions.slice(0, 6))}${r.versions.length > 6 ? ` 等 ${r.versions.length} 个` : ''}${cite(r.sources)}。`
      : `${r.product.name.zh} 的 ${r.total} 个版本都不能与 ${name(r.with)} 配套${cite(r.sources)}。`,
  'nothing-left': (r) =>
    r.because.length === 2
      ? `因此，已知与 ${name(r.because[0]!)} 配套的 ${r.product.name.zh} 版本都不能与 ${name(r.because[1]!)} 配套。`
      : `因此没有任何 ${r.product.name.zh} 版本能同时与 ${list(r.because.map((x) => name(x)))} 配套。`,
  'no-combination': (r) => (r.layers.length ? `${list(r.layers.map((x) => name(x)))} 各自都有与给定组件配套的版本，但没有能同时配套的组合。` : '所尝试的版本没有能同时配套的组合。'),
  budget: (r) => `搜索在尝试 ${r.explored} 次后停止，仍未找到答案；请给出更多版本以缩小范围。`,
  pinned: (r) => `${name(r.item)} 已固定，而每个可行方案都需要改动它。`,
};

const KIND: Readonly<Record<string, string>> = {
  accelerator: '加速卡',
  cpu: '处理器',
  driver: '驱动',
  toolkit: '软件栈',
  framework: '框架',
  'framework/framework': '框架',
  'framework/adapter': '适配插件',
  'framework/engine': '推理引擎',
  'framework/runtime': '运行时',
  os: '操作系统',
  database: '数据库',
};

const COUNTRY: Readonly<Record<string, string>> = { US: '美国', DE: '德国', GB: '英国', FR: '法国', JP: '日本', KR: '韩国', NL: '荷兰', TW: '中国台湾' };

const words: Words = {
  verdict: VERDICT,
  kind: KIND,
  role: { framework: '框架', adapter: '适配插件', engine: '推理引擎', runtime: '运行时' },
  domestic: '国产',
  imported: (origin) => `进口（${COUNTRY[origin] ?? origin}）`,
  heading: { verdict: '结论', pairs: '配对', issues: '问题', fixes: '修改建议', arches: '适用架构', explanation: '原因', unknownPairs: '未知配对' },
  mediatedBy: '经由',
  stop: '。',
  semicolon: '；',
  comma: '，',
  noSolution: '没有可配套的栈。',
  fixNone: '未找到可行的修改。',
  fitsAlready: '该栈已配套，无需修改。',
};

export const ZH: Locale = { lang: 'zh', reasons, words };
