import { withoutLongLines, type InputFormat } from './types.ts';

/** How each format is told apart, checked in order: the first that holds wins. Reports that embed other formats come first. */
const SIGNS: readonly { format: InputFormat; test: (name: string, text: string) => boolean }[] = [
  { format: 'collect-env', test: (_n, t) => /^(?:PyTorch version\s*:|Collecting environment information|Versions of relevant libraries\s*:|=+\s*$\n\s*System Info)/m.test(t) || /^\s*System Info\s*$/m.test(t) },
  { format: 'collect-env', test: (_n, t) => /^\[(?:pip\d?|conda)\]\s+\S/m.test(t) },
  { format: 'dockerfile', test: (n, t) => /(?:^|[\\/])(?:Dockerfile[^\\/]*|[^\\/]*\.dockerfile)$/i.test(n) || /^\s*FROM\s+\S+/im.test(firstInstruction(t)) },
  { format: 'pip-json', test: (_n, t) => /^\s*\[\s*(?:\{\s*"name"|\])/.test(t) },
  { format: 'conda-env', test: (n, t) => /(?:^|[\\/])environment[^\\/]*\.ya?ml$/i.test(n) || /^dependencies:\s*$/m.test(t) },
  { format: 'conda-list', test: (_n, t) => /^#\s*packages in environment at\b/m.test(t) || /^#\s*Name\s+Version\s+Build\b/m.test(t) },
  { format: 'pip-list', test: (_n, t) => /^\s*Package\s+Version\b.*\n\s*-+\s+-+/m.test(t) || isColumns(t) },
  { format: 'npu-smi', test: (_n, t) => /^\s*\|\s*npu-smi\s+\S+/m.test(t) },
  { format: 'install-info', test: (n, t) => /install\.info$/.test(n) || (/^\s*package_name=/m.test(t) && /^\s*version=/m.test(t)) },
  { format: 'os-release', test: (n, t) => /(?:^|[\\/])os-release$/.test(n) || (/^ID=/m.test(t) && /^(?:NAME|VERSION_ID)=/m.test(t)) },
  { format: 'requirements', test: (n, t) => /(?:^|[\\/])(?:requirements|constraints)[^\\/]*\.(?:txt|in)$/i.test(n) || /^\s*[A-Za-z0-9][\w.-]*\s*(?:\[[^\]]*\])?\s*(?:===?|~=|>=|<=)\s*\S/m.test(t) },
];

/** Every line `name  version` (`pip list | grep torch`): at least one, and nothing else. */
function isColumns(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((l) => l.trim());
  return lines.length > 0 && lines.every((l) => /^\s*[A-Za-z0-9][\w.-]*\s{2,}\d\S*(?:\s+\S+)?\s*$/.test(l));
}

/** The first line that is not blank, a comment or a parser directive. */
function firstInstruction(text: string): string {
  for (const line of text.split(/\r?\n/, 200)) {
    const t = line.trim();
    if (t && !t.startsWith('#')) return t.startsWith('ARG') ? text : t;
  }
  return '';
}

/** What `--from` understands, for messages. */
export const FORMAT_LIST = 'requirements/constraints, pip freeze, pip list (columns or --format=json), conda environment.yml, conda list, Dockerfile, collect_env.py report, npu-smi info, ascend_toolkit_install.info, os-release';

/**
 * The format of a file from its name and text, or undefined when none fits.
 *
 * @example
 * detectFormat('requirements.txt', 'torch==2.1.0\n') // 'requirements'
 */
export function detectFormat(name: string, text: string): InputFormat | undefined {
  const t = withoutLongLines(text);
  return SIGNS.find((s) => s.test(name, t))?.format;
}
