import type { Matrix } from '../data/matrix.ts';
import { StackfitError } from '../errors.ts';
import { WORKLOADS } from '../schema/constants.ts';
import type { CheckOptions, Lang } from './types.ts';

/** Languages messages are rendered in. */
export const LANGS: readonly Lang[] = ['en', 'zh'];

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function bad(message: string, hint?: string): never {
  throw new StackfitError({ code: 'bad-input', message, ...(hint ? { hint } : {}) });
}

const validDates = new Set<string>();

/** Whether a text is a real calendar day written YYYY-MM-DD (2024-02-30 is not). */
export function isCalendarDate(text: string): boolean {
  if (validDates.has(text)) return true;
  const ok = checkDate(text);
  if (ok && validDates.size < 1000) validDates.add(text);
  return ok;
}

function checkDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d;
}

let todayCache: { at: number; text: string } | undefined;

/** Today as YYYY-MM-DD (UTC), read from the clock at most once a second. */
export function today(): string {
  const now = Date.now();
  if (!todayCache || now - todayCache.at > 1000) todayCache = { at: now, text: new Date(now).toISOString().slice(0, 10) };
  return todayCache.text;
}

/** The options every query takes, checked: a StackfitError names the bad one and what is allowed. */
export interface ReadOptions {
  readonly lang: Lang;
  readonly date: string;
  readonly workload?: 'training' | 'inference';
}

/**
 * Checks the options of a query and fills defaults. Throws a StackfitError (`bad-input`) for a
 * language other than en/zh, a date that is not a calendar day, or an unknown workload.
 */
export function readOptions(options: CheckOptions | undefined): ReadOptions {
  if (options === undefined || options === null) return { lang: 'en', date: today() };
  if (typeof options !== 'object') bad(`options must be an object (got ${typeof options})`);
  const lang = options.lang ?? 'en';
  if (!LANGS.includes(lang)) bad(`lang must be en or zh (got ${JSON.stringify(String(lang)).slice(0, 24)})`);
  const date = options.date ?? today();
  if (typeof date !== 'string' || !isCalendarDate(date)) bad(`date must be a calendar day as YYYY-MM-DD (got ${JSON.stringify(String(date)).slice(0, 24)})`, 'For example 2025-06-30.');
  const workload = options.workload;
  if (workload !== undefined && !(WORKLOADS as readonly string[]).includes(workload)) bad(`workload must be ${WORKLOADS.join(' or ')} (got ${JSON.stringify(String(workload)).slice(0, 24)})`);
  return { lang, date, ...(workload ? { workload } : {}) };
}

/** The matrix argument is a Matrix (a common slip is passing the items first). */
export function assertMatrix(matrix: unknown, fn: string): asserts matrix is Matrix {
  if (!matrix || typeof matrix !== 'object' || typeof (matrix as Matrix).resolve !== 'function') {
    bad(`${fn}(matrix, items) needs a matrix first (got ${matrix === null ? 'null' : typeof matrix})`, `Call ${fn}(loadMatrix(), [...]).`);
  }
}
