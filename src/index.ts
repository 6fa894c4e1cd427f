/**
 * stackfit: does this domestic compute stack fit together? Browser-safe main entry: the records
 * are validated at build time and shipped compiled; nothing here reads files or parses YAML.
 */
export { loadMatrix } from './data/load-matrix.ts';
export { Matrix, type Resolution, type ListFilter } from './data/matrix.ts';
export { check, parseStack, fix, solve, gaps, coverage, type GapsResult, type Coverage, type CoverageCell, type SolveOptions, type SolveResult, type SolvedStack, type SolveExplanation, type Reason, type Ref, type ReasonCode, type FixOptions, type FixResult, type CheckResult, type CheckOptions, type CheckIssue, type Component, type PairResult, type Verdict, type Fix, type Change } from './engine/index.ts';
export { StackfitError, type Issue } from './errors.ts';
export { parseVersion, compareVersions, parseRange, satisfies, formatVersion, type Version, type Range, type Satisfaction } from './version/index.ts';
export type { Dataset, Product, Release, Rule, Table, Vendor, Kind, Role, Evidence, Arch } from './schema/index.ts';
