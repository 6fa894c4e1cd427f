import type { Version, VersionScheme } from '../scheme.ts';
import { nextPrefix } from '../scheme.ts';

/*
 * PEP 440 (PyTorch, torch_npu, vLLM, Python, MindSpore).
 * Order within one release: X.devN < XaN < XbN < XrcN < X < X.postN; a dev suffix sorts before the
 * pre/post release it belongs to. Release segments compare with zero padding (2.1 == 2.1.0).
 * A bare release of one or two segments (`3.11`) names the series 3.11.*.
 */
const PATTERN =
  /^v?(?:(\d+)!)?(\d+(?:\.\d+)*)(?:[-_.]?(a|alpha|b|beta|c|rc|pre|preview)[-_.]?(\d*))?(?:(?:-(\d+))|(?:[-_.]?(post|rev|r)[-_.]?(\d*)))?(?:[-_.]?(dev)[-_.]?(\d*))?(?:\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?$/;

const RELEASE_WIDTH = 6;
const PRE = { a: -3, b: -2, rc: -1 } as const;
const DEV_ONLY = -4;

function preKind(word: string): keyof typeof PRE {
  if (word === 'a' || word === 'alpha') return 'a';
  if (word === 'b' || word === 'beta') return 'b';
  return 'rc';
}

/**
 * A local label as key elements, per PEP 440: segments split on `.`, numeric segments compare as
 * numbers and sort after alphanumeric ones (`+abc` < `+10`), and a longer label that extends a
 * shorter one sorts after it. Each segment is a pair: (0, text) or (1, number).
 */
function localKey(local: string): (number | string)[] {
  const out: (number | string)[] = [];
  for (const seg of local.split(/[-_.]/)) {
    if (/^\d+$/.test(seg) && seg.length <= 15) out.push(1, Number(seg));
    else out.push(0, seg);
  }
  return out;
}

export const pep440: VersionScheme = {
  name: 'pep440',
  description: 'Python package versions (PEP 440)',
  lineDepth: 3,
  examples: ['2.1.0.post10', '2.1.0rc1', '3.11'],
  parse(input) {
    const m = PATTERN.exec(input.trim().toLowerCase());
    if (!m) return undefined;
    // Indexes, loops, no destructuring or callbacks: a process parses a few hundred versions once
    // each, in code V8 has not optimized, where each of those is a call through the iterator protocol.
    const epochText = m[1];
    const preWord = m[3];
    const preNum = m[4];
    const postImplicit = m[5];
    const postWord = m[6];
    const postNum = m[7];
    const dev = m[8];
    const devNum = m[9];
    const local = m[10];
    const epoch = epochText ? Number(epochText) : 0;
    const parts = m[2]!.split('.');
    if (parts.length > RELEASE_WIDTH) return undefined;
    const release: number[] = [];
    for (let i = 0; i < parts.length; i++) {
      const n = Number(parts[i]);
      if (!Number.isSafeInteger(n)) return undefined;
      release.push(n);
    }
    const pre = preWord ? preKind(preWord) : undefined;
    const hasPost = postImplicit !== undefined || postWord !== undefined;
    const post = postImplicit !== undefined ? Number(postImplicit) : Number(postNum || 0);
    const hasDev = dev !== undefined;

    let text = `${epoch ? `${epoch}!` : ''}${release.join('.')}`;
    if (pre) text += `${pre}${Number(preNum || 0)}`;
    if (hasPost) text += `.post${post}`;
    if (hasDev) text += `.dev${Number(devNum || 0)}`;
    if (local) text += `+${local.replace(/[-_]/g, '.')}`;

    // Keys built by push, without spreads or intermediate objects: ranges and tables parse thousands.
    const preSlot = pre ? PRE[pre] : hasDev && !hasPost ? DEV_ONLY : 0;
    const isSeries = release.length < 3 && !pre && !hasPost && !hasDev && !local;
    if (!isSeries) {
      const publicKey: (number | string)[] = [epoch];
      for (let i = 0; i < RELEASE_WIDTH; i++) publicKey.push(release[i] ?? 0);
      const releaseKey = local || (hasDev && !pre && !hasPost) ? publicKey.slice() : undefined;
      publicKey.push(preSlot, pre ? Number(preNum || 0) : 0, hasPost ? 0 : -1, hasPost ? post : 0, hasDev ? -1 : 0, hasDev ? Number(devNum || 0) : 0);
      const key = local ? publicKey.concat(localKey(local)) : publicKey;
      const v: { -readonly [K in keyof Version]: Version[K] } = { scheme: 'pep440', text, key };
      if (pre || hasDev) v.pre = true;
      if (local) {
        v.local = true;
        v.publicKey = publicKey;
      }
      if (hasDev && !pre && !hasPost) v.devOf = releaseKey!.concat(0, 0, -1, 0, 0, 0);
      return v;
    }
    const prefix = [epoch].concat(release);
    return { scheme: 'pep440', text, key: prefix, upper: nextPrefix(prefix) } satisfies Version;
  },
};
