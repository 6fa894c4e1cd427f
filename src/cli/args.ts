import { StackfitError } from '../errors.ts';

export interface Args {
  readonly command?: string;
  readonly positionals: string[];
  readonly json: boolean;
  readonly help: boolean;
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
  /** Files to read stack items from (`-` is stdin). */
  readonly from: string[];
  readonly verbose: boolean;
}

const VALUE_OPTIONS = new Set(['--lang', '--date', '--data', '--format', '--kind', '--vendor', '--pin', '--prefer', '--limit', '--root', '--from']);
const FLAG_OPTIONS = new Set(['--json', '--help', '-h', '--check', '--fix', '--verbose']);

function bad(message: string, hint?: string): never {
  throw new StackfitError({ code: 'bad-input', message, ...(hint ? { hint } : {}) });
}

/** Reads `stackfit COMMAND [ITEM...] [--option value]`; `--` ends options. */
export function parseArgs(argv: readonly string[]): Args {
  const positionals: string[] = [];
  const values: Record<string, string[]> = {};
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
        flags.add(name === '-h' ? '--help' : name);
      } else if (VALUE_OPTIONS.has(name)) {
        const value = inline ?? argv[++i];
        if (value === undefined) bad(`option ${name} needs a value`);
        (values[name] ??= []).push(value);
      } else {
        bad(`unknown option "${arg.slice(0, 40)}"`, 'See stackfit --help.');
      }
      continue;
    }
    if (command === undefined) command = arg;
    else positionals.push(arg);
  }
  const lang = values['--lang']?.at(-1) ?? 'en';
  if (lang !== 'en' && lang !== 'zh') bad(`--lang must be en or zh (got "${lang.slice(0, 20)}")`);
  const date = values['--date']?.at(-1);
  if (date !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date)))) bad(`--date must be YYYY-MM-DD (got "${date.slice(0, 20)}")`);
  return {
    ...(command ? { command } : {}),
    positionals,
    json: flags.has('--json'),
    help: flags.has('--help'),
    check: flags.has('--check'),
    fix: flags.has('--fix'),
    verbose: flags.has('--verbose'),
    from: values['--from'] ?? [],
    lang,
    ...(date ? { date } : {}),
    data: values['--data'] ?? [],
    pin: values['--pin'] ?? [],
    ...(values['--prefer'] ? { prefer: values['--prefer'].at(-1)! } : {}),
    ...(values['--limit'] ? { limit: values['--limit'].at(-1)! } : {}),
    ...(values['--root'] ? { root: values['--root'].at(-1)! } : {}),
    ...(values['--format'] ? { format: values['--format'].at(-1)! } : {}),
    ...(values['--kind'] ? { kind: values['--kind'].at(-1)! } : {}),
    ...(values['--vendor'] ? { vendor: values['--vendor'].at(-1)! } : {}),
  };
}
