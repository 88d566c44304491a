/**
 * Projection warnings: the projection is valid but a finance reader must know something.
 * Codes are stable; messages are built here only (conventions: errors have one home).
 */
import type { ProjectionWarning } from './types';

export const WARNING_CODES = {
  unmetDemand: 'unmet_demand',
  maxNodesReached: 'max_nodes_reached',
  powerCapReached: 'power_cap_reached',
  powerCapExceeded: 'power_cap_exceeded',
  paybackBeyondHorizon: 'payback_beyond_horizon',
  irrMultiple: 'irr_multiple',
  negativeCashFlowTail: 'negative_cash_flow_tail',
  stepBeyondHorizon: 'step_beyond_horizon',
} as const;

export type WarningCode = (typeof WARNING_CODES)[keyof typeof WARNING_CODES];

const SCALES = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
] as const;

// `toLocaleString(locale, options)` builds a formatter per call (ICU set-up, most of the time of
// a warning); these give the same text, built once.
const TWO_DECIMALS = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const WHOLE = new Intl.NumberFormat('en-US');

/**
 * A figure in a message as a reader reads it: "26054415496287.09329" → "26.05 T", 1,234 below a
 * million. The exact value stays in the projection's fields.
 */
export function readableQuantity(text: string): string {
  const n = Number(text);
  if (!Number.isFinite(n)) return text;
  for (const [size, suffix] of SCALES) {
    if (Math.abs(n) >= size) return `${TWO_DECIMALS.format(n / size)} ${suffix}`;
  }
  return WHOLE.format(Math.round(n));
}

export const WARNING_MESSAGES = {
  unmetDemand: (platform: string, firstMonth: string, unmetTokens: string) =>
    `Platform "${platform}" cannot serve all its demand from ${firstMonth}: ${readableQuantity(unmetTokens)} tokens unmet over the horizon (every application on it is served pro rata).`,
  maxNodesReached: (platform: string, firstMonth: string, maxNodes: string) =>
    `Platform "${platform}" needs more than its maximum of ${maxNodes} nodes from ${firstMonth}.`,
  powerCapReached: (platform: string, firstMonth: string, nodes: string) =>
    `Platform "${platform}" is held at ${nodes} nodes by its power envelope (powerCapKw, incl. PUE) from ${firstMonth}.`,
  powerCapExceeded: (platform: string, nodes: number, fits: string) =>
    `Platform "${platform}" has a fixed fleet of ${nodes} nodes but its power envelope (powerCapKw, incl. PUE) powers only ${fits}: the projection runs all ${nodes} as entered.`,
  paybackBeyondHorizon: 'The cumulative cash flow does not return to zero within the horizon: payback is beyond it.',
  irrMultiple:
    'The cash flows change sign more than once and have more than one IRR, so none is shown: read NPV and MIRR instead.',
  afterTaxIrrMultiple:
    'The after-tax cash flows change sign more than once and have more than one IRR, so no after-tax IRR is shown: read after-tax NPV and MIRR instead.',
  negativeCashFlowTail: (lastMonth: string) =>
    `The cash flow of the last month (${lastMonth}) is negative after earlier positive months: the tail destroys value.`,
  stepBeyondHorizon: (platform: string, month: number) =>
    `Software step at month ${month} of platform "${platform}" is at or after the horizon and never applies.`,
} as const;

export function warning(code: WarningCode, message: string, path?: string): ProjectionWarning {
  return path === undefined ? { code, message } : { code, message, path };
}
