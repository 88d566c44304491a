/**
 * Energy (spec §3). IT draw scales linearly from the idle fraction at 0 % utilisation to full
 * load at 100 %; the facility overhead multiplies it by PUE:
 * `E_p(t) [MWh] = N · powerKwPerNode · (idle + (1 − idle) · U) · hours_t · pue / 1000`.
 * With `U = busy / (N · gpusPerNode · hours)` this is an idle part per node plus a part per
 * busy GPU-hour, which is how platformMonth.ts computes it (no rounded U in it):
 * `E = N · [powerKwPerNode · pue · hours / 1000 · idle] + busy · [powerKwPerNode · pue · (1 − idle) / (1000 · gpusPerNode)]`.
 * The energy price escalates once per model year: `pricePerMWh · (1 + escalation)^year(t)`.
 */
import { type Decimal, ONE } from '../decimal';
import { decimalArithmetic, type Arithmetic } from '../numeric';
import { mul } from '../wordArithmetic';
import { wholeYearPowers } from './powerSeries';

export interface EnergyRates {
  /** MWh a node draws in a month at 0 % utilisation, for a month of `hours`. */
  readonly idleMWhPerNode: (hours: Decimal) => Decimal;
  /** MWh one busy GPU-hour adds above idle. */
  readonly mwhPerBusyGpuHour: Decimal;
}

/** A node's idle draw in MW and the MWh per busy GPU-hour, for both number types (numeric.ts). */
export function energyRatesOf<T>(N: Arithmetic<T>, powerKwPerNode: T, pue: T, idlePowerFraction: T, gpusPerNode: T) {
  const facilityMw = N.div(N.mul(powerKwPerNode, pue), N.of(1000));
  return { idleMw: N.mul(facilityMw, idlePowerFraction), mwhPerBusyGpuHour: N.div(N.mul(facilityMw, N.sub(N.one, idlePowerFraction)), gpusPerNode) };
}

export function energyRates(powerKwPerNode: Decimal, pue: Decimal, idlePowerFraction: Decimal, gpusPerNode: Decimal): EnergyRates {
  const { idleMw, mwhPerBusyGpuHour } = energyRatesOf(decimalArithmetic, powerKwPerNode, pue, idlePowerFraction, gpusPerNode);
  const cache = new Map<Decimal, Decimal>();
  return {
    idleMWhPerNode: (hours) => {
      const known = cache.get(hours) ?? idleMw.times(hours);
      cache.set(hours, known);
      return known;
    },
    mwhPerBusyGpuHour,
  };
}

/** `pricePerMWh · (1 + annualEscalation)^year(t)` for t = 0 … months−1. */
export function energyPriceSeries(pricePerMWh: Decimal, annualEscalation: Decimal, months: number): Decimal[] {
  return wholeYearPowers(ONE.plus(annualEscalation), months).map((factor) => mul(pricePerMWh, factor));
}
