// Number formatting for the board pack: compact, unit-bearing, en-US (what a board slide shows).
import type { ValueKind } from '../content';

function trim(n: number, digits: number): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: 0, maximumFractionDigits: digits });
}

/** $1.23B, $45.6M, $850k, $12.34; negatives as −$1.2M. */
export function money(value: number, digits = 1): string {
  const sign = value < 0 ? '−' : '';
  const a = Math.abs(value);
  if (a >= 1e9) return `${sign}$${trim(a / 1e9, digits + 1)}B`;
  if (a >= 1e6) return `${sign}$${trim(a / 1e6, digits)}M`;
  if (a >= 1e3) return `${sign}$${trim(a / 1e3, 0)}k`;
  return `${sign}$${trim(a, 2)}`;
}

/** Prices per unit keep four significant decimals: $0.0298. */
export function unitPrice(value: number): string {
  const sign = value < 0 ? '−' : '';
  const a = Math.abs(value);
  if (a === 0) return '$0';
  const digits = a >= 100 ? 0 : a >= 1 ? 2 : Math.min(6, 2 - Math.floor(Math.log10(a)) + 1);
  return `${sign}$${a.toLocaleString('en-US', { minimumFractionDigits: Math.min(digits, 2), maximumFractionDigits: digits })}`;
}

/** 1.2T, 340B, 5.6M tokens. */
export function count(value: number): string {
  const sign = value < 0 ? '−' : '';
  const a = Math.abs(value);
  if (a >= 1e12) return `${sign}${trim(a / 1e12, 2)}T`;
  if (a >= 1e9) return `${sign}${trim(a / 1e9, 1)}B`;
  if (a >= 1e6) return `${sign}${trim(a / 1e6, 1)}M`;
  if (a >= 1e4) return `${sign}${trim(a / 1e3, 0)}k`;
  return `${sign}${trim(a, a >= 100 ? 0 : 2)}`;
}

export function percent(fraction: number, digits = 1): string {
  return `${(fraction * 100).toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }).replace('-', '−')} %`;
}

/** A KPI or assumption value as shown in the pack; null is "n/a". */
export function formatValue(value: number | string | null, kind: ValueKind, unit = ''): string {
  if (value === null || value === '') return 'n/a';
  if (typeof value === 'string' && kind === 'text') return value;
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) return String(value);
  switch (kind) {
    case 'money':
      return money(n);
    case 'unitPrice':
      return unitPrice(n);
    case 'tokens':
    case 'mwh':
    case 'hours':
      return count(n);
    case 'count':
      return trim(n, 0);
    case 'fraction':
      return percent(n, Math.abs(n) < 0.1 && n !== 0 ? 2 : 1);
    case 'ratio':
      return `${trim(n, 2)}×`;
    case 'months':
      return `${trim(n, 1)} months`;
    case 'decimal':
      return `${trim(n, 4)}${unit && !unit.startsWith('×') ? '' : ''}`;
    default:
      return String(value);
  }
}
