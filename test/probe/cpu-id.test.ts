import { describe, expect, it } from 'vitest';
import { loadMatrix } from '../../src/data/load-matrix.ts';
import { describeCpuId, productsWithCpuId, reportedCpuId } from '../../src/probe/cpu-id.ts';
import { ProductSchema } from '../../src/schema/product.ts';

const matrix = loadMatrix();

describe('CPU IDs', () => {
  it('reads ARM implementer and part the way the kernel prints them, whatever the case or padding', () => {
    expect(reportedCpuId({ implementer: '0x48', part: '0xD01' })).toEqual({ implementer: '0x48', part: '0xd01' });
    expect(reportedCpuId({ implementer: '0x70', part: '0x663', model: 'Phytium,D2000/8' })).toEqual({ implementer: '0x70', part: '0x663' });
    expect(reportedCpuId({ implementer: 'HiSilicon', part: 'Kunpeng-920' })).toBeUndefined();
  });

  it('reads x86 vendor, family and model, and only numeric families (not LoongArch "Loongson-64bit")', () => {
    expect(reportedCpuId({ vendor: 'HygonGenuine', family: '24', modelNumber: '1' })).toEqual({ vendor: 'HygonGenuine', family: 24, model: 1 });
    expect(reportedCpuId({ vendor: 'Loongson', family: 'Loongson-64bit' })).toBeUndefined();
    expect(describeCpuId({ vendor: 'CentaurHauls', family: 7, model: 59 })).toBe('vendor_id CentaurHauls, cpu family 7, model 59');
  });

  it('finds every chip that reports an ID: one, several, or none', () => {
    expect(productsWithCpuId(matrix, { implementer: '0x48', part: '0xd01' }).map((p) => p.id)).toEqual(['kunpeng-920']);
    expect(productsWithCpuId(matrix, { implementer: '0x70', part: '0x663' }).map((p) => p.id).sort()).toEqual(['phytium-d2000', 'phytium-ft-2000-4']);
    expect(productsWithCpuId(matrix, { vendor: 'HygonGenuine', family: 24, model: 1 }).map((p) => p.id).sort()).toEqual(['hygon-c86-3250', 'hygon-c86-7285']);
    expect(productsWithCpuId(matrix, { vendor: 'GenuineIntel', family: 6, model: 85 })).toEqual([]);
  });

  it('every cpuid in the data is on a CPU, with sources, and the schema refuses malformed ones', () => {
    const withIds = matrix.products.filter((p) => p.cpuid);
    expect(withIds.length).toBeGreaterThanOrEqual(8);
    for (const p of withIds) expect(p.kind).toBe('cpu');
    const base = { id: 'x-cpu', kind: 'cpu', vendor: 'x', name: { en: 'X', zh: 'X' }, sources: ['https://example.org/x'] };
    const src = ['https://example.org/x'];
    expect(ProductSchema.safeParse({ ...base, cpuid: [{ implementer: '0x48', part: '0xd01', sources: src }] }).success).toBe(true);
    expect(ProductSchema.safeParse({ ...base, cpuid: [{ vendor: '  Shanghai  ', family: 7, sources: src }] }).success).toBe(true);
    expect(ProductSchema.safeParse({ ...base, cpuid: [{ implementer: '0x48', part: '0xD01', sources: src }] }).success).toBe(false);
    expect(ProductSchema.safeParse({ ...base, cpuid: [{ vendor: 'Shanghai', family: 7, sources: src }] }).success).toBe(false);
    expect(ProductSchema.safeParse({ ...base, cpuid: [{ implementer: '0x48', part: '0xd01' }] }).success).toBe(false);
    expect(ProductSchema.safeParse({ ...base, kind: 'os', cpuid: [{ implementer: '0x48', part: '0xd01', sources: src }] }).success).toBe(false);
  });
});
