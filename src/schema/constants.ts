/** Product kinds users see. Data folders map onto them (see FOLDER_KINDS). */
export const KINDS = ['accelerator', 'cpu', 'driver', 'toolkit', 'framework', 'os', 'database'] as const;
export type Kind = (typeof KINDS)[number];

/** Roles a framework record plays. */
export const ROLES = ['framework', 'adapter', 'engine', 'runtime'] as const;
export type Role = (typeof ROLES)[number];

/** Evidence levels, strongest first. */
export const EVIDENCE_LEVELS = ['certified', 'vendor', 'tested', 'inferred'] as const;
export type Evidence = (typeof EVIDENCE_LEVELS)[number];

/** Release channels. */
export const CHANNELS = ['stable', 'lts', 'rc', 'beta', 'alpha', 'dev'] as const;

/** CPU architectures as Linux names them. */
export const ARCHES = ['aarch64', 'x86_64', 'loongarch64', 'mips64el', 'sw_64', 'riscv64'] as const;
export type Arch = (typeof ARCHES)[number];

/** Workloads a rule can be scoped to. */
export const WORKLOADS = ['training', 'inference'] as const;

/** Which kinds may live in each data folder. */
export const FOLDER_KINDS: Readonly<Record<string, readonly Kind[]>> = {
  chips: ['accelerator', 'cpu'],
  drivers: ['driver'],
  toolkits: ['toolkit'],
  frameworks: ['framework'],
  os: ['os'],
  databases: ['database'],
};

/** Data folders: product folders plus vendors and tables. */
export const DATA_FOLDERS = ['vendors', ...Object.keys(FOLDER_KINDS), 'tables', 'images'] as const;

/** The pairs file at the top of the data folder. */
export const PAIRS_FILE = 'pairs.yaml';

/** Ids: lower-case kebab-case. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
