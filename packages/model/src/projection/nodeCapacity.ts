/**
 * A node's capacity in the units of platformOperations, cached: there are four month lengths
 * and a software multiplier stays the same object between steps (or all along with no curve).
 * - `gpuHours = gpusPerNode · hours`; `busyCapacity c = gpuHours · targetUtilization`;
 * - weight per busy GPU-hour `ΠT · 3600 · M` and per node `ΠT · 3600 · M · c` (modelGroups.ts).
 */
import { Decimal, ONE } from '../decimal';
import { compare, mul } from '../wordArithmetic';
import type { Platform } from '../scenario/schema';

/** Per-node figures of one month length (there are only four: 28 to 31 days). */
export function perNodeFigures(platform: Platform) {
  const gpusPerNode = new Decimal(platform.gpusPerNode);
  const target = new Decimal(platform.fleet.targetUtilization);
  const cache = new Map<Decimal, { gpuHours: Decimal; busyCapacity: Decimal }>();
  return (hours: Decimal) => {
    let figures = cache.get(hours);
    if (figures === undefined) {
      const gpuHours = gpusPerNode.times(hours);
      figures = { gpuHours, busyCapacity: gpuHours.times(target) };
      cache.set(hours, figures);
    }
    return figures;
  };
}

/** A node's capacity in weight units, `W·ΠT` per node = `ΠT · 3600 · M · c`, cached while M stays the same object. */
export function weightPerNodeOf(dayOneWeightPerBusyHour: Decimal) {
  let multiplier: Decimal | null = null;
  const byCapacity = new Map<Decimal, { perBusyHour: Decimal; perNode: Decimal }>();
  return (m: Decimal, busyCapacity: Decimal) => {
    if (m !== multiplier) {
      multiplier = m;
      byCapacity.clear();
    }
    let known = byCapacity.get(busyCapacity);
    if (known === undefined) {
      // wordArithmetic: decimal.js's products without its copies (a compound curve: a new M every month).
      const perBusyHour = compare(m, ONE) === 0 ? dayOneWeightPerBusyHour : mul(dayOneWeightPerBusyHour, m);
      known = { perBusyHour, perNode: mul(perBusyHour, busyCapacity) };
      byCapacity.set(busyCapacity, known);
    }
    return known;
  };
}

