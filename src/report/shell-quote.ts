const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;

/**
 * A stack item as a shell reads it back: left alone when it has only safe characters, otherwise in
 * single quotes (`'openeuler@22.03 LTS'`), so a printed stack pastes into a command line.
 */
export function shellQuote(item: string): string {
  return SAFE.test(item) ? item : `'${item.replace(/'/g, `'\\''`)}'`;
}
