import { join } from 'node:path';
import type { DatasetSource } from '../data/dataset-text.ts';
import { datasetFile } from './dataset-source.ts';

/**
 * The compiled data for the built CLI, read from the dataset.txt beside it. The CLI build puts this
 * module in place of src/generated/dataset.ts (see tsup.config.ts): V8 reads a file faster than it
 * compiles and keeps a 1 MB string literal. The line of records is read at start, each large field
 * when it is first asked for: a `check` reads about a quarter of the 2 MB, and the process does not
 * fault in pages for the rest (memory the kernel must map and clear, as much time as the reading
 * itself). The build writes the file as ASCII (every other character escaped), so it is read as
 * Latin-1: the same string, without UTF-8 decoding.
 */
export const DATASET_TEXT: DatasetSource = datasetFile(join(__dirname, 'dataset.txt'));
