/**
 * Product names in what a tool printed (`Hygon C86 7285 32-core Processor`, `Iluvatar BI-V100`): the
 * candidates probe and `--from` readers try against the data, longest first. No system access here.
 */

/** Longest printed name looked at: product names are far shorter, and a capture may hold a megabyte on one line. */
const MAX_PRINTED_NAME = 256;
/** Most leading words of a printed name tried as a product name. */
const MAX_NAME_WORDS = 12;

/**
 * A printed model without clock, core count and `CPU`/`Processor` words:
 * `Hygon C86 7285 32-core Processor` -> `Hygon C86 7285`, `Intel(R) Xeon(R) Gold 6248 CPU @ 2.50GHz` -> `Intel(R) Xeon(R) Gold 6248`.
 * Word by word (a `\s+...\b.*$` pattern retries every run of spaces from each of its characters).
 */
export function cleanModel(printed: string): string {
  const at = printed.indexOf('@');
  const words = (at < 0 ? printed : printed.slice(0, at)).split(/\s+/).filter(Boolean);
  let end = words.length;
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (/^(?:CPU|Processor)(?:\W|$)/i.test(w) || (/^\d+-core$/i.test(w) && /^Processor(?:\W|$)/i.test(words[i + 1] ?? ''))) {
      end = i;
      break;
    }
  }
  return words.slice(0, end).join(' ');
}
export const modelWords = (text: string) => text.split(/[\s,/@()-]+/).filter(Boolean);
export const headOf = (text: string) => (text.length > MAX_PRINTED_NAME ? text.slice(0, MAX_PRINTED_NAME) : text);

/** Candidate names of a product, longest first: `Hygon C86 7285 32-core Processor` -> `Hygon C86 7285` ... */
export function nameCandidates(whole: string): string[] {
  const printed = headOf(whole);
  const out: string[] = [];
  const add = (s: string) => {
    const t = s.trim();
    if (t && !out.includes(t)) out.push(t);
  };
  add(printed);
  const cleaned = cleanModel(printed);
  add(cleaned);
  const tokens = modelWords(cleaned).slice(0, MAX_NAME_WORDS);
  for (let n = tokens.length; n >= Math.min(2, tokens.length); n--) add(tokens.slice(0, n).join(' '));
  // Vendor words first, model last (`Iluvatar BI-V100`, `MTT S80`): the model alone too.
  if (tokens.length > 1) add(printed.trim().split(/\s+/).slice(1).join(' '));
  return out;
}
