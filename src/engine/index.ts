export { check, checkParsed } from './check.ts';
export { fix, fixParsed, type FixOptions, type FixResult } from './fix.ts';
export { solve, type SolveOptions, type SolveResult, type SolvedStack, type SolveExplanation } from './solve.ts';
export { gaps, type GapsResult, type MissingEvidence, type Alternative } from './gaps.ts';
export { coverage, type Coverage, type CoverageCell, type CoverageMark } from './coverage.ts';
export { parseStackSealed as parseStack, type ParsedStack } from './parse-stack.ts';
export type * from './types.ts';
