import { keyValues } from './text.ts';

export interface CpuInfo {
  /** Architecture as Linux names it (lscpu only; /proc/cpuinfo does not say). */
  readonly arch?: string;
  readonly vendor?: string;
  readonly model?: string;
  /** lscpu on some ARM servers names the model only as the BIOS sees it. */
  readonly biosModel?: string;
  readonly family?: string;
  /** x86 `model` (cpuinfo) or `Model` (lscpu): the model number within the family, as printed. */
  readonly modelNumber?: string;
  /** ARM implementer and part codes (`0x48`, `0xd01`), when no model name is printed. */
  readonly implementer?: string;
  readonly part?: string;
}

/** `lscpu` output or `/proc/cpuinfo` (first processor): vendor, model, architecture and the IDs the CPU reports. */
export function parseCpu(text: string): CpuInfo {
  const kv = keyValues(text, ':');
  const get = (...keys: string[]) => {
    for (const k of keys) {
      const v = kv.get(k);
      if (v && v !== '-') return v;
    }
    return undefined;
  };
  const out = {
    arch: get('Architecture'),
    vendor: get('Vendor ID', 'vendor_id'),
    model: get('Model name', 'model name', 'Model Name'),
    biosModel: get('BIOS Model name'),
    family: get('CPU family', 'cpu family', 'CPU Family'),
    modelNumber: get('Model', 'model'),
    implementer: get('CPU implementer'),
    part: get('CPU part'),
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined)) as CpuInfo;
}
