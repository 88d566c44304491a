/**
 * Capital charge factor of spec §8 (economic, not cash), per unit of capex and month, written
 * once for both number types: `(1 − residual / (1+m)^n) · CRF`, `CRF = m / (1 − (1+m)^(−n))`
 * (`1/n` when m = 0), m the monthly discount rate, n = depreciationMonths. Computed once per
 * platform. With `g = (1+m)^n` it equals `m · (g − 1 + (1 − residual)) / (g − 1)`, which this
 * takes so that neither `1 − residual` (residual near 1) nor `g − 1` (m near 0) is a difference of
 * nearly equal numbers: the float instance would lose digits there, the Decimal one does not.
 */
import type { Arithmetic } from '../numeric';

/** `(1+m)^n − 1` by binary powering of `e_k = (1+m)^k − 1`: `e_2k = e_k·(2 + e_k)`, `e_k+1 = e_k + m·(1 + e_k)`. */
export function growthMinusOne<T>(N: Arithmetic<T>, m: T, n: number): T {
  let e = N.zero;
  const two = N.of(2);
  for (let bit = 31 - Math.clz32(n); bit >= 0; bit--) {
    e = N.mul(e, N.add(two, e));
    if ((n >> bit) & 1) e = N.add(e, N.mul(m, N.add(N.one, e)));
  }
  return e;
}

/** `depreciableShare` is `1 − residual`, taken exactly by the caller. */
export function capitalChargeFactor<T>(N: Arithmetic<T>, monthlyRate: T, n: number, depreciableShare: T): T {
  if (N.isZero(monthlyRate)) return N.div(depreciableShare, N.of(n));
  const gm1 = growthMinusOne(N, monthlyRate, n);
  return N.div(N.mul(monthlyRate, N.add(gm1, depreciableShare)), gm1);
}
