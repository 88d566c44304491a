/**
 * Capital charge factor of spec §8 (economic, not cash), per unit of capex and month, written
 * once for both number types: `(1 − residual / (1+m)^n) · CRF`, `CRF = m / (1 − (1+m)^(−n))`
 * (`1/n` when m = 0), m the monthly discount rate, n = depreciationMonths. Computed once per
 * platform; `(1+m)^n` is an integer power (no fractional pow).
 */
import type { Arithmetic } from '../numeric';

export function capitalChargeFactor<T>(N: Arithmetic<T>, monthlyRate: T, n: number, residual: T): T {
  const months = N.of(n);
  if (N.isZero(monthlyRate)) return N.div(N.sub(N.one, residual), months);
  const growth = N.pow(N.add(N.one, monthlyRate), months); // (1+m)^n
  const crf = N.div(monthlyRate, N.sub(N.one, N.div(N.one, growth)));
  return N.mul(N.sub(N.one, N.div(residual, growth)), crf);
}
