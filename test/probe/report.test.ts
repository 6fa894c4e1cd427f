import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.ts';
import { lint } from '../../src/lint/lint.ts';
import { TableSchema } from '../../src/schema/table.ts';
import { ASCEND_SERVER, capturedTree } from '../helpers.ts';

const DATA = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data');

const ascendServer = () => capturedTree(ASCEND_SERVER);

function report(root: string): { code: number; text: string } {
  const out: string[] = [];
  const code = run(['probe', '--root', root, '--report', '--date', '2026-11-28'], { out: (t) => out.push(t), err: (t) => out.push(t), tty: false });
  return { code, text: out.join('\n') };
}

describe('probe --report', () => {
  it('writes the probed stack as one row of a tested table, with what was read and the verdict', () => {
    const { code, text } = report(ascendServer());
    expect(code).toBe(0);
    const record = parse(text);
    expect(record.evidence).toBe('tested');
    expect(record.when).toEqual({ arch: ['aarch64'] });
    const columns = record.columns.map((c: { product: string }) => c.product);
    expect(columns[0]).toBe('torch-npu');
    expect(new Set(columns)).toEqual(new Set(['torch-npu', 'vllm-ascend', 'vllm', 'pytorch', 'cann', 'ascend-hdk', 'openeuler', 'ascend-910b', 'kunpeng-920']));
    const row = Object.fromEntries(columns.map((c: string, i: number) => [c, record.rows[0][i]]));
    expect(row).toMatchObject({ 'torch-npu': '2.8.0', cann: '8.3.RC2', openeuler: '22.03 LTS SP3', 'ascend-910b': '*' });
    // The captured facts and the verdict travel with it.
    expect(text).toMatch(/^# {3}ascend-910b: 2 x 910B2C \(npu-smi info\)$/m);
    expect(text).toMatch(/^# Verdict of stackfit check before this evidence: (fits|unknown|conflict) \(\d+ supported, \d+ conflict, \d+ unknown pairs\)\.$/m);
    expect(record.notes).toMatch(/pytorch@2\.8\.0 from pip list \("torch 2\.8\.0\+cpu"\)/);
  });

  it('is refused by the linter until the tester names the publisher and the public page, then passes it', () => {
    const { text } = report(ascendServer());
    const record = parse(text);
    expect(TableSchema.safeParse(record).success).toBe(false);
    const data = mkdtempSync(join(tmpdir(), 'stackfit-report-data-'));
    cpSync(DATA, data, { recursive: true });
    writeFileSync(join(data, 'tables', `${record.id}.yaml`), text);
    expect(lint(data, { today: '2026-11-28' }).errorCount).toBeGreaterThan(0);
    const filled = text.replace('vendor: todo-who-ran-the-test', 'vendor: huawei').replace('"TODO: the https URL of the public page that shows this test"', '"https://github.com/example/stackfit-reports/issues/1"');
    expect(TableSchema.safeParse(parse(filled)).success).toBe(true);
    writeFileSync(join(data, 'tables', `${record.id}.yaml`), filled);
    const result = lint(data, { today: '2026-11-28' });
    expect(result.issues.filter((i) => i.severity === 'error' && (i.file ?? '').includes(record.id))).toEqual([]);
  });
});
