import { stripV, text } from '../readers.ts';
import type { ImporterSpec } from '../spec.ts';

/**
 * Deep-Spark (Iluvatar) RELEASE.md of DeepSparkHub and DeepSparkInference: the "Release Date |
 * Release Version | IXUCA SDK" table under "Release Versioning". The release version is the key;
 * the SDK is printed `v4.3.0` and stored without the `v`; the date is kept as printed.
 */
function deepSpark(table: string, repo: string): ImporterSpec {
  return {
    table,
    family: `Deep-Spark/${repo} RELEASE.md`,
    upstream: `https://github.com/Deep-Spark/${repo}/blob/master/RELEASE.md`,
    format: 'markdown',
    select: { header: ['Release Date', 'Release Version', 'IXUCA SDK'], exact: true },
    cells: [
      { from: 'Release Version', read: [text] },
      { from: 'IXUCA SDK', read: [text, stripV] },
      { from: 'Release Date', read: [text] },
    ],
  };
}

export const DEEP_SPARK: readonly ImporterSpec[] = [
  deepSpark('deepsparkhub-corex', 'DeepSparkHub'),
  deepSpark('deepsparkinference-corex', 'DeepSparkInference'),
];
