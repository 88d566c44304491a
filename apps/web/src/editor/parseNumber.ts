/**
 * Number input as finance people type it, parsed to an exact decimal string (never through a
 * binary float): "4T", "4e12", "4,000,000,000,000", "1.5B", "250k", "$515,000", "12%".
 *
 * Suffixes (case-insensitive): k = 1e3, m / mm / mn = 1e6, b / bn = 1e9, t / tn = 1e12.
 * `percent` fields (stored as fractions 0..1, shown as %) read a bare number as percent: "12" and
 * "12%" both give "0.12". Elsewhere a "%" is refused ("12%" of tokens is not 0.12 tokens).
 */

export type ParseResult = { ok: true; value: string } | { ok: false; message: string };

const NUMBER_MESSAGE = 'Enter a number, e.g. 4T, 4e12, 4,000,000,000,000, 1.5B or 250k';
export const PARSE_MESSAGE = NUMBER_MESSAGE;
export const PERCENT_PARSE_MESSAGE = 'Enter a percentage, e.g. 12 or 12.5';
export const NOT_PERCENT_MESSAGE = 'Not a percentage field: enter a plain number, e.g. 250k or 1.5B';
export const REQUIRED_MESSAGE = 'Required';

const SUFFIX_EXPONENT: Record<string, number> = { k: 3, m: 6, mm: 6, mn: 6, b: 9, bn: 9, t: 12, tn: 12 };
const NUMBER = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d{1,4}))?$/i;

export interface ParseOptions {
  /** The field stores a fraction and shows a percentage: "12" means 12 % = 0.12. */
  percent?: boolean;
}

export function parseNumber(text: string, options: ParseOptions = {}): ParseResult {
  let rest = text.trim().replace(/[\s_\u00a0\u202f]/g, '');
  if (rest === '') return { ok: false, message: REQUIRED_MESSAGE };
  const invalid = options.percent ? PERCENT_PARSE_MESSAGE : NUMBER_MESSAGE;
  let shift = 0;
  if (rest.endsWith('%')) {
    if (!options.percent) return { ok: false, message: NOT_PERCENT_MESSAGE };
    rest = rest.slice(0, -1);
  }
  const suffix = /([a-df-z]{1,2})$/i.exec(rest);
  if (suffix?.[1]) {
    const exponent = SUFFIX_EXPONENT[suffix[1].toLowerCase()];
    if (exponent === undefined) return { ok: false, message: invalid };
    shift += exponent;
    rest = rest.slice(0, -suffix[1].length);
  }
  rest = rest.replace(/^([+-]?)\$/, '$1');
  if (/,/.test(rest)) {
    // Thousands separators only in the integer part, in groups of three.
    if (!/^[+-]?\d{1,3}(,\d{3})+(\.\d*)?(e[+-]?\d+)?$/i.test(rest)) return { ok: false, message: invalid };
    rest = rest.replace(/,/g, '');
  }
  const match = NUMBER.exec(rest);
  if (!match) return { ok: false, message: invalid };
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = match;
  if (whole === '' && fraction === '') return { ok: false, message: invalid };
  if (options.percent) shift -= 2;
  return { ok: true, value: shiftDecimal(`${sign}${whole || '0'}.${fraction}`, shift + Number(exponent)) };
}

/** `value × 10^places` on decimal text, exact; returns canonical text ("-0" → "0", no trailing zeros). */
export function shiftDecimal(value: string, places: number): string {
  const negative = value.startsWith('-');
  const body = value.replace(/^[+-]/, '');
  const [whole = '', fraction = ''] = body.split('.');
  let digits = `${whole}${fraction}`;
  let point = whole.length + places;
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length);
  const intPart = digits.slice(0, point).replace(/^0+/, '') || '0';
  const fracPart = digits.slice(point).replace(/0+$/, '');
  const text = fracPart === '' ? intPart : `${intPart}.${fracPart}`;
  return negative && text !== '0' ? `-${text}` : text;
}

/** An integer field: the parsed value must be whole. */
export function parseInteger(text: string): { ok: true; value: number } | { ok: false; message: string } {
  const parsed = parseNumber(text);
  if (!parsed.ok) return parsed;
  if (!/^-?\d+$/.test(parsed.value)) return { ok: false, message: 'Enter a whole number' };
  const value = Number(parsed.value);
  if (!Number.isSafeInteger(value)) return { ok: false, message: 'Number too large' };
  return { ok: true, value };
}

const GROUP = /\B(?=(\d{3})+(?!\d))/g;

/** Decimal text for an input box: thousands grouped, percent fields as percent ("0.3" → "30"). */
export function formatForInput(value: unknown, options: ParseOptions = {}): string {
  if (typeof value === 'number') value = String(value);
  if (typeof value !== 'string') return '';
  if (!/^-?\d+(\.\d+)?$/.test(value)) return value; // not canonical: show as typed
  const shown = options.percent ? shiftDecimal(value, 2) : value;
  const [whole = '', fraction] = shown.split('.');
  const grouped = whole.replace(GROUP, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

const SCALES: [number, string][] = [
  [12, 'T'],
  [9, 'B'],
  [6, 'M'],
  [3, 'k'],
];

/** A short reading of a big number ("600000000000" → "600 B"), or null when plain is clearer. */
export function abbreviate(value: unknown): string | null {
  if (typeof value !== 'string' || !/^-?\d+(\.\d+)?$/.test(value)) return null;
  const digits = value.replace(/^-/, '').split('.')[0]?.length ?? 0;
  for (const [exponent, label] of SCALES) {
    if (digits > exponent) {
      const scaled = shiftDecimal(value, -exponent);
      const [whole = '', fraction = ''] = scaled.split('.');
      const short = fraction === '' ? whole : `${whole}.${fraction.slice(0, Math.max(0, 3 - whole.replace('-', '').length))}`;
      return `${short.replace(/\.$/, '')} ${label}`;
    }
  }
  return null;
}
