/**
 * The horizon KPIs (spec §4) on the float64 path: NPV, payback, the monthly rate and IRR are the
 * formulas of kpis/ run with floatArithmetic. IRR: the grid and the safeguarded Newton of
 * kpis/irr.ts, with NPV's sign at a grid point taken in float64.
 */
import { floatArithmetic } from '../numeric';
import { monthlyRateOf, perMillionOf } from '../kpis/horizon';
import type { FloatScenario } from './compile';
import type { FloatProjection } from './projectFloat';
import { floatSignAt, irrOf } from '../kpis/irr';
import { npvOf } from '../kpis/npv';
import { paybackOf } from '../kpis/payback';

export function monthlyRate(annual: number): number {
  return monthlyRateOf(floatArithmetic, annual);
}

export function npvFloat(flows: ArrayLike<number>, m: number): number {
  return npvOf(floatArithmetic, flows, m);
}

export function paybackFloat(flows: ArrayLike<number>, m: number | null = null): number | null {
  return paybackOf(floatArithmetic, flows, m);
}

/** Scratch of the flows scaled by their largest magnitude (no overflow in the grid's Horner). */
let scaled = new Float64Array(0);

/** IRR in float64, annual; null when there is no root or more than one. */
export function irrFloat(flows: ArrayLike<number>): number | null {
  if (scaled.length !== flows.length) scaled = new Float64Array(flows.length);
  let largest = 0;
  for (let t = 0; t < flows.length; t++) largest = Math.max(largest, Math.abs(flows[t] ?? 0));
  for (let t = 0; t < flows.length; t++) scaled[t] = (flows[t] ?? 0) / largest;
  return irrOf(floatArithmetic, flows, (i) => floatSignAt(scaled, i, 0), 1e-14, 1e-300).annual;
}

/** §8's horizon figures in float64 (kpis/summary.ts): total cost and its present value, economic cost per M tokens, after-tax returns. */
export interface CostKpisFloat {
  totalCost: number;
  presentValueOfCost: number;
  economicCostPerMTokens: number | null;
  afterTax: { npv: number; irrAnnual: number | null; paybackMonths: number | null } | null;
}

/** Scratch of the monthly cost flows `opex + capex − disposalProceeds − terminalValue`. */
let costs = new Float64Array(0);

export function costKpisFloat(fp: FloatProjection, fs: FloatScenario): CostKpisFloat {
  const F = floatArithmetic;
  const H = fp.horizon;
  if (costs.length !== H) costs = new Float64Array(H);
  for (let t = 0; t < H; t++) {
    costs[t] = (fp.opex[t] ?? 0) + (fp.capex[t] ?? 0) - ((fp.disposalProceeds[t] ?? 0) + (fp.terminalValue[t] ?? 0));
  }
  const m = monthlyRate(fs.discountRateAnnual);
  const flows = fp.afterTaxCashFlow;
  return {
    totalCost: F.sum(costs),
    presentValueOfCost: npvFloat(costs, m),
    economicCostPerMTokens: perMillionOf(F, F.sum(fp.opex) + F.sum(fp.capitalCharge), F.sum(fp.servedTokens)),
    afterTax:
      fs.taxRate === null
        ? null
        : { npv: npvFloat(flows, m), irrAnnual: fs.costCentre ? null : irrFloat(flows), paybackMonths: fs.costCentre ? null : paybackFloat(flows) },
  };
}
