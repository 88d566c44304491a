/**
 * A platform over the horizon in the reference calculator (spec §3, §8, §9): nodes by cohort,
 * served fraction, utilisation, energy, owned money (capex with lag, depreciation, retirement,
 * disposal, terminal value, tax depreciation, capital charge) and rent (reserved + on-demand).
 */
import { annualPow, modelYear, snappedCeil, snappedFloor } from './paths';
import type { RPlatform, RScenario } from './scenario';
import { addAt, at } from '../helpers/at';

const MACRS5 = [0.2, 0.32, 0.192, 0.1152, 0.1152, 0.0576];

export interface PlatformSeries {
  nodes: number[];
  nodesOrdered: number[];
  nodesRetired: number[];
  reservedNodes: number[];
  served: number[]; // served fraction f
  utilization: number[];
  energyMWh: number[];
  energyCost: number[];
  hosting: number[];
  maintenance: number[];
  rentalCost: number[];
  capex: number[];
  depreciation: number[];
  disposalProceeds: number[];
  terminalValue: number[];
  taxDepreciation: number[];
  /** Remaining tax basis of what was disposed or valued at the horizon that month. */
  taxBasisReleased: number[];
  capitalCharge: number[];
}

const zeros = (n: number): number[] => new Array<number>(n).fill(0);

/** N_max: min(maxNodes, floor(powerCapKw / (powerKwPerNode · pue))) over the limits given. */
export function nodeCap(s: RScenario, p: RPlatform): number {
  let cap = Infinity;
  if (p.fleet.mode === 'auto' && p.fleet.maxNodes !== null) cap = p.fleet.maxNodes;
  if (p.powerCapKw !== null) cap = Math.min(cap, snappedFloor(p.powerCapKw / (p.powerKwPerNode * s.energy.pue)));
  return cap;
}

interface Cohort {
  start: number; // service month s
  nodes: number;
}

/** Owned cohorts q(s) (§8): auto buys what `want` exceeds the alive nodes, fixed buys at L and every life. */
function ownedCohorts(s: RScenario, p: RPlatform, wantOf: (t: number) => number): Cohort[] {
  const H = s.horizon;
  const life = p.usefulLife ?? Infinity;
  const cohorts: Cohort[] = [];
  if (p.fleet.mode === 'fixed') {
    for (let start = p.lag; start < H; start += life) cohorts.push({ start, nodes: p.fleet.nodes });
    return cohorts;
  }
  for (let t = 0; t < H; t++) {
    const alive = cohorts.reduce((n, c) => (c.start < t && t < c.start + life ? n + c.nodes : n), 0);
    const q = Math.max(0, wantOf(t) - alive);
    if (q > 0) cohorts.push({ start: t, nodes: q });
  }
  return cohorts;
}

function capitalRecovery(m: number, n: number): number {
  return m === 0 ? 1 / n : m / (1 - Math.pow(1 + m, -n));
}

/** Money of owned cohorts: capex at max(0, s − L), depreciation, disposal, terminal value, tax, capital charge. */
function ownedMoney(s: RScenario, p: RPlatform, cohorts: Cohort[], out: PlatformSeries, m: number): void {
  const H = s.horizon;
  const n = p.depreciationMonths;
  const life = p.usefulLife ?? Infinity;
  const crf = capitalRecovery(m, n);
  for (const c of cohorts) {
    const cost = c.nodes * p.capexPerNode;
    const paid = Math.max(0, c.start - p.lag);
    addAt(out.capex, paid, cost);
    addAt(out.nodesOrdered, paid, c.nodes);
    const retire = c.start + life; // first month out of service
    const end = Math.min(retire, H); // months [start, end) in service inside the horizon
    for (let t = c.start; t < end; t++) addAt(out.nodes, t, c.nodes);
    const bookCharge = (cost * (1 - p.residualValuePct)) / n;
    const capitalCharge = cost * (1 - p.residualValuePct / Math.pow(1 + m, n)) * crf;
    const depEnd = Math.min(c.start + n, end);
    for (let t = c.start; t < depEnd; t++) {
      addAt(out.depreciation, t, bookCharge);
      addAt(out.capitalCharge, t, capitalCharge);
    }
    // Tax depreciation charged by month, through the month before retirement or H − 1.
    const taxByMonth = taxDepreciation(s, p, cost, c.start, end);
    let taxCharged = 0;
    for (let t = c.start; t < end; t++) {
      const charge = at(taxByMonth, t - c.start);
      addAt(out.taxDepreciation, t, charge);
      taxCharged += charge;
    }
    const monthsHeld = end - c.start;
    const book = cost - bookCharge * Math.min(n, monthsHeld);
    if (retire < H) {
      addAt(out.nodesRetired, retire, c.nodes);
      addAt(out.disposalProceeds, retire, book);
      addAt(out.taxBasisReleased, retire, cost - taxCharged);
    } else if (s.terminalValue === 'bookValue') {
      addAt(out.terminalValue, H - 1, book);
      addAt(out.taxBasisReleased, H - 1, cost - taxCharged);
    }
  }
}

/** A cohort's tax depreciation for its months [start, end): bonus in the service month, then book or MACRS. */
function taxDepreciation(s: RScenario, p: RPlatform, cost: number, start: number, end: number): number[] {
  const months = zeros(end - start);
  const tax = s.tax;
  if (!tax) return months;
  months[0] = tax.bonusPct * cost;
  const rest = (1 - tax.bonusPct) * cost;
  for (let j = 0; j < months.length; j++) {
    if (tax.depreciation === 'book') {
      if (j < p.depreciationMonths) addAt(months, j, (rest * (1 - p.residualValuePct)) / p.depreciationMonths);
    } else {
      const rate = MACRS5[Math.floor(j / 12)];
      if (rate !== undefined) addAt(months, j, (rest * rate) / 12);
    }
  }
  return months;
}

/**
 * The platform's months, given its busy GPU-hours demanded B(t) and the month hours.
 * `m` is the monthly discount rate (for the capital charge).
 */
export function platformSeries(s: RScenario, p: RPlatform, busy: number[], hours: number[], m: number): PlatformSeries {
  const H = s.horizon;
  const out: PlatformSeries = {
    nodes: zeros(H), nodesOrdered: zeros(H), nodesRetired: zeros(H), reservedNodes: zeros(H), served: zeros(H),
    utilization: zeros(H), energyMWh: zeros(H), energyCost: zeros(H), hosting: zeros(H), maintenance: zeros(H),
    rentalCost: zeros(H), capex: zeros(H), depreciation: zeros(H), disposalProceeds: zeros(H), terminalValue: zeros(H),
    taxDepreciation: zeros(H), taxBasisReleased: zeros(H), capitalCharge: zeros(H),
  };
  const cap = nodeCap(s, p);
  const perNode = (t: number): number => p.gpusPerNode * at(hours, t) * p.fleet.targetUtilization;
  const want = (t: number): number => Math.min(cap, snappedCeil(at(busy, t) / perNode(t)));
  if (p.owned) {
    ownedMoney(s, p, ownedCohorts(s, p, want), out, m);
  } else {
    const reserved = p.fleet.mode === 'auto' && p.reserved ? p.reserved : null;
    for (let t = 0; t < H; t++) {
      const N = p.fleet.mode === 'fixed' ? p.fleet.nodes : Math.max(reserved?.nodes ?? 0, want(t));
      out.nodes[t] = N;
      const onDemandPrice = p.rentPrice * annualPow(1 - p.rentDecline, t);
      const gpuHours = p.gpusPerNode * at(hours, t);
      out.rentalCost[t] = reserved
        ? (reserved.nodes * reserved.price + (N - reserved.nodes) * onDemandPrice) * gpuHours
        : N * gpuHours * onDemandPrice;
      out.reservedNodes[t] = reserved?.nodes ?? 0;
    }
  }
  for (let t = 0; t < H; t++) {
    const N = at(out.nodes, t);
    const B = at(busy, t);
    const f = B === 0 ? 1 : Math.min(1, (N * perNode(t)) / B);
    const U = N === 0 ? 0 : (f * B) / (N * p.gpusPerNode * at(hours, t));
    out.served[t] = f;
    out.utilization[t] = U;
    const E = (N * p.powerKwPerNode * (p.idlePowerFraction + (1 - p.idlePowerFraction) * U) * at(hours, t) * s.energy.pue) / 1000;
    out.energyMWh[t] = E;
    if (p.owned) {
      const year = modelYear(t);
      out.energyCost[t] = E * s.energy.pricePerMWh * Math.pow(1 + s.energy.annualEscalation, year);
      out.hosting[t] = N * p.powerKwPerNode * s.hosting.perKwMonth * Math.pow(1 + s.hosting.annualEscalation, year);
      out.maintenance[t] = (N * p.capexPerNode * p.maintenancePctPerYear) / 12;
    }
  }
  return out;
}
