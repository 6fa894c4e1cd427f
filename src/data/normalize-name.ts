/** Longest name accepted when resolving; longer input is refused before any pattern sees it. */
export const MAX_NAME_LENGTH = 100;

/**
 * The form names are compared in: Unicode NFKC, lower case, without spaces, hyphens, underscores
 * and dots, so `torch_npu`, `Torch-NPU` and `torch npu` are one name.
 */
export function normalizeName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[\s\-_.·]+/g, '');
}
