/**
 * Finance formatting of the model's decimal strings, for presentation only: the string is parsed
 * with Number() here and nowhere upstream, and nothing formatted is ever added up again.
 * en-US, USD. `null` / `undefined` / unparsable → "—" (a ratio with a zero denominator).
 */

/** A value as the Projection carries it (decimal string or null), or a number computed for a chart. */
export type Formattable = string | number | null | undefined;

export const MISSING = '—';
/** U+2212 MINUS SIGN: aligns with "+" in tabular figures, unlike a hyphen. */
export const MINUS = '\u2212';

const LOCALE = 'en-US';
const cache = new Map<string, Intl.NumberFormat>();

function nf(min: number, max: number, grouping = true): Intl.NumberFormat {
  const key = `${min}:${max}:${grouping}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: min, maximumFractionDigits: max, useGrouping: grouping });
    cache.set(key, f);
  }
  return f;
}

/** The value as a finite number, or null. Presentation and charts only. */
export function toNumber(value: Formattable): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}

/** Fixed digits, with U+2212 for negatives and no "−0". */
function fixed(n: number, digits: number, grouping = true): string {
  const text = nf(digits, digits, grouping).format(Math.abs(n));
  const isZero = Number(text.replace(/,/g, '')) === 0;
  return n < 0 && !isZero ? `${MINUS}${text}` : text;
}

const SCALES = [
  { at: 1e3, suffix: 'k' },
  { at: 1e6, suffix: 'M' },
  { at: 1e9, suffix: 'B' },
  { at: 1e12, suffix: 'T' },
] as const;

/**
 * Beyond a thousand trillion the digits say nothing and overflow a card: "> 1,000T" (the exact
 * value stays in the tables and exports). 999.95T and up would round to "1,000.0T".
 */
export const COMPACT_MAX = 999.95e12;

/**
 * A compact magnitude: 845 → "845", 845000 → "845k", 1234567 → "1.2M", 4e12 → "4.0T".
 * One decimal below 100 of the unit, none from 100; a value that would round to 1000 of a unit
 * moves to the next one (999,960 → "1.0M", not "1000k").
 */
export function compact(n: number, smallDigits = 0): string {
  const abs = Math.abs(n);
  const sign = n < 0 ? MINUS : '';
  if (abs >= COMPACT_MAX) return n < 0 ? `< ${MINUS}1,000T` : '> 1,000T';
  const plain = fixed(abs, smallDigits, false);
  if (Number(plain) < 1000) return Number(plain) === 0 ? plain : `${sign}${fixed(abs, smallDigits)}`;
  for (let i = 0; i < SCALES.length; i++) {
    const scale = SCALES[i];
    if (!scale) continue;
    const mantissa = abs / scale.at;
    const digits = mantissa < 99.95 ? 1 : 0;
    const rounded = Number(mantissa.toFixed(digits));
    if (rounded < 1000 || i === SCALES.length - 1) return `${sign}${nf(digits, digits).format(rounded)}${scale.suffix}`;
  }
  return `${sign}${plain}`;
}

/** Money, compact: "$1.2M", "$845k", "−$3.4B", "$845", "$9.50" (below $10: cents). */
export function formatMoney(value: Formattable): string {
  const n = toNumber(value);
  if (n === null) return MISSING;
  const abs = Math.abs(n);
  if (abs >= COMPACT_MAX) return n < 0 ? `< ${MINUS}$1,000T` : '> $1,000T';
  const body = abs < 10 ? fixed(abs, 2) : compact(abs);
  return `${n < 0 && body !== '0.00' ? MINUS : ''}$${body}`;
}

/** Money in whole dollars with grouping, for tables: "$1,234,567", "−$12". */
export function formatMoneyFull(value: Formattable): string {
  const n = toNumber(value);
  if (n === null) return MISSING;
  const text = fixed(Math.abs(n), 0);
  return `${n < 0 && text !== '0' ? MINUS : ''}$${text}`;
}

/** Money to the cent with grouping, beside cent-exact figures: "$215,040,000.00", "−$12.50". */
export function formatMoneyCents(value: Formattable): string {
  const n = toNumber(value);
  if (n === null) return MISSING;
  const text = fixed(Math.abs(n), 2);
  return `${n < 0 && text !== '0.00' ? MINUS : ''}$${text}`;
}

/**
 * Money in whole dollars for a ledger: no currency sign (the column says USD), negatives in
 * parentheses as a controller expects, zero as "–" so that empty lines read as empty.
 */
export function formatLedgerAmount(value: Formattable, digits = 0): string {
  const n = toNumber(value);
  if (n === null) return MISSING;
  const text = fixed(Math.abs(n), digits);
  if (Number(text.replace(/,/g, '')) === 0) return '–';
  return n < 0 ? `(${text})` : text;
}

/** Money from cents (BigInt from largest-remainder allocation): 123456n → "$1,234.56". */
export function formatCents(cents: bigint): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const dollars = abs / 100n;
  const rest = (abs % 100n).toString().padStart(2, '0');
  const grouped = dollars.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? MINUS : ''}$${grouped}.${rest}`;
}

/**
 * A unit price such as cost per million tokens: "$12.50", "$1.25", "$0.0213" (three significant
 * digits below $1), "$1,250" from $100.
 */
export function formatUnitPrice(value: Formattable): string {
  const n = toNumber(value);
  if (n === null) return MISSING;
  const abs = Math.abs(n);
  let body: string;
  if (abs === 0) body = '0.00';
  else if (abs >= 100) body = fixed(abs, 0);
  else if (abs >= 1) body = fixed(abs, 2);
  else {
    // Three significant digits, trailing zeros trimmed down to cents: 0.0213, 0.02, 0.50.
    const digits = Math.min(8, Math.max(2, 2 - Math.floor(Math.log10(abs))));
    body = nf(2, digits).format(abs);
  }
  return `${n < 0 ? MINUS : ''}$${body}`;
}

/** Tokens: "4.0T tokens", "850B tokens", "12.5M tokens", "900 tokens". */
export function formatTokens(value: Formattable, withUnit = true): string {
  const n = toNumber(value);
  if (n === null) return MISSING;
  const text = compact(n);
  return withUnit ? `${text} tokens` : text;
}

/** A ratio as a percentage with one decimal: "0.123" → "12.3%". */
export function formatPercent(value: Formattable, digits = 1): string {
  const n = toNumber(value);
  if (n === null) return MISSING;
  return `${fixed(n * 100, digits)}%`;
}

/** Past this an IRR is noise (a rounding of capex next to the cash it returns): 1,000,000 %. */
const RATE_MAX = 10_000;

/**
 * An annual rate such as IRR: "18.4%"; from 1,000 % whole percents ("3,614%": the value, not
 * "> 1,000%", which said nothing); past 1,000,000 % "> 1,000,000%".
 */
export function formatRate(value: Formattable): string {
  const n = toNumber(value);
  if (n === null) return MISSING;
  if (n > RATE_MAX) return '> 1,000,000%';
  if (n < -RATE_MAX) return `< ${MINUS}1,000,000%`;
  return Math.abs(n) >= 10 ? `${fixed(n * 100, 0)}%` : formatPercent(n);
}

/** A signed percentage change: "+12.3%", "−4.0%", "0.0%". */
export function formatSignedPercent(value: Formattable, digits = 1): string {
  const n = toNumber(value);
  if (n === null) return MISSING;
  const text = fixed(n * 100, digits);
  return n > 0 && Number(text) !== 0 ? `+${text}%` : `${text}%`;
}

/** Signed money, compact: "+$1.2M", "−$845k". */
export function formatSignedMoney(value: Formattable): string {
  const n = toNumber(value);
  if (n === null) return MISSING;
  const text = formatMoney(n);
  return n > 0 ? `+${text}` : text;
}

/** A multiple: "15" → "15.0x". */
export function formatMultiple(value: Formattable, digits = 1): string {
  const n = toNumber(value);
  if (n === null) return MISSING;
  return `${fixed(n, digits)}x`;
}

/** Payback in months: "18.4" → "18.4 months". */
export function formatMonths(value: Formattable): string {
  const n = toNumber(value);
  if (n === null) return MISSING;
  return `${fixed(n, 1)} months`;
}

const MONTH = new Intl.DateTimeFormat(LOCALE, { month: 'short', year: 'numeric', timeZone: 'UTC' });
const MONTH_SHORT = new Intl.DateTimeFormat(LOCALE, { month: 'short', year: '2-digit', timeZone: 'UTC' });

function monthDate(month: string): Date | null {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
}

/** "2027-03" → "Mar 2027". */
export function formatMonth(month: string | null | undefined): string {
  const date = month ? monthDate(month) : null;
  return date ? MONTH.format(date) : MISSING;
}

/** "2027-03" → "Mar 27" (axis ticks). */
export function formatMonthShort(month: string | null | undefined): string {
  const date = month ? monthDate(month) : null;
  return date ? MONTH_SHORT.format(date).replace(' ', " '") : MISSING;
}

/** The calendar month `offset` months after `start` ("2027-01", 14 → "2028-03"). */
export function addMonths(start: string, offset: number): string {
  const date = monthDate(start);
  if (!date) return start;
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + offset, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** Fiscal year label: 2028 → "FY2028". */
export function formatFiscalYear(year: number): string {
  return `FY${year}`;
}

/** Energy: "12,345 MWh"; compact from 100k ("1.2M MWh" reads badly, so GWh): "123.4 GWh". */
export function formatEnergy(value: Formattable): string {
  const n = toNumber(value);
  if (n === null) return MISSING;
  if (Math.abs(n) >= 100_000) return `${fixed(n / 1000, 1)} GWh`;
  return `${fixed(n, Math.abs(n) < 10 ? 2 : 0)} MWh`;
}

/** Joules per token with three significant digits: "0.0421 J/token". */
export function formatJoulesPerToken(value: Formattable): string {
  const n = toNumber(value);
  if (n === null) return MISSING;
  return `${formatSignificant(n, 3)} J/token`;
}

/** Tokens per MWh: "23.8B tokens/MWh". */
export function formatTokensPerMWh(value: Formattable): string {
  const n = toNumber(value);
  if (n === null) return MISSING;
  return `${compact(n)} tokens/MWh`;
}

/** A plain count with grouping: 1234 → "1,234". */
export function formatCount(value: Formattable, digits = 0): string {
  const n = toNumber(value);
  if (n === null) return MISSING;
  return fixed(n, digits);
}

/** `digits` significant digits, plain notation: 0.042137 → "0.0421", 1234.5 → "1,235". */
export function formatSignificant(n: number, digits: number): string {
  if (n === 0) return '0';
  const magnitude = Math.floor(Math.log10(Math.abs(n)));
  const decimals = Math.max(0, Math.min(12, digits - 1 - magnitude));
  return fixed(n, decimals);
}

/** A ratio of two like quantities: "2.41×"; for compare tables (A / B). */
export function formatRatio(value: Formattable): string {
  const n = toNumber(value);
  if (n === null) return MISSING;
  return `${formatSignificant(n, 3)}×`;
}
