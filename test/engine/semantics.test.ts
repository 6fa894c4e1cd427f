import { describe, expect, it } from 'vitest';
import { loadMatrix } from '../../src/data/load-matrix.ts';
import { Matrix } from '../../src/data/matrix.ts';
import { check } from '../../src/engine/check.ts';
import { fix } from '../../src/engine/fix.ts';
import { solve } from '../../src/engine/solve.ts';
import { StackfitError } from '../../src/errors.ts';
import { loadDataset } from '../../src/node.ts';
import { miniWith } from '../helpers.ts';
import { parseRange, satisfies } from '../../src/version/range.ts';

/*
 * Reading vendors the way they write, on the bundled records: each case names the vendor wording
 * or table row it rests on (quoted in the record's note).
 */
const m = loadMatrix();
const DATE = '2026-11-28';
const run = (items: string[]) => check(m, items, { date: DATE });
const pair = (items: string[], a: string, b: string) => run(items).pairs.find((p) => (p.a.startsWith(a) && p.b.startsWith(b)) || (p.a.startsWith(b) && p.b.startsWith(a)));

describe('closed lists', () => {
  it('CANN is for Ascend NPUs only ("the full-stack software solution that Huawei has built for the Ascend NPU")', () => {
    for (const chip of ['cambricon-mlu370', 'hygon-k100', 'iluvatar-bi-v150', 'kunlunxin-p800']) {
      const p = pair([chip, 'cann@8.0.0'], chip, 'cann');
      expect(p?.status, chip).toBe('conflict');
      expect(p?.params.code).toBe('closed-list');
    }
    // Without a version too: the statement is about every release.
    expect(run(['cambricon-mlu370', 'cann']).verdict).toBe('conflict');
    expect(run(['ascend-910b', 'cann@8.0.0']).verdict).toBe('fits');
  });

  it('a vendor plugin on another vendor\'s card conflicts through data (CNToolkit 3.7.2 table 4.3, MUSA, torch_musa)', () => {
    expect(pair(['ascend-910b', 'cntoolkit@3.7.2'], 'ascend-910b', 'cntoolkit')?.status).toBe('conflict');
    expect(pair(['hygon-k100', 'musa'], 'hygon-k100', 'musa')?.status).toBe('conflict');
  });

  it('a closed list names the products it lists, with the vendor\'s words', () => {
    const issue = run(['cambricon-mlu370', 'cann@8.0.0']).issues.find((i) => i.code === 'not-listed')!;
    expect(issue.message).toContain('Ascend 910B');
    expect(issue.message).toContain('is a key platform for improving the computing efficiency');
    expect((issue.params as unknown as { wording: string }).wording).toContain('built for the Ascend NPU');
  });

  it('a wheel set is a closed Python list: vLLM-MetaX "Python >= 3.10, <= 3.12" makes 3.13 a conflict', () => {
    expect(pair(['vllm-metax', 'python@3.13'], 'vllm-metax', 'python')?.status).toBe('conflict');
    expect(pair(['vllm-metax', 'python@3.12'], 'vllm-metax', 'python')?.status).toBe('supported');
  });

  it('a release list whose wording is closed excludes what it does not name (vLLM Ascend hardware lists; Ascend 910 is not on them)', () => {
    expect(pair(['ascend-910', 'vllm-ascend@0.11.0'], 'ascend-910', 'vllm-ascend')?.status).toBe('conflict');
  });
});

describe('open lists', () => {
  it('a pin in one build\'s requirements file is open: vLLM v0.21.0 requirements/cuda.txt "torch==2.11.0"', () => {
    const ok = run(['vllm@0.21.0', 'torch@2.11.0']);
    expect(ok.verdict).toBe('fits');
    const p = ok.pairs.find((x) => x.a === 'vllm@0.21.0' && x.b === 'pytorch@2.11.0')!;
    expect(p.status).toBe('supported');
    expect(p.evidence).toBe('vendor');
    expect(p.sources).toEqual(['https://raw.githubusercontent.com/vllm-project/vllm/v0.21.0/requirements/cuda.txt']);
    // Another PyTorch is not on the list, and not a conflict: the same project's vLLM Ascend
    // v0.21.0rc1 runs vLLM 0.21.0 on torch 2.10.0.
    const other = pair(['vllm@0.21.0', 'torch@2.10.0'], 'vllm', 'pytorch')!;
    expect(other.status).toBe('unknown');
    expect(other.params.code).toBe('not-listed');
    expect(run(['vllm-ascend@0.21.0rc1', 'vllm@0.21.0', 'torch@2.10.0']).verdict).not.toBe('conflict');
  });

  it('vLLM 0.9.x "is based on pytorch 2.7.0" (vLLM Ascend patch notes) while vLLM Ascend runs it on 2.5.1: both stand', () => {
    expect(run(['vllm@0.9.1', 'torch@2.7.0', 'python@3.12']).verdict).toBe('fits');
    expect(pair(['vllm@0.9.1', 'torch@2.5.1'], 'vllm', 'pytorch')?.status).toBe('unknown');
    expect(run(['vllm-ascend@0.9.1', 'vllm@0.9.1', 'torch@2.5.1']).verdict).not.toBe('conflict');
  });
});

describe('scopes beyond architecture', () => {
  it('an OS list printed for one Atlas product does not hold for another (CANN 8.0.0: Debian 10.8 for Atlas 300I Duo only)', () => {
    expect(run(['cann@8.0.0', 'debian@10.8', 'ascend-910b', 'aarch64']).verdict).not.toBe('fits');
  });

  it('the container images of one chip series hold for that series (cann-container-image, 8.1.RC1 910b ubuntu22.04)', () => {
    expect(pair(['ascend-910b', 'cann@8.1.RC1', 'ubuntu@22.04'], 'cann', 'ubuntu')?.status).toBe('supported');
    expect(pair(['cann@8.1.RC1', 'ubuntu@22.04'], 'cann', 'ubuntu')?.params.code).toBe('needs-scope');
  });
});

describe('families and series', () => {
  it('a rule naming a family holds for every member (DM8: 飞腾 on its hardware-platform row)', () => {
    expect(pair(['dm8', 'phytium-d2000'], 'dm8', 'phytium-d2000')?.status).toBe('supported');
  });

  it('a stack naming a family gets the answer every member gives, and says so', () => {
    const r = run(['dm8', '飞腾']);
    expect(r.verdict).toBe('fits');
    expect(r.issues.find((i) => i.params.code === 'every-model')).toBeTruthy();
  });

  it('a stack naming a family whose members differ says it depends on the model, and which', () => {
    const acc = (id: string, extra = '') => `# yaml-language-server: $schema=../../schema/product.json\nid: ${id}\nkind: accelerator\nvendor: acme\nname: { en: "${id}", zh: "${id}" }\nsources: ["https://example.com/${id}"]\n${extra}`;
    const t = miniWith({
      'chips/npu-family.yaml': acc('npu-family', 'family: true\n'),
      'chips/npu-1.yaml': acc('npu-1', 'memberOf: [npu-family]\n'),
      'chips/npu-2.yaml': acc('npu-2', 'memberOf: [npu-family]\n'),
    });
    try {
      const mini = Matrix.fromDataset(loadDataset(t.dir));
      const r = check(mini, ['npu-family', 'kit@1.0.RC1'], { date: DATE });
      expect(r.verdict).toBe('unknown');
      const note = r.issues.find((i) => i.params.code === 'depends-on-model')!;
      expect(note.message).toMatch(/npu-1: fits.*npu-2: unknown|npu-2: unknown.*npu-1: fits/);
    } finally {
      t.done();
    }
  });

  it('a vendor name people type resolves when the vendor has one product, else lists the choices', () => {
    expect(m.resolve('达梦')).toMatchObject({ ok: true, product: { id: 'dm8' } });
    expect(m.resolve('人大金仓')).toMatchObject({ ok: true, product: { id: 'kingbasees' } });
    try {
      check(m, ['寒武纪', 'cann']);
      throw new Error('expected an error');
    } catch (e) {
      expect((e as StackfitError).code).toBe('ambiguous-name');
      expect((e as StackfitError).issues[0]!.hint).toContain('cambricon-mlu370');
    }
  });
});

describe('equal versions', () => {
  it('a PEP 440 local label is the public release (Ascend\'s x86 guide installs torch==2.7.1+cpu)', () => {
    const r = run(['torch-npu@2.7.1', 'torch@2.7.1+cpu']);
    expect(r.verdict).not.toBe('conflict');
    expect(pair(['torch-npu@2.7.1', 'torch@2.7.1+cpu'], 'torch-npu', 'pytorch')?.status).toBe('supported');
    expect(r.issues.map((i) => i.code)).not.toContain('unknown-version');
  });

  it('a table cell with a build label matches every build of that release (vllm-ascend v0.18.0 row: 2.9.0.post1+git4c901a4)', () => {
    expect(pair(['vllm-ascend@0.18.0', 'torch-npu@2.9.0.post1+gitee7ba04'], 'vllm-ascend', 'torch-npu')?.status).toBe('supported');
  });

  it('a development build is neither in nor out: unknown with its own reason, never a false conflict', () => {
    const p = pair(['torch-npu@2.5.1', 'torch@2.5.1.dev20250218'], 'torch-npu', 'pytorch')!;
    expect(p.status).toBe('unknown');
    expect(p.params.code).toBe('dev-build');
  });

  it('another name of a release, where a source says so, is that release (HDK packages 6.0.0 in the folder "Ascend HDK 22.0.0")', () => {
    const r = run(['ascend-hdk@22.0.0', 'cann@6.0.1']);
    expect(r.components[0]).toMatchObject({ id: 'ascend-hdk', version: '6.0.0' });
  });

  it('a solution bundle beside a community build is not another name of it (two distributions, not one release)', () => {
    expect(() => run(['cann@Ascend Training Solution 25.0.RC1', 'ascend-910b'])).toThrow(/not a/);
  });
});

describe('architecture reasoning', () => {
  it('rules per architecture decide a pair when they cover every architecture still possible (TiDB 8.5 on Kylin V10 SP3)', () => {
    const r = run(['tidb@8.5.0', 'kylin@V10 SP3']);
    expect(r.verdict).toBe('fits');
    expect(r.arches).toEqual(['aarch64', 'x86_64']);
  });

  it('a pair unknown on every possible architecture for one reason gives that reason, not "name an architecture"', () => {
    const stack = ['ascend-910b', 'cann@8.0.RC1', 'openeuler@22.03 LTS SP3'];
    const pairOf = (items: string[]) => run(items).pairs.find((x) => x.a.startsWith('cann@') && x.b.startsWith('openeuler@'))!;
    const open = pairOf(stack);
    expect(open.status).toBe('unknown');
    expect(open.params.code).toBe('not-listed');
    // Naming either architecture gives the same answer.
    for (const arch of ['aarch64', 'x86_64']) expect(pairOf([...stack, arch]).params.code).toBe('not-listed');
  });

  it('a pair whose answer differs between the possible architectures says so', () => {
    const r = run(['ascend-910', 'cann@5.0.4', 'euleros@2.8']);
    expect(r.verdict).not.toBe('fits');
    expect(check(m, ['ascend-910', 'cann@5.0.4', 'euleros@2.8', 'aarch64'], { date: DATE }).verdict).toBe('fits');
  });
});

describe('which edges need evidence', () => {
  it('CANN with Python is asked for evidence even when other items link the Python (its installer stops without a listed one)', () => {
    // torch_npu 2.8.0 links Python 3.11 to the rest; CANN 8.0.RC2's install guide lists Python 3.7.x
    // to 3.10.x, and no image of Huawei's pairs that release with 3.11.
    const stack = ['ascend-910b', 'cann@8.0.RC2', 'torch-npu@2.8.0', 'pytorch@2.8.0', 'python@3.11'];
    const r = run(stack);
    expect(r.verdict).toBe('unknown');
    expect(pair(stack, 'cann', 'python')?.params.code).toBe('not-listed');
    expect(r.issues.some((i) => i.components.includes('cann@8.0.RC2') && i.components.includes('python@3.11'))).toBe(true);
    expect(run(stack.map((x) => (x === 'python@3.11' ? 'python@3.10' : x))).verdict).toBe('fits');
  });

  it('Huawei\'s own images settle CANN with a Python its install guide bounds lower (CANN 8.0.0 with Python 3.11 on the 910B)', () => {
    // LLaMA-Factory's NPU image: CANN 8.0.0, torch_npu 2.4.0.post2, Python "3.11". The guide says
    // 3.7.x to 3.11.4; Huawei's manylinux image 8.0.0-910b-...-py3.11 builds Python 3.11.13 with it.
    const stack = ['ascend-910b', 'cann@8.0.0', 'ubuntu@22.04', 'python@3.11', 'torch@2.4.0', 'torch-npu@2.4.0.post2'];
    expect(run(stack).verdict).toBe('fits');
    expect(pair(stack, 'cann', 'python')?.sources.some((u) => u.includes('cann-container-image'))).toBe(true);
  });

  it('an item only a statement that does not settle its version speaks of is shown with that statement, not as linked to nothing', () => {
    // With a chip: CANN 7.0.RC1's Python of Huawei's toolkit images holds for the Ascend 910 and 910B only.
    const stack = ['ascend-910b', 'cann@7.0.RC1', 'python@3.11.2'];
    const r = run(stack);
    expect(r.verdict).toBe('unknown');
    const p = pair(stack, 'cann', 'python')!;
    expect(p.status).toBe('unknown');
    expect(p.params.code).toBe('not-listed');
    expect(r.issues.map((i) => i.params.code)).not.toContain('unlinked');
  });

  it('asks for an accelerator only where naming one could decide the pair', () => {
    // The images' Python 3.7.5 holds for the Ascend 910 and 910B: naming either would not settle 3.11.2,
    // so the pair says what the statements list instead of asking for a chip (CANN 8.1.RC1 with
    // Ubuntu 22.04, under 'scopes beyond architecture', is one a chip does settle).
    for (const chip of [[], ['ascend-910'], ['ascend-910b']]) {
      expect(pair([...chip, 'cann@7.0.RC1', 'python@3.11.2'], 'cann', 'python')?.params.code, chip.join()).toBe('not-listed');
    }
  });

  it('an item nothing speaks of is still reported as linked to nothing', () => {
    const r = run(['dm8', 'python@3.11.2']);
    expect(r.issues.map((i) => i.params.code)).toContain('unlinked');
  });

  it('a pair met through a mediating item is shown as such (vLLM and torch_npu through vLLM Ascend)', () => {
    const r = run(['vllm@0.11.0', 'vllm-ascend@0.11.0', 'torch-npu@2.7.1']);
    const p = r.pairs.find((x) => x.a.startsWith('vllm@') && x.b.startsWith('torch-npu'))!;
    expect(p.status).toBe('supported');
    expect(p.via).toBe('vllm-ascend@0.11.0');
    expect(p.params.code).toBe('mediated');
  });

  it('an engine released as one set with the toolkit and the framework links them (MindIE with CANN and PyTorch)', () => {
    const stack = ['ascend-910b', 'cann@8.2.RC1', 'mindie@2.1.RC1', 'torch@2.1.0'];
    const p = run(stack).pairs.find((x) => x.a.startsWith('cann@') && x.b.startsWith('pytorch@'))!;
    expect(p.status).toBe('supported');
    expect(p.via).toBe('mindie@2.1.RC1');
    // Without the engine nothing links them.
    const alone = run(stack.filter((i) => !i.startsWith('mindie'))).pairs.find((x) => x.a.startsWith('cann@') && x.b.startsWith('pytorch@'))!;
    expect(alone.status).toBe('unknown');
  });
});

describe('between the rows', () => {
  it('a version the data does not list is answered from the ranges that cover it, with the nearest releases as hints', () => {
    // PingCAP's requirement page covers the whole 8.5 line; 8.5.9 is not a recorded release.
    const r = run(['tidb@8.5.9', 'kylin@V10 SP3']);
    expect(r.verdict).toBe('fits');
    const issue = r.issues.find((i) => i.code === 'unknown-version')!;
    expect(issue.params).toMatchObject({ code: 'unknown-version', covered: true });
    expect((issue.params as unknown as { nearest: string[] }).nearest).toEqual(['8.5.6', '8.5.7']);
    // Nearest, not newest: a version in the middle gets its neighbours.
    const mid = run(['tidb@7.5.99', 'kylin@V10 SP3']).issues.find((i) => i.code === 'unknown-version')!;
    expect((mid.params as unknown as { nearest: string[] }).nearest).toEqual(['7.5.6', '7.5.7', '8.1.0', '8.1.1']);
  });
});

describe('a version series against statements about some of its releases', () => {
  it('MACA 3.7 with PyTorch 2.8.0: unknown, saying which releases the statement covers ("maca3.7.0.x", "maca3.7.1.x")', () => {
    const p = pair(['maca@3.7', 'pytorch@2.8.0'], 'maca', 'pytorch')!;
    expect(p.status).toBe('unknown');
    expect(p.params.code).toBe('partly-covered');
    expect(p.reason).toContain('holds for 3.7.0 || 3.7.1 only');
    expect(p.reason).not.toContain('is known to work');
    // A release of the series is decided by the statement.
    expect(pair(['maca@3.7.1', 'pytorch@2.8.0'], 'maca', 'pytorch')?.status).toBe('supported');
    const zh = check(m, ['maca@3.7', 'pytorch@2.8.0'], { date: DATE, lang: 'zh' }).pairs[0]!;
    expect(zh.reason).toContain('仅适用于 3.7.0 || 3.7.1');
  });

  it('torch_musa (no version) with MUSA 4.1.0: the one statement names MUSA 5.2.0, so the reason says so instead of implying 4.1.0 is known', () => {
    const p = pair(['musa@4.1.0', 'torch-musa', 'x86_64'], 'torch-musa', 'musa')!;
    expect(p.status).toBe('unknown');
    expect(p.params.code).toBe('partly-covered');
    expect((p.params as { allowed?: string }).allowed).toBe('5.2.0');
    expect(p.reason).toContain('only 2.11.0.post2 is listed with MUSA SDK 5.2.0');
    expect(p.reason).toContain('not with this version');
    expect(p.reason).not.toMatch(/what is known of it with MUSA SDK 4\.1\.0/);
    const zh = check(m, ['musa@4.1.0', 'torch-musa', 'x86_64'], { date: DATE, lang: 'zh' }).pairs.find((x) => x.a.startsWith('musa') || x.b.startsWith('musa'))!;
    expect(zh.reason).toContain('未列出此版本');
  });

  it('Python 3.11 with CANN 8.0.0: the install guide\'s "Python3.7.x至3.11.4" asks for the exact version; the image list that names only 3.10 is not the reason', () => {
    // On the Ascend 910, where no image of Huawei's pairs CANN 8.0.0 with a Python 3.11.
    const p = pair(['ascend-910', 'cann@8.0.0', 'python@3.11'], 'cann', 'python')!;
    expect(p.status).toBe('unknown');
    expect(p.params.code).toBe('needs-version');
    expect((p.params as { allowed?: string }).allowed).toBe('>=3.7 <3.11.5');
    expect(p.reason).not.toContain('not with this version');
    expect(pair(['ascend-910', 'cann@8.0.0', 'python@3.11.4'], 'cann', 'python')?.status).toBe('supported');
    // Outside every list: the install guide's whole list is the reason, not the image list naming 3.10.
    const outside = pair(['ascend-910', 'cann@8.0.0', 'python@3.12'], 'cann', 'python')!;
    expect(outside.params.code).toBe('not-listed');
    expect((outside.params as { allowed?: string }).allowed).toBe('>=3.7 <3.11.5');
  });
});

describe('an item given as a range, as READMEs write the driver they need', () => {
  // Cambricon's PyTorch model zoo READMEs: 'Cambricon Driver >=v4.20.6；' on MLU370-X8 servers.
  const inRange = (id: string, text: string) => m.parsedReleases(id).filter((r) => satisfies(parseRange(r.version.scheme, text), r.version) === 'yes').map((r) => r.release.version);

  it('is every release the data lists in the range: a pair every one of them works with holds, citing them, and the stack fits', () => {
    const r = run(['MLU370-X8', 'cambricon-driver@>=4.20.6']);
    const c = r.components.find((x) => x.id === 'cambricon-driver')!;
    expect(c.version).toBe('>=4.20.6');
    expect(c.input).toBe('cambricon-driver@>=4.20.6');
    const p = r.pairs.find((x) => x.b === 'cambricon-driver@>=4.20.6')!;
    expect(p.status).toBe('supported');
    const members = inRange('cambricon-driver', '>=4.20.6');
    expect(members.length).toBeGreaterThan(5);
    expect(members).not.toContain('4.20.5');
    expect(p.params).toMatchObject({ code: 'every-in-range', members });
    expect(p.reason).toContain('Every release in Cambricon MLU Driver >=4.20.6 that the data lists (4.20.6, ');
    expect(r.verdict).toBe('fits');
    const zh = check(m, ['MLU370-X8', 'cambricon-driver@>=4.20.6'], { date: DATE, lang: 'zh' }).pairs[0]!;
    expect(zh.reason).toContain('范围内的每个版本');
  });

  it('a pair only some releases in the range work with stays unknown, not a conflict', () => {
    // PyTorch 2.1.0 is not built for Python 3.12; 2.2.0 is.
    expect(pair(['pytorch@2.1.0', 'python@3.12'], 'pytorch', 'python')!.status).toBe('conflict');
    expect(pair(['pytorch@2.2.0', 'python@3.12'], 'pytorch', 'python')!.status).toBe('supported');
    const r = run(['pytorch@>=2.1 <2.3', 'python@3.12']);
    expect(r.pairs[0]!.status).toBe('unknown');
    expect(r.pairs[0]!.params).toMatchObject({ code: 'some-in-range', works: ['2.2.0'], fails: ['2.1.0'], open: [] });
    expect(r.pairs[0]!.reason).toContain('with Python 3.12, 2.2.0 works; 2.1.0 does not');
    expect(r.verdict).toBe('unknown');
    // Two ranges: each release of one against each of the other.
    expect(pair(['python@3.10 - 3.11', 'pytorch@>=2.6 <2.8'], 'python', 'pytorch')!.params).toMatchObject({ code: 'every-in-range', members: ['3.10', '3.11'] });
    const both = pair(['pytorch@>=2.6 <2.8', 'torch-npu@>=2.6.0 <2.8'], 'pytorch', 'torch-npu')!;
    expect(both.status).toBe('unknown');
    expect(both.params).toMatchObject({ code: 'some-in-range', depends: ['2.7.1', '2.7.0', '2.6.0'], open: [] });
    expect(both.reason).toContain('work with only some releases of it');
  });

  it('solve and fix take a release in the range; fix shows it as the change, the smallest there is', () => {
    const s = solve(m, ['pytorch@>=2.1 <2.3', 'python@3.12'], { date: DATE });
    expect(s.stacks.length).toBeGreaterThan(0);
    for (const st of s.stacks) expect(st.components.find((c) => c.id === 'pytorch')!.version).toBe('2.2.0');
    expect(check(m, s.stacks[0]!.items, { date: DATE }).verdict).toBe('fits');
    const f = fix(m, ['pytorch@>=2.1 <2.3', 'python@3.12'], { date: DATE });
    expect(f.fixes[0]!.changes).toEqual([{ id: 'pytorch', from: '>=2.1 <2.3', to: '2.2.0' }]);
    // Pinned, the range keeps to its releases.
    const pinned = fix(m, ['pytorch@>=2.1 <2.3', 'python@3.12'], { date: DATE, pin: ['pytorch'] });
    for (const x of pinned.fixes) for (const ch of x.changes.filter((c) => c.id === 'pytorch')) expect(inRange('pytorch', '>=2.1 <2.3')).toContain(ch.to);
  });

  it('a range with no release the data lists, or one that does not read, is a one-line error; `==2.1.0` is the version', () => {
    const err = (items: string[]) => {
      try {
        run(items);
      } catch (e) {
        return e as StackfitError;
      }
      throw new Error('expected an error');
    };
    const none = err(['cambricon-driver@>=99']);
    expect(none.issues[0]).toMatchObject({ code: 'bad-version' });
    expect(none.message).toContain('no release of cambricon-driver that the data lists is in ">=99"');
    expect(err(['cambricon-driver@>=abc']).message).toContain('is not a valid dotted range');
    expect(run(['pytorch@==2.1.0', 'python@3.10']).components[0]!.version).toBe('2.1.0');
  });
});

describe('a version set: a product version naming one release per version of another product', () => {
  it('torch_npu@7.3.0 with PyTorch 2.7.1 is the 7.3.0 package for PyTorch 2.7.1 (2.7.1.post2), and says which name was typed', () => {
    const r = run(['torch_npu@7.3.0', 'torch@2.7.1', 'cann@8.5.0', 'python@3.11']);
    const c = r.components.find((x) => x.id === 'torch-npu')!;
    expect(c.version).toBe('2.7.1.post2');
    expect(c.input).toBe('torch_npu@7.3.0');
    expect(c.aka?.as).toBe('7.3.0');
    expect(c.aka?.sources[0]).toMatch(/release_notes/);
    expect(r.verdict).toBe(run(['torch_npu@2.7.1.post2', 'torch@2.7.1', 'cann@8.5.0', 'python@3.11']).verdict);
    expect(r.issues.some((i) => i.code === 'unknown-version')).toBe(false);
  });

  it('without PyTorch, or with a PyTorch no member is for, it stays a version the data does not list, and the issue lists the members', () => {
    const alone = run(['torch_npu@7.3.0', 'cann@8.5.0']).issues.find((i) => i.code === 'unknown-version')!;
    const set = (alone.params as unknown as { set: { version: string; members: { release: string; with: string }[]; given?: string } }).set;
    expect(set.version).toBe('7.3.0');
    expect(set.members.map((m) => m.release)).toEqual(['2.6.0.post5', '2.7.1.post2', '2.8.0.post2', '2.9.0']);
    expect(set.given).toBeUndefined();
    expect(alone.message).toContain('add PyTorch to the stack to choose one');
    const other = run(['torch_npu@7.3.0', 'torch@2.5.1']).issues.find((i) => i.code === 'unknown-version')!;
    expect((other.params as unknown as { set: { given?: string } }).set.given).toBe('2.5.1');
    expect(other.message).toContain('none is for PyTorch 2.5.1');
    const versionless = run(['torch_npu@7.3.0', 'torch']).issues.find((i) => i.code === 'unknown-version')!;
    expect(versionless.message).toContain('give the PyTorch version to choose one');
    const zh = check(m, ['torch_npu@7.3.0', 'torch@2.5.1'], { date: DATE, lang: 'zh' }).issues.find((i) => i.code === 'unknown-version')!;
    expect(zh.message).toContain('没有对应 PyTorch 2.5.1 的版本');
  });

  it('without PyTorch, a pair every member works with holds for the set, citing the members; one any member lacks stays unknown', () => {
    const r = run(['torch_npu@7.3.0', 'cann@8.5.0']);
    const pair = r.pairs.find((p) => p.a === 'torch-npu@7.3.0' && p.b === 'cann@8.5.0')!;
    expect(pair.status).toBe('supported');
    expect(pair.evidence).toBe('vendor');
    expect(pair.params).toMatchObject({ code: 'every-member', members: ['2.6.0.post5', '2.7.1.post2', '2.8.0.post2', '2.9.0'] });
    expect(pair.sources[0]).toMatch(/release_notes/);
    expect(pair.reason).toContain('every one of them works with CANN');
    // The stack still names no one package: its verdict stays unknown.
    expect(r.verdict).toBe('unknown');
    expect(r.issues.map((i) => i.code)).toContain('unknown-version');
    const zh = check(m, ['torch_npu@7.3.0', 'cann@8.5.0'], { date: DATE, lang: 'zh' }).pairs.find((p) => p.params.code === 'every-member')!;
    expect(zh.reason).toContain('其中每一个都可与');
    // Python 3.8 is not one every 7.3.0 package is built for.
    const some = run(['torch_npu@7.3.0', 'python@3.8']).pairs.find((p) => p.a === 'torch-npu@7.3.0')!;
    expect(some.status).not.toBe('supported');
    expect(some.params.code).not.toBe('every-member');
  });

  it('a PyTorch no member is for stays unknown, not a conflict: other pages of the vendor pair product versions with PyTorch versions the list lacks', () => {
    const pair = run(['torch_npu@7.3.0', 'torch@2.5.1']).pairs.find((p) => p.a === 'torch-npu@7.3.0' && p.b === 'pytorch@2.5.1')!;
    expect(pair.status).toBe('unknown');
  });

  it('solve takes one of the members, newest first, and the stack it gives reproduces with check', () => {
    const r = solve(m, ['torch_npu@6.0.0', 'cann@8.0.0'], { date: DATE });
    const first = r.stacks[0]!;
    expect(first.verdict).toBe('fits');
    const npu = first.components.find((c) => c.id === 'torch-npu')!;
    expect(['2.1.0.post10', '2.3.1.post4', '2.4.0.post2']).toContain(npu.version);
    expect(r.stacks.every((s) => ['2.1.0.post10', '2.3.1.post4', '2.4.0.post2'].includes(s.components.find((c) => c.id === 'torch-npu')!.version!))).toBe(true);
    expect(check(m, first.items, { date: DATE }).verdict).toBe('fits');
    expect(solve(m, ['torch_npu@6.0.0'], { date: DATE }).stacks[0]!.components.find((c) => c.id === 'torch-npu')!.version).toBe('2.4.0.post2');
  });

  it('fix counts taking a member as no change: adding PyTorch is the smallest fix, and a pinned set keeps to its members', () => {
    const r = fix(m, ['torch_npu@6.0.0', 'cann@8.0.0', 'python@3.10'], { date: DATE });
    expect(r.fixes[0]!.changes).toEqual([{ id: 'pytorch', from: null, to: '2.4.0' }]);
    const pinned = fix(m, ['torch_npu@6.0.0', 'torch@2.5.1', 'cann@8.0.0', 'python@3.10'], { date: DATE, pin: ['torch_npu'] });
    expect(pinned.fixes.length).toBeGreaterThan(0);
    for (const f of pinned.fixes) expect(f.changes.some((c) => c.id === 'torch-npu')).toBe(false);
    expect(pinned.fixes[0]!.changes).toEqual([{ id: 'pytorch', from: '2.5.1', to: '2.4.0' }]);
    // The product version as typed in another spelling (6.0.rc1 for 6.0.RC1) is the same set.
    expect(fix(m, ['torch_npu@6.0.rc1', 'cann@8.0.RC1', 'python@3.10'], { date: DATE }).fixes[0]!.changes.map((c) => c.id)).toEqual(['pytorch']);
  });

  it('a package version given as such is read as before', () => {
    const c = run(['torch_npu@2.7.1.post2', 'torch@2.7.1']).components.find((x) => x.id === 'torch-npu')!;
    expect(c.version).toBe('2.7.1.post2');
    expect(c.aka).toBeUndefined();
  });
});

describe('point releases', () => {
  // CANN 5.0.4's install guide lists "Ubuntu 18.04.1" and "Ubuntu 18.04.5"; Ubuntu's forms read a
  // point release as its release (os-release prints VERSION_ID="18.04").
  it('a point release a list names is in it', () => {
    expect(pair(['ascend-310', 'cann@5.0.4', 'ubuntu@18.04.1'], 'cann', 'ubuntu')?.status).toBe('supported');
    expect(pair(['ascend-310', 'cann@5.0.4', 'ubuntu@18.04.5'], 'cann', 'ubuntu')?.status).toBe('supported');
  });

  it('another point release of a listed release is undecided, never out', () => {
    // MindIE 1.0.RC3's closed list for the 910B on x86_64: "Ubuntu 20.04.1 / Ubuntu 22.04".
    const other = pair(['mindie@1.0.RC3', 'ubuntu@20.04.6', 'ascend-910b', 'x86_64'], 'mindie', 'ubuntu')!;
    expect(other.status).toBe('unknown');
    expect(pair(['mindie@1.0.RC3', 'ubuntu@20.04', 'ascend-910b', 'x86_64'], 'mindie', 'ubuntu')?.status).toBe('unknown');
    expect(pair(['mindie@1.0.RC3', 'ubuntu@20.04.1', 'ascend-910b', 'x86_64'], 'mindie', 'ubuntu')?.status).toBe('supported');
    // A range naming the release covers its point releases.
    expect(pair(['mindie@1.0.RC3', 'ubuntu@22.04.5', 'ascend-910b', 'x86_64'], 'mindie', 'ubuntu')?.status).toBe('supported');
  });

  it('a requirement naming one point release is not broken by another point release of it', () => {
    const tool = { id: 'point-tool', kind: 'toolkit', vendor: 'huawei', name: { en: 'Point tool', zh: 'Point tool' }, scheme: 'dotted', sources: ['https://example.com/point-tool'], releases: [{ version: '1.0', sources: ['https://example.com/point-tool'] }], rules: [{ releases: '1.0', requires: { ubuntu: '18.04.1' }, evidence: 'vendor', sources: ['https://example.com/point-tool'] }] };
    const withTool = Matrix.fromDataset({ ...m.dataset, products: [...m.dataset.products, tool] } as typeof m.dataset);
    const verdict = (os: string) => check(withTool, ['point-tool@1.0', `ubuntu@${os}`], { date: DATE }).verdict;
    expect(verdict('18.04.1')).toBe('fits');
    expect(verdict('18.04.3')).toBe('unknown');
    expect(verdict('20.04')).toBe('conflict');
  });
});
