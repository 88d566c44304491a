/**
 * The two fixed grids of a projection: the only rounding the model does before presentation.
 *
 * - Money: every money amount is rounded once, half-even, to MONEY_DECIMAL_PLACES (20)
 *   decimal places: 1e-18 of a cent, far below anything shown.
 * - Tokens: every token count (demand, served) is rounded once, half-even, to
 *   TOKEN_DECIMAL_PLACES (6) decimal places: a millionth of a token.
 *
 * Why: on a common grid, sums are exact in 34-digit Decimal in any order (for money below
 * 1e14 USD and token counts below 1e28), so every part-to-whole identity holds exactly:
 * allocation parts and idle cost sum to the platform and API costs, applications sum to
 * their platform, months to fiscal years and totals, served + unmet = demand, cash flow =
 * revenue − opex − capex. Ratios (utilisation, served fraction, unit costs, rates) are not
 * put on a grid: they keep 34 significant digits.
 */
import type { Decimal } from '../decimal';
import { HALF_EVEN, mulToPlaces, toPlaces } from '../wordArithmetic';

export const MONEY_DECIMAL_PLACES = 20;
export const TOKEN_DECIMAL_PLACES = 6;

/** `amount` rounded half-even (banker's rounding) to the money grid. */
export function toMoneyGrid(amount: Decimal): Decimal {
  return toPlaces(amount, MONEY_DECIMAL_PLACES, HALF_EVEN);
}

/** `toMoneyGrid(a.times(b))`, in one step (wordArithmetic.ts). */
export function moneyProduct(a: Decimal, b: Decimal): Decimal {
  return mulToPlaces(a, b, MONEY_DECIMAL_PLACES, HALF_EVEN);
}

/** `tokens` rounded half-even (banker's rounding) to the token grid. */
export function toTokenGrid(tokens: Decimal): Decimal {
  return toPlaces(tokens, TOKEN_DECIMAL_PLACES, HALF_EVEN);
}
