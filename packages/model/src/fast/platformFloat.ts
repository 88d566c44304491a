/**
 * The platform side of the float64 path (projectFloat.ts): one platform's months (platformMonth.ts,
 * §8 cohorts of cohorts.ts, §9 reserved rent) and its money (platformCosts.ts `ownedMonth`,
 * capitalLines.ts), the Decimal engine's own formulas run with floatArithmetic. Functions of
 * their own so that V8 has the inlining budget to inline those generic formulas here, where they
 * only ever see floatArithmetic. Scratch lives here, one per process, sized to the horizon.
 */
import { floatArithmetic } from '../numeric';
import { platformMonth, type NodeRule, type PlatformMonthCell, type PlatformMonthInput } from '../projection/platformMonth';
import { aliveAt, ordersInto } from '../projection/cohorts';
import { capitalChargeFactor } from '../projection/capitalCharge';
import { capitalLinesInto, type CapitalLines } from '../projection/capitalLines';
import { energyRatesOf } from '../projection/energy';
import { monthlyRateOf } from '../kpis/horizon';
import {
  hostingPerNodeOf,
  maintenancePerNodeOf,
  ownedMonth,
  rentalMonth,
  reservedRentalMonth,
  selfHostedOf,
  type OwnedMonth,
} from '../projection/platformCosts';
import type { FloatScenario } from './compile';

type Line = Float64Array;
/** The parts of projectFloat.ts's workspace the platform side writes (structural: no import back). */
interface FloatWorkspace {
  readonly horizon: number;
  readonly weight: Line;
  readonly served: Line;
  readonly owned: { readonly energyCost: Line; readonly hosting: Line; readonly maintenance: Line; readonly capex: Line };
  readonly out: { readonly [line in 'energyMWh' | 'rentalCost' | 'selfHostedCost' | 'nodes' | 'energyCost' | 'hosting' | 'maintenance' | 'capex' | 'depreciation' | keyof CapitalLines<number>]: Line };
}

const F = floatArithmetic;

/**
 * Scratch of the platform month, one per process. Classes of their own: the Decimal engine's
 * objects of the same fields hold Decimals, and sharing their hidden class would box every
 * float stored here (an allocation per field per month).
 */
class FloatMonthInput implements PlatformMonthInput<number> {
  weight = 0.5;
  perBusyHour = 0.5;
  perNode = 0.5;
  busyCapacity = 0.5;
  gpuHours = 0.5;
  idleMWhPerNode = 0.5;
  mwhPerBusyGpuHour = 0.5;
  previous = 0.5;
}
class FloatMonthCell implements PlatformMonthCell<number> {
  needed = 0.5;
  nodes = 0.5;
  saturated = false;
  servedFraction = 0.5;
  busyGpuHours = 0.5;
  demandedGpuHours = 0.5;
  provisionedGpuHours = 0.5;
  utilization = 0.5;
  energyMWh = 0.5;
}
class FloatPerNode {
  hosting = 0.5;
  maintenance = 0.5;
  capex = 0.5;
}
class FloatOwnedMonth implements OwnedMonth<number> {
  energyCost = 0.5;
  hosting = 0.5;
  maintenance = 0.5;
  capex = 0.5;
}
const input = new FloatMonthInput();
const cell = new FloatMonthCell();
const perNode = new FloatPerNode();
const money = new FloatOwnedMonth();
const beforeService: NodeRule<number> = { kind: 'fixed', nodes: 0 };

/** One platform's cohort and capital scratch (H months; `change` H + 1). */
interface CohortScratch extends CapitalLines<number> {
  entering: Float64Array;
  ordered: Float64Array;
  cohortCapex: Float64Array;
  change: Float64Array;
  depreciation: Float64Array;
  disposalProceeds: Float64Array;
  terminalValue: Float64Array;
  taxDepreciation: Float64Array;
  taxBasisReleased: Float64Array;
  capitalCharge: Float64Array;
}
const scratchOf = (H: number): CohortScratch => ({
  entering: new Float64Array(H), ordered: new Float64Array(H), cohortCapex: new Float64Array(H), change: new Float64Array(H + 1),
  depreciation: new Float64Array(H), disposalProceeds: new Float64Array(H), terminalValue: new Float64Array(H),
  taxDepreciation: new Float64Array(H), taxBasisReleased: new Float64Array(H), capitalCharge: new Float64Array(H),
});
let scratch = scratchOf(0);

/** One platform's months into the workspace: nodes, served fraction, energy, rent or the owned month's money. */
export function platformMonths(s: FloatScenario, p: FloatScenario['platforms'][number], base: number, ws: FloatWorkspace): void {
  const H = s.horizon;
  if (scratch.entering.length !== H) scratch = scratchOf(H);
  const { entering, ordered } = scratch;
  const { weight, served, owned } = ws;
  const { energyMWh, rentalCost, selfHostedCost, nodes } = ws.out;
  const soft = p.softwareMultiplier;
  const busyPerHour = p.gpusPerNode * p.targetUtilization;
  const { idleMw, mwhPerBusyGpuHour } = energyRatesOf(F, p.powerKwPerNode, s.pue, p.idlePowerFraction, p.gpusPerNode);
  input.mwhPerBusyGpuHour = mwhPerBusyGpuHour;
  const hostingRate = hostingPerNodeOf(F, p.powerKwPerNode, s.hostingPerKwMonth);
  perNode.hosting = hostingRate;
  perNode.maintenance = maintenancePerNodeOf(F, p.capexPerNode, p.maintenancePctPerYear);
  perNode.capex = p.capexPerNode;
  const escalation = p.hostingEscalation;
  const fixedLate = p.rule.kind === 'fixed' && p.lag > 0;
  let prev = 0;
  for (let t = 0; t < H; t++) {
    const hours = s.hours[t] ?? 0;
    input.weight = weight[base + t] ?? 0;
    input.perBusyHour = (soft[t] ?? 1) * 3600;
    input.busyCapacity = busyPerHour * hours;
    input.perNode = input.perBusyHour * input.busyCapacity;
    input.gpuHours = p.gpusPerNode * hours;
    input.idleMWhPerNode = idleMw * hours;
    const alive = p.rented ? prev : aliveAt(F, prev, entering, t, p.usefulLife);
    input.previous = alive;
    platformMonth(F, fixedLate && t < p.lag ? beforeService : p.rule, input, cell);
    const n = cell.nodes;
    entering[t] = p.rented ? 0 : n - alive;
    nodes[base + t] = n;
    served[base + t] = cell.servedFraction;
    energyMWh[t] = (energyMWh[t] ?? 0) + cell.energyMWh;
    if (p.rented) {
      const rent =
        p.reservedNodes === null
          ? rentalMonth(F, n, cell.provisionedGpuHours, p.rentPrice[t] ?? 0)
          : reservedRentalMonth(F, n, p.reservedNodes, p.reservedPrice, p.rentPrice[t] ?? 0, input.gpuHours);
      rentalCost[t] = (rentalCost[t] ?? 0) + rent;
      selfHostedCost[t] = (selfHostedCost[t] ?? 0) + rent;
    } else {
      const newRate = escalation !== null && t % 12 === 0;
      if (newRate) perNode.hosting = hostingRate * (escalation[t] ?? 1);
      ownedMonth(F, t, n, prev, 0, cell.energyMWh, s.energyPrice * (s.escalationFactor[t] ?? 1), newRate, perNode, money);
      owned.energyCost[t] = money.energyCost;
      owned.hosting[t] = money.hosting;
      owned.maintenance[t] = money.maintenance;
    }
    prev = n;
  }
  if (!p.rented) {
    // capex by order month (lag looks ahead), so after the loop
    ordersInto(F, entering, p.lag, ordered);
    for (let t = 0; t < H; t++) owned.capex[t] = F.isZero(ordered[t] ?? 0) ? 0 : F.moneyProduct(ordered[t] ?? 0, p.capexPerNode);
  }
}

/** An owned platform's depreciation and §8 capital lines (capitalLines.ts) and its money lines added to the totals. */
export function addOwnedPlatform(s: FloatScenario, p: FloatScenario['platforms'][number], ws: FloatWorkspace): void {
  const H = ws.horizon;
  const { owned } = ws;
  const out = ws.out;
  const { energyCost, hosting, maintenance, capex, depreciation, selfHostedCost } = out;
  const { entering, cohortCapex } = scratch;
  for (let t = 0; t < H; t++) cohortCapex[t] = F.isZero(entering[t] ?? 0) ? 0 : F.moneyProduct(entering[t] ?? 0, p.capexPerNode);
  const capital = p.capital;
  capital.chargeFactor = capitalChargeFactor(F, monthlyRateOf(F, s.discountRateAnnual), capital.depreciationMonths, capital.depreciableShare);
  capitalLinesInto(F, cohortCapex, capital, scratch.change, scratch);
  for (let t = 0; t < H; t++) {
    const e = owned.energyCost[t] ?? 0;
    const h = owned.hosting[t] ?? 0;
    const m = owned.maintenance[t] ?? 0;
    const d = scratch.depreciation[t] ?? 0;
    energyCost[t] = (energyCost[t] ?? 0) + e;
    hosting[t] = (hosting[t] ?? 0) + h;
    maintenance[t] = (maintenance[t] ?? 0) + m;
    capex[t] = (capex[t] ?? 0) + (owned.capex[t] ?? 0);
    depreciation[t] = (depreciation[t] ?? 0) + d;
    selfHostedCost[t] = (selfHostedCost[t] ?? 0) + selfHostedOf(F, e, h, m, d);
    out.disposalProceeds[t] = (out.disposalProceeds[t] ?? 0) + (scratch.disposalProceeds[t] ?? 0);
    out.terminalValue[t] = (out.terminalValue[t] ?? 0) + (scratch.terminalValue[t] ?? 0);
    out.taxDepreciation[t] = (out.taxDepreciation[t] ?? 0) + (scratch.taxDepreciation[t] ?? 0);
    out.taxBasisReleased[t] = (out.taxBasisReleased[t] ?? 0) + (scratch.taxBasisReleased[t] ?? 0);
    out.capitalCharge[t] = (out.capitalCharge[t] ?? 0) + (scratch.capitalCharge[t] ?? 0);
  }
}
