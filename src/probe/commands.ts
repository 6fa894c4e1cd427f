/**
 * The only programs probe runs: read-only status and version commands, each with fixed
 * arguments, run without a shell. Nothing else is ever executed.
 */
export interface ProbeCommand {
  /** Stable id; with `--root` the captured output is read from `<root>/.commands/<id>.txt`. */
  readonly id: string;
  /** A bare program name, looked up only in absolute directories (see `findExecutable`). */
  readonly file: string;
  readonly args: readonly string[];
}

const command = (id: string, file: string, ...args: string[]): ProbeCommand => Object.freeze({ id, file, args: Object.freeze(args) });

/**
 * Prints, as JSON, the directories the interpreter imports installed packages from: `sys.path`
 * (site-packages and what its .pth files add) and, outside a virtual environment, the user's
 * site-packages, which `-I` leaves out of `sys.path` but `pip list` shows. Run with `-I`
 * (isolated: no PYTHON* variables, no user site, neither the working directory nor a script's
 * directory on `sys.path`), so nothing in the folder probe is started from is imported.
 */
const PYTHON_SITE_SCRIPT = [
  'import json, site, sys',
  'dirs = [p for p in sys.path if p]',
  'if sys.prefix == sys.base_prefix:',
  '    try: dirs.append(site.getusersitepackages())',
  '    except Exception: pass',
  'print(json.dumps(dirs))',
].join('\n');

export const PROBE_COMMANDS = Object.freeze({
  lscpu: command('lscpu', 'lscpu'),
  npuSmi: command('npu-smi-info', 'npu-smi', 'info'),
  cnmon: command('cnmon', 'cnmon'),
  hySmi: command('hy-smi', 'hy-smi'),
  xpuSmi: command('xpu-smi', 'xpu_smi'),
  ixsmi: command('ixsmi', 'ixsmi'),
  mthreadsGmi: command('mthreads-gmi', 'mthreads-gmi'),
  mxSmi: command('mx-smi', 'mx-smi'),
  efsmi: command('efsmi', 'efsmi'),
  uname: command('uname-m', 'uname', '-m'),
  musaVersion: command('musa-version-query', 'musa_version_query'),
  pythonVersion: command('python-version', 'python3', '-I', '--version'),
  /** Where installed packages are; probe then reads their `*.dist-info/METADATA` itself instead of running pip. */
  pythonSite: command('python-site', 'python3', '-I', '-c', PYTHON_SITE_SCRIPT),
});

/**
 * Every capture a `--root` tree may hold as `.commands/<id>.txt`: the commands' outputs, and
 * `pip-list` (the output of `pip list`, `pip freeze` or collect_env) in place of the packages
 * probe reads from site-packages on a live machine.
 */
export const CAPTURE_IDS: readonly string[] = Object.freeze([...Object.values(PROBE_COMMANDS).filter((c) => c !== PROBE_COMMANDS.pythonSite).map((c) => c.id), 'pip-list']);
