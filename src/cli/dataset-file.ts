import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The compiled data for the built CLI, read from the dataset.txt beside it. The CLI build puts this
 * module in place of src/generated/dataset.ts (see tsup.config.ts): V8 reads a file faster than it
 * compiles and keeps a 1 MB string literal. The build writes the file as ASCII (every other
 * character escaped), so it is read as Latin-1: the same string, without UTF-8 decoding.
 */
export const DATASET_TEXT: string = readFileSync(join(__dirname, 'dataset.txt'), 'latin1');
