/** The country code of vendors whose products count as domestic. */
export const DOMESTIC_ORIGIN = 'CN';

/** Whether a component or vendor is of Chinese origin: the one definition of "domestic". */
export function isDomestic(c: { readonly origin?: string | undefined } | undefined): boolean {
  return c?.origin === DOMESTIC_ORIGIN;
}

/** Whether a component or vendor is known to be imported: an origin is recorded and it is not domestic. */
export function isImported(c: { readonly origin?: string | undefined } | undefined): boolean {
  return Boolean(c?.origin) && c!.origin !== DOMESTIC_ORIGIN;
}
