/**
 * Monthly charges that run over spans of months, summed through a change array: a span adds its
 * amount where it starts and takes it off where it ends, and a running sum gives each month's
 * total (one pass, however many cohorts). Written once for both number types (numeric.ts).
 */
import type { Arithmetic } from '../numeric';
import type { Slots } from './depreciation';

/** Adds `amount` a month over months `from … to − 1` (cut at the horizon, `change.length − 1`). */
export function addSpan<T>(N: Arithmetic<T>, change: Slots<T>, from: number, to: number, amount: T): void {
  const H = change.length - 1;
  const end = to < H ? to : H;
  if (from >= end || N.isZero(amount)) return;
  change[from] = N.add(change[from] as T, amount);
  if (end < H) change[end] = N.sub(change[end] as T, amount);
}

/** `out[t] = Σ change[0 … t]`. */
export function runningSum<T>(N: Arithmetic<T>, change: ArrayLike<T>, out: Slots<T>): void {
  let running = N.zero;
  for (let t = 0; t < out.length; t++) {
    running = N.add(running, change[t] as T);
    out[t] = running;
  }
}
