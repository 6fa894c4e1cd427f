import { parseNpuSmi } from '../probe/parsers/devices.ts';
import { emptyReading, lineOf, splitLines, withoutLongLines, type Reading } from './types.ts';

/**
 * `npu-smi info`: each NPU model its table names (`910B2C`, `310P3`), once, and the driver
 * version of its header as `npu-smi VERSION` (the data says which product and release that is).
 *
 * @example
 * readNpuSmi(capture).mentions // [{ type: 'product', name: '910B2C', line: 7 }, { type: 'product', name: 'npu-smi', version: '23.0.3', line: 2 }]
 */
export function readNpuSmi(input: string): Reading {
  const out = emptyReading();
  const text = withoutLongLines(input);
  const lines = splitLines(text);
  const report = parseNpuSmi(text);
  if (!report.devices.length && !report.driver) {
    out.unread.push({ line: 1, text: lines[0]?.trim() ?? '', expected: 'an npu-smi info table ("| npu-smi VERSION  Version: VERSION |" and NPU rows)' });
    return out;
  }
  const seen = new Set<string>();
  for (const d of report.devices) {
    if (!d.model || seen.has(d.model)) continue;
    seen.add(d.model);
    out.mentions.push({ type: 'product', name: d.model, line: lineOf(lines, ` ${d.model} `) || 1 });
  }
  if (report.driver) out.mentions.push({ type: 'product', name: 'npu-smi', version: report.driver, line: lineOf(lines, 'npu-smi') || 1 });
  return out;
}
