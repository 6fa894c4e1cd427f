/** Longest version text accepted; longer input is refused before any pattern sees it. */
export const MAX_VERSION_LENGTH = 64;
/** Longest range text accepted. */
export const MAX_RANGE_LENGTH = 512;
