import { internalsOf, type Matrix } from '../data/matrix.ts';
import type { CpuId, Product } from '../schema/product.ts';
import type { CpuInfo } from './parsers/cpu.ts';

/** The ID a CPU reported: ARM implementer and part, or x86 vendor string, family and model. */
export type ReportedCpuId = { readonly implementer: string; readonly part: string } | { readonly vendor: string; readonly family: number; readonly model?: number };

const HEX_BYTE = /^0x[0-9a-f]{1,2}$/;
const HEX_PART = /^0x[0-9a-f]{1,3}$/;
const DECIMAL = /^\d{1,4}$/;

/** `0xD01` and `0xd01` alike, padded the way the kernel prints them (`0x%02x`, `0x%03x`). */
const hex = (text: string, width: number) => `0x${text.slice(2).toLowerCase().padStart(width, '0')}`;

/**
 * The ID in what lscpu or /proc/cpuinfo printed, if it printed one: ARM `CPU implementer` and
 * `CPU part`; x86 `vendor_id` (12 characters, CPUID's vendor string) with a numeric `cpu family`
 * (and `model`). LoongArch and Sunway print names only (`Model Name`), which are matched as names.
 */
export function reportedCpuId(cpu: CpuInfo): ReportedCpuId | undefined {
  const implementer = cpu.implementer?.toLowerCase();
  const part = cpu.part?.toLowerCase();
  if (implementer && part && HEX_BYTE.test(implementer) && HEX_PART.test(part)) return { implementer: hex(implementer, 2), part: hex(part, 3) };
  // The 12-character vendor string, trimmed as printed ("  Shanghai  " reads as "Shanghai").
  if (cpu.vendor && cpu.vendor.length <= 12 && /^[\x21-\x7e][\x20-\x7e]*$/.test(cpu.vendor) && cpu.family && DECIMAL.test(cpu.family)) {
    const model = cpu.modelNumber && DECIMAL.test(cpu.modelNumber) ? Number(cpu.modelNumber) : undefined;
    return { vendor: cpu.vendor, family: Number(cpu.family), ...(model !== undefined ? { model } : {}) };
  }
  return undefined;
}

/** The ID as the machine printed it: `CPU implementer 0x48, CPU part 0xd01`, `vendor_id HygonGenuine, cpu family 24, model 1`. */
export function describeCpuId(id: ReportedCpuId): string {
  if ('implementer' in id) return `CPU implementer ${id.implementer}, CPU part ${id.part}`;
  return `vendor_id ${id.vendor}, cpu family ${id.family}${id.model !== undefined ? `, model ${id.model}` : ''}`;
}

function matches(entry: CpuId, id: ReportedCpuId): boolean {
  if ('implementer' in entry) return 'implementer' in id && entry.implementer === id.implementer && entry.part === id.part;
  return 'vendor' in id && entry.vendor.trim() === id.vendor.trim() && entry.family === id.family && (entry.model === undefined || entry.model === id.model);
}

/**
 * The CPUs whose records list this ID (`cpuid`). Several chips may share one ID (one core in
 * several products, one x86 family and model for several SKUs), so the answer may be a list.
 *
 * @example
 * productsWithCpuId(matrix, { implementer: '0x48', part: '0xd01' }) // [kunpeng-920]
 */
export function productsWithCpuId(matrix: Matrix, id: ReportedCpuId): Product[] {
  return internalsOf(matrix).dataset.products.filter((p) => p.kind === 'cpu' && (p.cpuid ?? []).some((entry) => matches(entry, id)));
}
