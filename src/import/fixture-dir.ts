/** Where each table importer's verbatim upstream files and their sidecar live, from the repository root. */
export const FIXTURE_DIR = 'test/fixtures/upstream';
