export { check, checkParsed } from './check.ts';
export { parseStack, type ParsedStack } from './parse-stack.ts';
export type * from './types.ts';
