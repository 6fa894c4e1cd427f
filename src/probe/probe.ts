import { internalsOf, type Matrix } from '../data/matrix.ts';
import { normalizeName } from '../data/normalize-name.ts';
import { parseStack } from '../engine/parse-stack.ts';
import type { Product } from '../schema/product.ts';
import { PROBE_COMMANDS, type ProbeCommand } from './commands.ts';
import { describeCpuId, productsWithCpuId, reportedCpuId } from './cpu-id.ts';
import { parseCpu, type CpuInfo } from './parsers/cpu.ts';
import { parseCnmon, parseEfsmi, parseHySmi, parseIxsmi, parseMthreadsGmi, parseMxSmi, parseNpuSmi, parseXpuSmi, type DeviceReport } from './parsers/devices.ts';
import { parseOsRelease, parseOsVersion } from './parsers/os-release.ts';
import { parseInstallInfo, parseMusaVersionQuery, parsePythonPackages, parsePythonVersion } from './parsers/versions.ts';
import { cleanModel, headOf, modelWords, nameCandidates } from './model-names.ts';
import { printable } from './printable.ts';
import { liveSystem, rootSystem, type ProbeSystem, type Read } from './system.ts';

export { nameCandidates };

/** Longest note or reason kept (each quote inside is already cut to MAX_QUOTE_LENGTH). */
const MAX_MESSAGE_LENGTH = 1000;
/** Captured text quoted in a message: printable and short. */
const q = (text: string | undefined) => printable(text ?? '');

/** One stack item found on the machine, with where it was read and what was printed there. */
export interface ProbeFinding {
  /** A stack item for `check`: `ascend-910b`, `cann@8.0.0`, `aarch64`. */
  readonly item: string;
  /** The file or command it was read from. */
  readonly from: string;
  /** What that source printed, in short. */
  readonly printed: string;
  /** Anything the reader could not use (a version the data does not know, say). */
  readonly note?: string;
}

/** A source that gave nothing: the tool is missing, the file unreadable, or what it printed names no known product. */
export interface ProbeMiss {
  readonly reader: string;
  readonly from: string;
  readonly reason: string;
}

export interface ProbeResult {
  /** The stack found, ready for `check`. */
  readonly items: readonly string[];
  readonly found: readonly ProbeFinding[];
  /** Sources that were absent or unreadable. */
  readonly notDetected: readonly ProbeMiss[];
  /** Sources that printed something no record of the data names. */
  readonly unrecognized: readonly ProbeMiss[];
}

export interface ProbeOptions {
  /** Read a captured system tree instead of this machine (see `rootSystem`). */
  readonly root?: string;
  /** Time each command may take (default 5000 ms). */
  readonly timeoutMs?: number;
  /** Read through this instead (tests). */
  readonly system?: ProbeSystem;
}

/** The first name that resolves exactly (aliases, en/zh names) to a product. */
function resolveFirst(matrix: Matrix, names: readonly (string | undefined)[]): Product | undefined {
  return resolveNamed(matrix, names)?.product;
}

function resolveNamed(matrix: Matrix, names: readonly (string | undefined)[]): { product: Product; name: string } | undefined {
  for (const name of names) {
    if (!name) continue;
    const product = internalsOf(matrix).lookup(name);
    if (product) return { product, name };
  }
  return undefined;
}

/**
 * When a model was found only after dropping trailing words of what was printed
 * (`Loongson-3A6000-HV` read as `Loongson 3A6000`), say so: the dropped words may name a variant.
 */
function shortenedNote(whole: string, matched: string): string | undefined {
  const printed = headOf(whole);
  const cleaned = cleanModel(printed);
  const words = modelWords(cleaned);
  const got = modelWords(matched);
  // Same words (or the model without its vendor word): nothing was dropped.
  if (got.length >= words.length || normalizeName(cleaned).endsWith(normalizeName(matched))) return undefined;
  return `read "${q(printed)}" as "${q(matched)}"; the words after it were dropped and may name a variant`;
}

/** The first version the product's scheme reads, canonical; the rest are ignored. */
function versionOf(matrix: Matrix, product: Product, versions: readonly (string | undefined)[]): string | undefined {
  if (!product.scheme) return undefined;
  for (const v of versions) {
    if (!v) continue;
    try {
      const c = parseStack(matrix, [`${product.id}@${v}`]).components[0];
      if (c?.version) return c.version;
    } catch {
      // Not a version of this product: try the next form.
    }
  }
  return undefined;
}

/**
 * Whether a printed device name is a family name rather than one model: it is the product's own
 * id or name (not one of its aliases, which are exact model strings) and another product of the
 * same kind has a name that extends it. Atlas A3 servers print `Ascend910` for their chips, which
 * is also the name of the first-generation Ascend 910 and the start of `Ascend 910B`/`910C`.
 */
function isFamilyName(matrix: Matrix, printed: string, product: Product): boolean {
  const key = normalizeName(printed);
  if (![product.id, product.name.en, product.name.zh].some((n) => normalizeName(n) === key)) return false;
  return internalsOf(matrix).dataset.products.some((p) => p.id !== product.id && p.kind === product.kind && [p.id, p.name.en, p.name.zh, ...(p.aliases ?? [])].some((n) => normalizeName(n).startsWith(key)));
}

/** The one product of a kind a vendor makes, if exactly one (the driver of an NPU's vendor). */
function onlyOf(matrix: Matrix, kind: Product['kind'], vendor: string): Product | undefined {
  const all = internalsOf(matrix).dataset.products.filter((p) => p.kind === kind && p.vendor === vendor);
  return all.length === 1 ? all[0] : undefined;
}

class Collector {
  readonly found: ProbeFinding[] = [];
  readonly notDetected: ProbeMiss[] = [];
  readonly unrecognized: ProbeMiss[] = [];
  constructor(readonly matrix: Matrix) {}

  /** Adds a product with the first version it reads; a product already found is kept as found first. */
  add(product: Product, versions: readonly (string | undefined)[], from: string, printed: string, readAs?: string): void {
    if (this.found.some((f) => f.item === product.id || f.item.startsWith(`${product.id}@`))) return;
    const given = versions.filter((v): v is string => Boolean(v));
    const version = versionOf(this.matrix, product, given);
    const note = product.scheme && given.length && !version ? `version "${q(given[0])}" is not a ${product.scheme} version stackfit reads; kept without a version` : readAs;
    this.found.push({ item: version ? `${product.id}@${version}` : product.id, from: printable(from, MAX_MESSAGE_LENGTH), printed: q(printed), ...(note ? { note: printable(note, MAX_MESSAGE_LENGTH) } : {}) });
  }

  /** A finding that is not a product (the architecture). */
  push(item: string, from: string, printed: string): void {
    this.found.push({ item, from: printable(from, MAX_MESSAGE_LENGTH), printed: q(printed) });
  }

  miss(reader: string, read: Extract<Read, { ok: false }>): void {
    this.notDetected.push({ reader, from: printable(read.from, MAX_MESSAGE_LENGTH), reason: printable(read.reason, MAX_MESSAGE_LENGTH) });
  }

  unknown(reader: string, from: string, reason: string): void {
    this.unrecognized.push({ reader, from: printable(from, MAX_MESSAGE_LENGTH), reason: printable(reason, MAX_MESSAGE_LENGTH) });
  }
}

const isNotFound = (read: Extract<Read, { ok: false }>) => read.reason === 'file not found';

function readOs(sys: ProbeSystem, c: Collector): void {
  let read = sys.readFile('/etc/os-release');
  if (!read.ok) {
    // A refusal (a link out of --root, a FIFO) is reported even when the fallback is read.
    if (!isNotFound(read)) c.miss('os', read);
    read = sys.readFile('/usr/lib/os-release');
  }
  if (!read.ok) return isNotFound(read) && c.notDetected.some((m) => m.reader === 'os') ? undefined : c.miss('os', read);
  const os = parseOsRelease(read.text);
  const product = resolveFirst(c.matrix, [os.ID, os.NAME, os.ID?.split('-')[0]]);
  if (!product) return c.unknown('os', read.from, `ID="${q(os.ID)}" NAME="${q(os.NAME)}" is not an operating system in the data`);
  const clean = (v: string | undefined) => v?.replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim();
  // VERSION first ("22.03 (LTS-SP3)"), its leading number ("22.04.5 LTS (Jammy Jellyfish)"),
  // Kylin's PROJECT_CODENAME ("V10SP1"), then VERSION_ID.
  const versions = [clean(os.VERSION), os.VERSION?.split(/\s+/)[0], os.PROJECT_CODENAME, clean(os.VERSION_US), os.VERSION_ID];
  let from = read.from;
  // UnionTech keeps the edition (1050e, 1070a) in /etc/os-version only.
  const ov = sys.readFile('/etc/os-version');
  if (!ov.ok && !isNotFound(ov)) c.miss('os', ov);
  if (ov.ok) {
    const v = parseOsVersion(ov.text);
    if (v.MajorVersion && v.MinorVersion) {
      versions.unshift(`V${v.MajorVersion} ${v.MinorVersion}${v.EditionName ?? ''}`);
      from = `${read.from}, ${ov.from}`;
    }
  }
  // When the data tells releases apart that os-release does not (Kylin V10 SP1-SP3 all say
  // VERSION_ID=V10, CentOS 7.x says 7), say so rather than guess.
  const stated = versionOf(c.matrix, product, versions);
  const finer = stated && stated !== clean(os.VERSION) ? c.matrix.releases(product.id).map((r) => r.version).filter((v) => v.startsWith(`${stated} `) || v.startsWith(`${stated}.`)) : [];
  const shown = finer.length > 4 ? `${finer.slice(0, 4).join(', ')}, ...` : finer.join(', ');
  const note = finer.length ? `the data tells ${shown} apart; ${stated} is what this system states (VERSION="${q(os.VERSION)}"): give the exact release as an extra item` : undefined;
  c.add(product, versions, from, `${os.NAME ?? os.ID ?? ''} ${os.VERSION ?? os.VERSION_ID ?? ''}`.trim(), note);
}

/** The product a printed CPU model (or BIOS model) names, trying its shortened forms. */
function resolveCpuName(matrix: Matrix, cpu: CpuInfo): { product: Product; name: string } | undefined {
  const names = [...(cpu.model ? nameCandidates(cpu.model) : []), ...(cpu.biosModel ? nameCandidates(cpu.biosModel) : [])];
  if (cpu.vendor && cpu.model) names.push(...nameCandidates(`${cpu.vendor} ${cpu.model}`));
  return resolveNamed(matrix, names);
}

/**
 * The CPU: by the model name lscpu (or /proc/cpuinfo) prints; failing that, by the ID the CPU
 * reports (ARM implementer and part, x86 vendor, family and model; /proc/cpuinfo is read for them
 * when lscpu names no known chip, since lscpu prints ARM IDs as names). An ID names a chip only
 * when no model name was printed at all and exactly one chip in the data reports it: a printed
 * name the data does not know is more likely a chip missing from the data than one it has.
 */
function readCpu(sys: ProbeSystem, c: Collector): void {
  let read = sys.run(PROBE_COMMANDS.lscpu);
  if (!read.ok) {
    const info = sys.readFile('/proc/cpuinfo');
    if (!info.ok) {
      c.miss('cpu', read);
      return c.miss('cpu', info);
    }
    read = info;
  }
  let cpu = parseCpu(read.text);
  let arch = cpu.arch;
  if (!arch) {
    const u = sys.run(PROBE_COMMANDS.uname);
    if (u.ok) arch = u.text.trim() || undefined;
  }
  let from = read.from;
  let hit = resolveCpuName(c.matrix, cpu);
  if (!hit && from !== '/proc/cpuinfo') {
    const info = sys.readFile('/proc/cpuinfo');
    const more = info.ok ? parseCpu(info.text) : undefined;
    const named = more ? resolveCpuName(c.matrix, more) : undefined;
    if (info.ok && more && (named || (!reportedCpuId(cpu) && reportedCpuId(more)))) {
      cpu = { ...more, ...(cpu.arch ? { arch: cpu.arch } : {}) };
      hit = named;
      from = `${read.from}, ${info.from}`;
    }
  }
  const printed = [cpu.vendor, cpu.model ?? cpu.biosModel].filter(Boolean).join(' ');
  const model = cpu.model ?? cpu.biosModel;
  if (hit) c.add(hit.product, [], from, printed, model ? shortenedNote(model, hit.name) : undefined);
  else readCpuId(c, cpu, from, printed, Boolean(model));
  if (arch) {
    try {
      const stack = parseStack(c.matrix, [arch]);
      if (stack.arch) c.push(stack.arch, cpu.arch ? read.from : 'uname -m', arch);
    } catch {
      c.unknown('cpu', read.from, `architecture "${q(arch)}" is not one stackfit knows`);
    }
  }
}

function readCpuId(c: Collector, cpu: CpuInfo, from: string, printed: string, named: boolean): void {
  const id = reportedCpuId(cpu);
  const unknownName = `CPU "${q(printed)}" is not in the data`;
  if (!id) return c.unknown('cpu', from, named ? unknownName : 'no CPU model printed, and no CPU ID (implementer and part, or vendor and family)');
  const shown = q(describeCpuId(id));
  const owners = productsWithCpuId(c.matrix, id);
  const list = owners.map((p) => p.name.en).join(', ');
  if (named) {
    return c.unknown('cpu', from, owners.length ? `${unknownName}; its CPU ID (${shown}) is that of ${list}: give the chip as an extra item if it is one of them` : `${unknownName}, nor is its CPU ID (${shown})`);
  }
  if (owners.length === 1) return c.add(owners[0]!, [], from, shown, `named by its CPU ID (${shown}) alone: no model name was printed`);
  if (owners.length > 1) return c.unknown('cpu', from, `no CPU model printed; its CPU ID (${shown}) is reported by several chips in the data (${list}): give the chip as an extra item`);
  c.unknown('cpu', from, `no CPU model printed, and no chip in the data reports its CPU ID (${shown})`);
}

const DEVICE_TOOLS: readonly { command: ProbeCommand; parse: (text: string) => DeviceReport; toolkitName?: string }[] = [
  { command: PROBE_COMMANDS.npuSmi, parse: parseNpuSmi },
  { command: PROBE_COMMANDS.cnmon, parse: parseCnmon },
  { command: PROBE_COMMANDS.hySmi, parse: parseHySmi },
  { command: PROBE_COMMANDS.xpuSmi, parse: parseXpuSmi },
  { command: PROBE_COMMANDS.ixsmi, parse: parseIxsmi },
  { command: PROBE_COMMANDS.mthreadsGmi, parse: parseMthreadsGmi },
  { command: PROBE_COMMANDS.mxSmi, parse: parseMxSmi, toolkitName: 'MACA' },
  { command: PROBE_COMMANDS.efsmi, parse: parseEfsmi },
];

function readDevices(sys: ProbeSystem, c: Collector): void {
  for (const tool of DEVICE_TOOLS) {
    const read = sys.run(tool.command);
    if (!read.ok) {
      c.miss('accelerator', read);
      continue;
    }
    const report = tool.parse(read.text);
    if (!report.devices.length) {
      c.unknown('accelerator', read.from, 'no devices in its output');
      continue;
    }
    const models = [...new Set(report.devices.map((d) => d.model).filter((m): m is string => Boolean(m)))];
    if (!models.length) c.unknown('accelerator', read.from, `${report.devices.length} device(s); the tool prints no model name`);
    const vendors = new Set<string>();
    for (const model of models) {
      const count = report.devices.filter((d) => d.model === model).length;
      const hit = resolveNamed(c.matrix, nameCandidates(model));
      const chip = hit?.product;
      if (!chip) {
        c.unknown('accelerator', read.from, `device "${q(model)}" is not in the data`);
        continue;
      }
      vendors.add(chip.vendor);
      if (isFamilyName(c.matrix, model, chip)) {
        c.unknown('accelerator', read.from, `device "${q(model)}" names a family, not one model (${chip.name.en} and others); give the chip as an extra item`);
        continue;
      }
      c.add(chip, [], read.from, `${count} x ${model}`, shortenedNote(model, hit.name));
    }
    for (const vendor of vendors) {
      const driver = report.driver ? onlyOf(c.matrix, 'driver', vendor) : undefined;
      if (driver) c.add(driver, [report.driver], read.from, `driver ${report.driver}`);
      else if (report.driver) c.unknown('accelerator', read.from, `driver ${q(report.driver)}: no single driver product of vendor ${vendor} in the data`);
    }
    if (tool.toolkitName && report.toolkit) {
      const toolkit = resolveFirst(c.matrix, [tool.toolkitName]);
      if (toolkit) c.add(toolkit, [report.toolkit], read.from, `${tool.toolkitName} ${report.toolkit}`);
      else c.unknown('toolkit', read.from, `${tool.toolkitName} ${q(report.toolkit)} is not in the data`);
    }
  }
}

/** Where CANN writes its install info, per host architecture. */
const CANN_INFO = ['aarch64', 'x86_64'].map((a) => `/usr/local/Ascend/ascend-toolkit/latest/${a}-linux/ascend_toolkit_install.info`);
const NPU_DRIVER_INFO = '/usr/local/Ascend/driver/version.info';

function readToolkits(sys: ProbeSystem, c: Collector): void {
  const reads = CANN_INFO.map((p) => sys.readFile(p));
  const cann = reads.find((r) => r.ok);
  if (cann?.ok) {
    const info = parseInstallInfo(cann.text);
    const product = resolveFirst(c.matrix, [info.package_name]);
    if (product) c.add(product, [info.version], cann.from, `${info.package_name} ${info.version ?? ''}`.trim());
    else c.unknown('toolkit', cann.from, `package "${q(info.package_name)}" is not in the data`);
  } else {
    const refused = reads.filter((r): r is Extract<Read, { ok: false }> => !r.ok && !isNotFound(r));
    for (const r of refused.length ? refused : [reads[0] as Extract<Read, { ok: false }>]) c.miss('toolkit', r);
  }

  const driver = sys.readFile(NPU_DRIVER_INFO);
  if (driver.ok) {
    const info = parseInstallInfo(driver.text);
    const product = resolveFirst(c.matrix, ['npu-driver']);
    if (product && info.Version) c.add(product, [info.Version], driver.from, `Version=${info.Version}`);
  } else c.miss('driver', driver);

  const musa = sys.run(PROBE_COMMANDS.musaVersion);
  if (musa.ok) {
    const v = parseMusaVersionQuery(musa.text);
    const product = resolveFirst(c.matrix, ['musa_toolkits', 'MUSA']);
    if (product && v.musa_toolkits) c.add(product, [v.musa_toolkits], musa.from, `musa_toolkits ${v.musa_toolkits}`);
    else c.unknown('toolkit', musa.from, `musa_toolkits ${q(v.musa_toolkits ?? '?')}: no MUSA product in the data`);
  } else c.miss('toolkit', musa);
}

/** A pip version without its local part (`2.8.0+cpu` -> `2.8.0`): the data names public versions. */
const publicVersion = (v: string) => v.replace(/\+.*$/, '');

function readPython(sys: ProbeSystem, c: Collector): void {
  const py = sys.run(PROBE_COMMANDS.pythonVersion);
  if (py.ok) {
    const v = parsePythonVersion(py.text);
    const product = resolveFirst(c.matrix, ['python']);
    if (product && v) c.add(product, [v], py.from, `Python ${v}`);
  } else c.miss('python', py);
  const pip = sys.pythonPackages();
  if (!pip.ok) return c.miss('python', pip);
  for (const [name, version] of parsePythonPackages(pip.text)) {
    // Most installed packages are not in the data: look names up, no close names for a miss.
    const product = internalsOf(c.matrix).lookup(name);
    if (!product || product.kind === 'accelerator' || product.kind === 'cpu' || product.kind === 'os') continue;
    c.add(product, [publicVersion(version), version], pip.from, `${name} ${version}`);
  }
}

/**
 * Reads what is installed and returns it as stack items, each with where it was read. Runs only
 * the fixed read-only commands in PROBE_COMMANDS (by absolute path, from `/`, without a shell, with
 * a minimal environment, a timeout and capped output), reads a few version files and the metadata
 * of installed Python packages (regular files only), and sends nothing anywhere. Anything missing
 * or refused is a reason in `notDetected`; captured text in messages is printable and short.
 *
 * @example
 * const { items } = probe(loadMatrix());
 * check(loadMatrix(), items);
 */
export function probe(matrix: Matrix, options: ProbeOptions = {}): ProbeResult {
  const sys = options.system ?? (options.root ? rootSystem(options.root) : liveSystem(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}));
  const c = new Collector(matrix);
  readCpu(sys, c);
  readDevices(sys, c);
  readToolkits(sys, c);
  readPython(sys, c);
  readOs(sys, c);
  return { items: c.found.map((f) => f.item), found: c.found, notDetected: c.notDetected, unrecognized: c.unrecognized };
}
