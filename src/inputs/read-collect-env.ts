import { parseCpu } from '../probe/parsers/cpu.ts';
import { parseXpuSmi } from '../probe/parsers/devices.ts';
import { readInstallInfo } from './read-install-info.ts';
import { readNpuSmi } from './read-npu-smi.ts';
import { emptyReading, lineOf, MAX_LINE, shown, splitLines, withoutLongLines, type Reading } from './types.ts';

/** `Label: value` and vLLM's padded `Label        : value`. */
const LABELLED = /^([A-Za-z][\w .()/-]*?)\s*:\s*(.+)$/;
/** `... version` labels that name build tools, not stack layers. */
const TOOLCHAIN = /^(?:GCC|Clang|CMake|Libc|HIP runtime|MIOpen runtime|CUDA runtime|cuDNN|ROCM used to build PyTorch|CUDA used to build PyTorch|Python platform)\b/i;

/**
 * `collect_env.py` reports: vLLM's (padded `Label : value` sections), vllm-ascend's (with `NPU:`
 * holding `npu-smi info` and `CANN:` holding `ascend_toolkit_install.info`) and vLLM-Kunlun's.
 * Reads the OS and its architecture, Python, PyTorch, the CPU model (lscpu lines), the `[pip3]`
 * and `[conda]` package lines, `vLLM ... Version:` lines, the NPU and CANN sections, and
 * vLLM-Kunlun's `XPU N: MODEL (..GB)` devices and `Kunlun driver version`/`XRE (Runtime) version`
 * lines (any other `NAME version : VALUE` line is offered to the data as product NAME).
 *
 * @example
 * readCollectEnv('OS: Ubuntu 22.04.5 LTS (aarch64)\nvLLM Version: 0.9.1\n').mentions.map((m) => m.name) // ['Ubuntu 22.04.5 LTS', 'aarch64', 'vLLM']
 */
export function readCollectEnv(input: string): Reading {
  const out = emptyReading();
  const text = withoutLongLines(input);
  const lines = splitLines(text);
  lines.forEach((raw, i) => {
    const line = i + 1;
    const t = raw.trim();
    // Report lines are short; a long one is no field this reader knows (and never runs through a pattern).
    if (t.length > MAX_LINE) return;
    const pkg = /^\[(pip\d?|conda)\]\s+(.*)$/.exec(t);
    if (pkg) {
      const body = pkg[2]!.trim();
      const pinned = /^([A-Za-z0-9][\w.-]*)==(\S+)$/.exec(body);
      const column = /^([A-Za-z0-9_][\w.-]*)\s+(\d\S*)(?:\s+\S+){0,2}$/.exec(body);
      const hit = pinned ?? column;
      if (hit) out.mentions.push({ type: 'package', name: hit[1]!, version: hit[2]!, line });
      else if (!/^(Could not collect|No relevant packages)$/i.test(body)) out.unread.push({ line, text: shown(t), expected: '"[pip3] NAME==VERSION" or "[conda] NAME VERSION BUILD"' });
      return;
    }
    const xpu = /^XPU \d+:\s*(.+?)\s*\([\d.]+\s*GB\)$/.exec(t);
    if (xpu) return void out.mentions.push({ type: 'product', name: xpu[1]!, line });
    const m = LABELLED.exec(t);
    if (!m) return;
    const label = m[1]!.trim();
    const value = m[2]!.trim();
    if (/^(Could not collect|N\/A|None)$/i.test(value)) return;
    if (label === 'OS') {
      const arch = /\(([\w-]+)\)\s*$/.exec(value);
      out.mentions.push({ type: 'product', name: arch ? value.slice(0, arch.index).trim() : value, line });
      if (arch) out.mentions.push({ type: 'arch', name: arch[1]!, line });
    } else if (label === 'Python version') {
      const v = /^(\d+\.\d+(?:\.\d+)?\S*)/.exec(value);
      if (v) out.mentions.push({ type: 'package', name: 'python', version: v[1]!, line });
    } else if (label === 'PyTorch version') {
      out.mentions.push({ type: 'package', name: 'torch', version: value.split(/\s+/)[0]!, line });
    } else if (/^vLLM\b.*\bVersion$/i.test(label)) {
      const v = /^v?(\d\S*)/.exec(value);
      if (v) out.mentions.push({ type: 'package', name: label.replace(/\s*Version$/i, ''), version: v[1]!, line });
      else out.unread.push({ line, text: shown(t), expected: `a version after "${label}:"` });
    } else if (/\sversion$/i.test(label) && !TOOLCHAIN.test(label)) {
      const v = /^v?(\d[^\s,;]*)/.exec(value);
      if (v) out.mentions.push({ type: 'product', name: label.replace(/\s+version$/i, ''), version: v[1]!, line });
    }
  });
  const cpu = parseCpu(text);
  for (const model of [cpu.model, cpu.biosModel]) {
    if (model) out.mentions.push({ type: 'product', name: model, line: lineOf(lines, model) || 1 });
  }
  if (cpu.arch && !out.mentions.some((x) => x.type === 'arch')) out.mentions.push({ type: 'arch', name: cpu.arch, line: lineOf(lines, 'Architecture') || 1 });
  if (/\|\s*npu-smi\s/.test(text)) out.mentions.push(...readNpuSmi(text).mentions);
  if (/^\s*package_name=/m.test(text)) out.mentions.push(...readInstallInfo(text).mentions.filter((x) => x.type !== 'arch'));
  if (/\bDevID\b/.test(text)) {
    const seen = new Set<string>();
    for (const d of parseXpuSmi(text).devices) {
      if (!d.model || seen.has(d.model)) continue;
      seen.add(d.model);
      out.mentions.push({ type: 'product', name: d.model, line: lineOf(lines, d.model) || 1 });
    }
  }
  return out;
}
