/**
 * Owned nodes by cohort (spec §8), written once for both number types (numeric.ts). The nodes
 * entering service in month s are the cohort q(s); they serve until s + usefulLife (never
 * without one). The month loop (platformOperations.ts, fast/projectFloat.ts) sizes the fleet
 * from `alive(t)`, the nodes of earlier cohorts still in service, and records
 * `q(t) = N(t) − alive(t)`: for an auto fleet `max(0, want − alive)`, for a fixed fleet `nodes`
 * at L and again whenever a cohort retires (replacements at L + k·life).
 * Lag L: a cohort serving from s is ordered and paid in `max(0, s − L)`.
 */
import type { Arithmetic } from '../numeric';
import type { Slots } from './depreciation';

/** `alive(t)`: last month's fleet less the cohort retiring at t (`life` null: never retired). */
export function aliveAt<T>(N: Arithmetic<T>, previous: T, entering: ArrayLike<T>, t: number, life: number | null): T {
  if (life === null || t < life) return previous;
  const leaving = entering[t - life] as T;
  return N.isZero(leaving) ? previous : N.sub(previous, leaving);
}

/** Nodes ordered in month t: `Σ q(s)` over the service months s with `max(0, s − L) = t`. */
export function ordersInto<T>(N: Arithmetic<T>, entering: ArrayLike<T>, lag: number, out: Slots<T>): void {
  const months = out.length;
  for (let t = 0; t < months; t++) out[t] = N.zero;
  for (let s = 0; s < months; s++) {
    const q = entering[s] as T;
    if (N.isZero(q)) continue;
    const t = s > lag ? s - lag : 0;
    out[t] = N.isZero(out[t] as T) ? q : N.add(out[t] as T, q);
  }
}

/** Nodes retired in month t: the cohort that entered at `t − life` (none without a useful life). */
export function retiredInto<T>(N: Arithmetic<T>, entering: ArrayLike<T>, life: number | null, out: Slots<T>): void {
  for (let t = 0; t < out.length; t++) out[t] = life !== null && t >= life ? (entering[t - life] as T) : N.zero;
}
