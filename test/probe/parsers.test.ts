import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCpu } from '../../src/probe/parsers/cpu.ts';
import { parseCnmon, parseEfsmi, parseHySmi, parseIxsmi, parseMthreadsGmi, parseMxSmi, parseNpuSmi, parseXpuSmi, type DeviceReport } from '../../src/probe/parsers/devices.ts';
import { parseOsRelease, parseOsVersion } from '../../src/probe/parsers/os-release.ts';
import { parseInstallInfo, parseMusaVersionQuery, parsePythonPackages, parsePythonVersion } from '../../src/probe/parsers/versions.ts';
import { FIXTURES } from '../helpers.ts';

/*
 * Every capture under test/fixtures/probe/<reader>/ is real output copied from a public page or
 * issue (its .json names the source); `expect` holds what it visibly says. Each parser must read
 * those facts back.
 */
const DIR = join(FIXTURES, 'probe');

interface Capture {
  readonly name: string;
  readonly text: string;
  readonly source: string;
  readonly command: string;
  readonly expect: Record<string, unknown>;
}

function captures(reader: string): Capture[] {
  const dir = join(DIR, reader);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => {
      const meta = JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/, '.json')), 'utf8'));
      return { name: f, text: readFileSync(join(dir, f), 'utf8'), ...meta };
    });
}

describe('probe captures', () => {
  it('every capture has its public source and the command or file it came from', () => {
    for (const reader of readdirSync(DIR)) {
      for (const c of captures(reader)) {
        expect(c.source, `${reader}/${c.name}`).toMatch(/^https:\/\//);
        expect(c.command, `${reader}/${c.name}`).toBeTruthy();
        for (const v of Object.values(c.expect)) if (typeof v === 'string') expect(c.text, `${reader}/${c.name}: "${v}" is not in the capture`).toContain(v);
      }
    }
  });
});

const DEVICE_PARSERS: Record<string, (text: string) => DeviceReport> = {
  'npu-smi': parseNpuSmi,
  cnmon: parseCnmon,
  efsmi: parseEfsmi,
  'hy-smi': parseHySmi,
  'xpu-smi': parseXpuSmi,
  ixsmi: parseIxsmi,
  'mthreads-gmi': parseMthreadsGmi,
  'mx-smi': parseMxSmi,
};

describe('device tool parsers', () => {
  for (const [reader, parse] of Object.entries(DEVICE_PARSERS)) {
    // Board views (`npu-smi info -t board`) and JSON modes are other commands than the table:
    // the table parser must find no devices in them rather than misread them.
    const all = captures(reader);
    const other = all.filter((c) => /-t board|--json/.test(c.command));
    if (other.length) {
      it(`${reader}: reads no device table from other commands' output`, () => {
        for (const c of other) expect(parse(c.text).devices, c.name).toEqual([]);
      });
    }
    for (const c of all.filter((x) => !other.includes(x))) {
      it(`${reader}/${c.name}`, () => {
        const r = parse(c.text);
        const e = c.expect;
        const rows = (e.chips ?? e.count) as number | undefined;
        if (rows !== undefined) expect(r.devices.length).toBe(rows);
        if (e.npu_ids) expect([...new Set(r.devices.map((d) => d.index))]).toEqual(e.npu_ids);
        if (typeof e.chip === 'string') expect(new Set(r.devices.map((d) => d.model))).toEqual(new Set([e.chip]));
        if (e.tool_version) expect(r.toolVersion).toBe(e.tool_version);
        if (e.driver) expect(r.driver).toBe(e.driver);
        if (e.maca) expect(r.toolkit).toBe(e.maca);
        if (e.runtime) expect(r.toolkit).toBe(e.runtime);
      });
    }
  }

  it('reads nothing from text that is not its tool', () => {
    for (const parse of Object.values(DEVICE_PARSERS)) {
      for (const junk of ['', 'command not found', '| 0 | 1 |\n+---+', '\u0000\u0001garbage', 'x'.repeat(100_000)]) {
        expect(parse(junk).devices).toEqual([]);
      }
    }
  });
});

describe('os-release', () => {
  for (const c of captures('os-release')) {
    it(c.name, () => {
      const os = parseOsRelease(c.text);
      const e = c.expect as Record<string, string>;
      expect([os.ID, os.NAME, os.VERSION, os.VERSION_ID]).toEqual([e.id, e.name, e.version, e.version_id]);
    });
  }
  for (const c of captures('os-version')) {
    it(`os-version/${c.name}`, () => {
      const v = parseOsVersion(c.text);
      for (const [k, want] of Object.entries(c.expect)) expect(v[k]).toBe(want);
    });
  }
});

describe('cpu', () => {
  for (const c of captures('cpuinfo')) {
    it(c.name, () => {
      const cpu = parseCpu(c.text);
      const e = c.expect as Record<string, string>;
      if (e.model) expect(cpu.model).toBe(e.model);
      if (e.bios_model) expect(cpu.biosModel).toBe(e.bios_model);
      if (e.vendor) expect(cpu.vendor).toBe(e.vendor);
      if (e.cpu_family) expect(cpu.family).toBe(e.cpu_family);
      if (e.implementer) expect(cpu.implementer).toBe(e.implementer);
      if (e.part) expect(cpu.part).toBe(e.part);
      if (e.arch && c.command.includes('lscpu')) expect(cpu.arch).toBe(e.arch);
    });
  }
});

describe('toolkit version files and Python packages', () => {
  for (const c of captures('cann')) {
    it(`cann/${c.name}`, () => {
      const info = parseInstallInfo(c.text);
      for (const [k, want] of Object.entries(c.expect)) expect(info[k]).toBe(want);
    });
  }
  for (const c of captures('musa')) {
    it(`musa/${c.name}`, () => {
      const v = parseMusaVersionQuery(c.text);
      expect(v.musa_toolkits).toBe(c.expect.musa_toolkits);
      if (c.expect.mcc) expect(v.mcc).toBe(c.expect.mcc);
      if (c.expect.mudnn) expect(v.mudnn).toBe(c.expect.mudnn);
    });
  }
  for (const c of captures('pip')) {
    it(`pip/${c.name}`, () => {
      const found = parsePythonPackages(c.text);
      const norm = (n: string) => n.toLowerCase().replace(/[\s\-_.]+/g, '_');
      const byName = new Map([...found].map(([n, v]) => [norm(n), v]));
      for (const [name, version] of Object.entries(c.expect)) expect(byName.get(norm(name)), name).toBe(version);
    });
  }
});

describe('every parser is linear in its input', () => {
  /*
   * One line of about a megabyte in each shape that made a pattern backtrack: runs of spaces
   * between words and before the end (`/\s+$/`, a lazy name before `\s+`), digits and dots
   * (`/(v?\d+(?:\.\d+)+)$/`), a table row without its closing bar. Before, a 20 KB line took
   * 0.6-1.4 s in every parser (a 1 MB line, half an hour); a linear parser reads 1 MB in milliseconds.
   */
  const N = 1 << 20;
  const SHAPES: Record<string, string> = {
    'spaces between two words': `a${' '.repeat(N)}b`,
    'key=value with spaces after': `PRETTY_NAME="x"${' '.repeat(N)}x`,
    'a labelled version with spaces': `torch${' '.repeat(N)}x Version: 1.0`,
    'digits and dots in a cell': `| 0 / MLU370-X8 v1 | ${'1.'.repeat(N / 2)}x |`,
    'a table row without its bar': `0 MTT S80${' '.repeat(N)}b`,
    'one word': 'x'.repeat(N),
    'separators only': ':='.repeat(N / 2),
  };
  const PARSERS: Record<string, (text: string) => unknown> = {
    parseCpu,
    parseOsRelease,
    parseOsVersion,
    parseNpuSmi,
    parseCnmon,
    parseEfsmi,
    parseHySmi: (t) => parseHySmi(`DCU  Temp\n${t}`),
    parseXpuSmi: (t) => parseXpuSmi(`| DevID | PCI Addr | Model |\n${t}`),
    parseIxsmi,
    parseMthreadsGmi: (t) => parseMthreadsGmi(`ID   Name\n${t}`),
    parseMxSmi,
    parseInstallInfo,
    parseMusaVersionQuery: (t) => parseMusaVersionQuery(`musa_toolkits:\n${t}`),
    parsePythonPackages,
    parsePythonVersion,
  };
  for (const [parser, parse] of Object.entries(PARSERS)) {
    it(`${parser} reads a 1 MB line of each shape in well under a second`, () => {
      for (const [shape, line] of Object.entries(SHAPES)) {
        const t = performance.now();
        parse(`${line}\n`);
        expect(performance.now() - t, shape).toBeLessThan(1000);
      }
    });
  }
});
