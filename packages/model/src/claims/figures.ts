// Small builders shared by the three claim checks.
import { type Decimal, toDecimalString } from '../decimal';
import type { ClaimFigure, ClaimVerdict } from './types';

export function figure(key: string, label: string, value: Decimal | string | null, unit: string, formula?: string): ClaimFigure {
  const text = value === null ? null : typeof value === 'string' ? value : toDecimalString(value.toSignificantDigits(12));
  return formula === undefined ? { key, label, value: text, unit } : { key, label, value: text, unit, formula };
}

/** A busy share the claim needs: up to 80 % is ordinary, up to 100 % a stretch, beyond that impossible. */
export function busyVerdict(share: Decimal | null): ClaimVerdict {
  if (share === null) return 'info';
  if (share.gt(1)) return 'outOfReach';
  return share.gt('0.8') ? 'stretch' : 'consistent';
}

/** A value the claim needs against a published best: within it, up to 1.5× (stretch), beyond. */
export function ceilingVerdict(needed: Decimal | null, best: Decimal): ClaimVerdict {
  if (needed === null) return 'info';
  if (needed.lte(best)) return 'consistent';
  return needed.lte(best.mul('1.5')) ? 'stretch' : 'outOfReach';
}

export const pct = (share: Decimal) => `${share.mul(100).toDecimalPlaces(0).toString()} %`;
export const money = (value: Decimal, places = 2) => `$${value.toDecimalPlaces(places).toFixed(places)}`;
export const count = (value: Decimal) => Math.round(value.toNumber()).toLocaleString('en-US');
