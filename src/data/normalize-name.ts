/** Longest name accepted when resolving; longer input is refused before any pattern sees it. */
export const MAX_NAME_LENGTH = 100;

/**
 * The form names are compared in: Unicode NFKC, lower case, without spaces, hyphens, underscores
 * and dots, so `torch_npu`, `Torch-NPU` and `torch npu` are one name.
 */
export function normalizeName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[\s\-_.·]+/g, '');
}

/**
 * The form another name of a release (`aka`) or a version set is compared in: case and spaces,
 * hyphens and underscores ignored (`Ascend HDK 22.0.0` = `ascend-hdk-22.0.0`); dots are kept.
 */
export function foldVersionName(text: string): string {
  return text.trim().toLowerCase().replace(/[\s_-]+/g, '');
}
