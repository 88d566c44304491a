/**
 * Energy (spec §3). IT draw scales linearly from the idle fraction at 0 % utilisation to full
 * load at 100 %; the facility overhead multiplies it by PUE:
 * `E_p(t) [MWh] = N · powerKwPerNode · (idle + (1 − idle) · U) · hours_t · pue / 1000`.
 * The energy price escalates once per model year: `pricePerMWh · (1 + escalation)^year(t)`.
 */
import { Decimal, ONE } from '../decimal';
import { wholeYearPowers } from './powerSeries';

/** MWh one node draws in a month at full load, facility overhead included: `powerKwPerNode · pue · hours / 1000`. */
export function nodeMWhAtFullLoad(powerKwPerNode: Decimal, pue: Decimal, hours: Decimal): Decimal {
  return powerKwPerNode.times(pue).times(hours).div(1000);
}

/** `E = N · nodeMWhAtFullLoad · (idle + (1 − idle) · U)`: the spec's formula, factors regrouped. */
export function energyMWh(nodes: Decimal, fullLoadMWh: Decimal, idlePowerFraction: Decimal, utilization: Decimal): Decimal {
  if (nodes.isZero()) return nodes;
  const loadShare = idlePowerFraction.plus(ONE.minus(idlePowerFraction).times(utilization));
  return nodes.times(fullLoadMWh).times(loadShare);
}

/** `pricePerMWh · (1 + annualEscalation)^year(t)` for t = 0 … months−1. */
export function energyPriceSeries(pricePerMWh: Decimal, annualEscalation: Decimal, months: number): Decimal[] {
  return wholeYearPowers(ONE.plus(annualEscalation), months).map((factor) => pricePerMWh.times(factor));
}
