/**
 * The only programs probe runs: read-only status and version commands, each with fixed
 * arguments, run without a shell. Nothing else is ever executed.
 */
export interface ProbeCommand {
  /** Stable id; with `--root` the captured output is read from `<root>/.commands/<id>.txt`. */
  readonly id: string;
  readonly file: string;
  readonly args: readonly string[];
}

const command = (id: string, file: string, ...args: string[]): ProbeCommand => Object.freeze({ id, file, args: Object.freeze(args) });

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
  pipList: command('pip-list', 'python3', '-m', 'pip', 'list', '--disable-pip-version-check'),
  pythonVersion: command('python-version', 'python3', '--version'),
});

/** Every command by id, for `--root` captures and the docs. */
export const COMMAND_IDS: readonly string[] = Object.values(PROBE_COMMANDS).map((c) => c.id);
