import { cells, first, lastWord, lines } from './text.ts';

/** What a vendor's device tool printed: its own version, the driver and the devices. */
export interface DeviceReport {
  readonly toolVersion?: string;
  readonly driver?: string;
  /** A toolkit version some tools print (MetaX MACA, Kunlunxin runtime). */
  readonly toolkit?: string;
  readonly devices: readonly { readonly index: string; readonly model?: string }[];
}

/** A model name as device tables print it: one or two words (`S60`, `MetaX C500`, `Enflame S60G`). */
const MODEL = /^[A-Za-z][\w-]*(?: [A-Za-z0-9][\w-]*)?$/;

function report(toolVersion: string | undefined, driver: string | undefined, devices: DeviceReport['devices'], toolkit?: string): DeviceReport {
  return { ...(toolVersion ? { toolVersion } : {}), ...(driver ? { driver } : {}), ...(toolkit ? { toolkit } : {}), devices };
}

/** Rows of a box-drawn table whose first cell is `<index> <name>`, name matching `name`. */
function indexedRows(text: string, name: RegExp): { index: string; model: string; rest: string[] }[] {
  const out: { index: string; model: string; rest: string[] }[] = [];
  for (const line of lines(text)) {
    const [head, ...rest] = cells(line);
    const m = head ? /^(\d+)\s+(.+)$/.exec(head) : null;
    if (!m || !name.test(m[2]!)) continue;
    out.push({ index: m[1]!, model: m[2]!.trim(), rest });
  }
  return out;
}

/**
 * Huawei `npu-smi info`: `| npu-smi 23.0.3   Version: 23.0.3 |`, then per NPU a row
 * `| 0     910B2C   | OK | ...` followed by its chip row (`| 0   | 0000:5A:00.0 | ...`).
 */
export function parseNpuSmi(text: string): DeviceReport {
  const toolVersion = first(text, /npu-smi\s+(\S+)/);
  const driver = first(text, /npu-smi\s+\S+\s+Version:\s*(\S+)/);
  // Name cells are one token (910B2C, 310, 910A); the process table's rows have no health cell.
  const rows = indexedRows(text, /^\S+$/).filter((r) => r.rest.length >= 2 && /^[A-Za-z]/.test(r.rest[0] ?? ''));
  return report(toolVersion, driver, rows.map((r) => ({ index: r.index, model: r.model })));
}

/** Cambricon `cnmon`: `| CNMON v5.10.13   Driver v5.10.13 |`, devices `| 0  /  MLU370-X8  v1.1.6 | ...`. */
export function parseCnmon(text: string): DeviceReport {
  const toolVersion = first(text, /CNMON\s+(v?[\d.]+)/i);
  const found = indexedRows(text, /^(?:\/|\d+)\s+\S+/);
  const rows = found.map((r) => {
    const parts = r.model.split(/\s+/);
    return { index: r.index, model: parts[1] ?? parts[0]! };
  });
  // Newer cnmon prints `Driver v5.10.13` in its header; older ones a Driver column per card.
  const driver = first(text, /Driver\s+(v?\d[\d.]*)/) ?? found.map((r) => /^v?\d+(?:\.\d+)+$/.exec(lastWord(r.rest[0] ?? ''))?.[0]).find(Boolean);
  return report(toolVersion, driver, rows.filter((r) => /^[A-Za-z]/.test(r.model)));
}

/** Enflame `efsmi`: `|EFSMI    V1.2.0.301       Driver Ver: 1.2.0.301 |`, devices `| 0      S60   | FW | ...`. */
export function parseEfsmi(text: string): DeviceReport {
  const toolVersion = first(text, /EFSMI:?\s+(V?[\d.]+)/i);
  const driver = first(text, /Driver Ver:\s*(\S+)/);
  const rows = indexedRows(text, MODEL);
  return report(toolVersion, driver, rows.map((r) => ({ index: r.index, model: r.model })));
}

/**
 * Hygon `hy-smi` (and `rocm-smi` on DCU): a header `DCU  Temp ...` (`GPU  Temp` in older ROCm
 * builds) and one line per device. It prints no model name.
 */
export function parseHySmi(text: string): DeviceReport {
  const all = lines(text);
  const header = all.findIndex((l) => /^(?:DCU|GPU)\s+Temp\b/.test(l.trim()));
  if (header < 0) return report(undefined, undefined, []);
  const devices: { index: string }[] = [];
  for (const line of all.slice(header + 1)) {
    const m = /^(\d+)\s+\S/.exec(line.trim());
    if (!m) break;
    devices.push({ index: m[1]! });
  }
  return report(undefined, undefined, devices);
}

/** Kunlunxin `xpu_smi`: `Runtime Version: 4.31`, `Driver Version: 4.0`, rows `| 0 | 0000:53:00.0 | R300 | ...`. */
export function parseXpuSmi(text: string): DeviceReport {
  const runtime = first(text, /Runtime Version:\s*(\S+)/);
  const driver = first(text, /Driver Version:\s*(\S+)/);
  const devices: { index: string; model: string }[] = [];
  let header: string[] | undefined;
  for (const line of lines(text)) {
    const c = cells(line);
    if (c[0] === 'DevID') {
      header = c;
      continue;
    }
    if (!header?.includes('PCI Addr') || !/^\d+$/.test(c[0] ?? '')) continue;
    const model = c[header.indexOf('Model')];
    if (model) devices.push({ index: c[0]!, model });
  }
  return report(undefined, driver, devices, runtime);
}

/** Iluvatar `ixsmi`: `|  IX-ML: 4.0.0   Driver Version: 4.2.0   CUDA Version: N/A |`, rows `| 0  Iluvatar BI-V100 | ...`. */
export function parseIxsmi(text: string): DeviceReport {
  const toolVersion = first(text, /IX-ML:\s*(\S+)/);
  const driver = first(text, /Driver Version:\s*(\S+)/);
  const rows = indexedRows(text, /^[A-Za-z]/);
  return report(toolVersion, driver, rows.map((r) => ({ index: r.index, model: r.model })));
}

/** Moore Threads `mthreads-gmi`: `mthreads-gmi:1.14.0   Driver Version:2.7.0`, rows `0    MTT S80   |00000000:01:00.0 |...`. */
export function parseMthreadsGmi(text: string): DeviceReport {
  const toolVersion = first(text, /mthreads-gmi:\s*(\S+)/);
  const driver = first(text, /Driver Version:\s*(\S+)/);
  const devices: { index: string; model: string }[] = [];
  let inDevices = false;
  for (const line of lines(text)) {
    if (/^ID\s+Name\b/.test(line)) inDevices = true;
    else if (/^Processes:/.test(line)) inDevices = false;
    if (!inDevices) continue;
    // `<index> <name> |`: split at the first bar by index (a lazy name before `\s*\|` backtracks on long lines).
    const bar = line.indexOf('|');
    const m = bar > 0 ? /^(\d+)\s+(\S.*)$/.exec(line.slice(0, bar).trimEnd()) : null;
    if (m) devices.push({ index: m[1]!, model: m[2]! });
  }
  return report(toolVersion, driver, devices);
}

/** MetaX `mx-smi`: `| MX-SMI 2.1.6   Kernel Mode Driver Version: 2.5.014 |`, `| MACA Version: 2.23.0.1018 ...`, rows `| 0   MXC550 | ...`. */
export function parseMxSmi(text: string): DeviceReport {
  const toolVersion = first(text, /MX-SMI\s+(?:version:\s*)?(\d\S*)/i);
  const driver = first(text, /Kernel Mode Driver Version:\s*(\S+)/);
  const maca = first(text, /MACA Version:\s*(\S+)/);
  const rows = indexedRows(text, MODEL);
  return report(toolVersion, driver, rows.map((r) => ({ index: r.index, model: r.model })), maca);
}
