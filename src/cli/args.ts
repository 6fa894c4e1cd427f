import { StackfitError } from '../errors.ts';

export interface Args {
  readonly command?: string;
  readonly positionals: string[];
  readonly json: boolean;
  readonly help: boolean;
  /** `--version`: print the package version and leave. */
  readonly version: boolean;
  readonly lang: 'en' | 'zh';
  readonly date?: string;
  readonly data: string[];
  readonly format?: string;
  readonly kind?: string;
  readonly vendor?: string;
  readonly check: boolean;
  readonly fix: boolean;
  readonly pin: string[];
  readonly prefer?: string;
  readonly limit?: string;
  readonly root?: string;
  readonly list: boolean;
  readonly all: boolean;
  readonly write: boolean;
  readonly source: string[];
  /** probe: print the probed stack as a tested-evidence table record. */
  readonly report: boolean;
  /** Files to read stack items from (`-` is stdin). */
  readonly from: string[];
  readonly verbose: boolean;
}

const VALUE_OPTIONS = new Set(['--lang', '--date', '--data', '--format', '--kind', '--vendor', '--pin', '--prefer', '--limit', '--root', '--source', '--from']);
const FLAG_OPTIONS = new Set(['--json', '--help', '-h', '--version', '-V', '--check', '--fix', '--list', '--all', '--write', '--report', '--verbose']);

function bad(message: string, hint?: string): never {
  throw new StackfitError({ code: 'bad-input', message, ...(hint ? { hint } : {}) });
}

/** Whether YYYY-MM-DD names a day that exists (`2024-02-29` does, `2024-02-30` does not). */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

/** Whether the command line asks for JSON, read before the rest of it is checked (errors are JSON too). */
export function wantsJson(argv: readonly string[]): boolean {
  for (const arg of argv) {
    if (arg === '--') return false;
    if (arg === '--json') return true;
  }
  return false;
}

/** Reads `stackfit COMMAND [ITEM...] [--option value]`; `--` ends options. */
export function parseArgs(argv: readonly string[]): Args {
  const positionals: string[] = [];
  const values = new Map<string, string[]>();
  const flags = new Set<string>();
  let command: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('-') && arg.length > 1) {
      const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
      if (FLAG_OPTIONS.has(name)) {
        flags.add(name === '-h' ? '--help' : name === '-V' ? '--version' : name);
      } else if (VALUE_OPTIONS.has(name)) {
        const value = inline ?? argv[++i];
        if (value === undefined) bad(`option ${name} needs a value`);
        const list = values.get(name) ?? [];
        list.push(value);
        values.set(name, list);
      } else {
        bad(`unknown option "${arg.slice(0, 40)}"`, 'See stackfit --help.');
      }
      continue;
    }
    if (command === undefined) command = arg;
    else positionals.push(arg);
  }
  const last = (name: string) => values.get(name)?.at(-1);
  const lang = last('--lang') ?? 'en';
  if (lang !== 'en' && lang !== 'zh') bad(`--lang must be en or zh (got "${lang.slice(0, 20)}")`);
  const date = last('--date');
  if (date !== undefined && !isCalendarDate(date)) bad(`--date must be a day that exists, as YYYY-MM-DD (got "${date.slice(0, 20)}")`);
  return {
    ...(command ? { command } : {}),
    positionals,
    json: flags.has('--json'),
    help: flags.has('--help'),
    version: flags.has('--version'),
    check: flags.has('--check'),
    fix: flags.has('--fix'),
    list: flags.has('--list'),
    all: flags.has('--all'),
    write: flags.has('--write'),
    source: values.get('--source') ?? [],
    report: flags.has('--report'),
    verbose: flags.has('--verbose'),
    from: values.get('--from') ?? [],
    lang,
    ...(date ? { date } : {}),
    data: values.get('--data') ?? [],
    pin: values.get('--pin') ?? [],
    ...(values.has('--prefer') ? { prefer: last('--prefer')! } : {}),
    ...(values.has('--limit') ? { limit: last('--limit')! } : {}),
    ...(values.has('--root') ? { root: last('--root')! } : {}),
    ...(values.has('--format') ? { format: last('--format')! } : {}),
    ...(values.has('--kind') ? { kind: last('--kind')! } : {}),
    ...(values.has('--vendor') ? { vendor: last('--vendor')! } : {}),
  };
}
