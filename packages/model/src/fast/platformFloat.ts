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
const beforeService: NodeRule<number> = { kind: 'fixed', nodes: 0 };

/** One platform's cohort and capital scratch (H months; `change` H + 1). */
interface CohortScratch extends CapitalLines<number> {
  entering: Float64Array;
  /** The platform month's provisioned GPU-hours and energy (MWh), for the money loops. */
  provisioned: Float64Array;
  mwh: Float64Array;
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
  entering: new Float64Array(H), provisioned: new Float64Array(H), mwh: new Float64Array(H), ordered: new Float64Array(H), cohortCapex: new Float64Array(H), change: new Float64Array(H + 1),
  depreciation: new Float64Array(H), disposalProceeds: new Float64Array(H), terminalValue: new Float64Array(H),
  taxDepreciation: new Float64Array(H), taxBasisReleased: new Float64Array(H), capitalCharge: new Float64Array(H),
});
let scratch = scratchOf(0);

/**
 * One platform's months into the workspace: nodes, served fraction, energy, then rent or the owned
 * month's money. The month loop holds the platform month alone (platformMonth.ts inlines there);
 * the money loops are functions of their own.
 */
export function platformMonths(s: FloatScenario, p: FloatScenario['platforms'][number], base: number, ws: FloatWorkspace): void {
  const H = s.horizon;
  if (scratch.entering.length !== H) scratch = scratchOf(H);
  const { entering, provisioned, mwh } = scratch;
  const { weight, served } = ws;
  const { energyMWh, nodes } = ws.out;
  const soft = p.softwareMultiplier;
  const hoursOf = s.hours;
  const gpus = p.gpusPerNode;
  const busyPerHour = gpus * p.targetUtilization;
  const { idleMw, mwhPerBusyGpuHour } = energyRatesOf(F, p.powerKwPerNode, s.pue, p.idlePowerFraction, gpus);
  // local scratch objects: where the month formula inlines, V8's escape analysis keeps their fields in registers
  const input = new FloatMonthInput();
  const cell = new FloatMonthCell();
  input.mwhPerBusyGpuHour = mwhPerBusyGpuHour;
  const rented = p.rented;
  const life = p.usefulLife;
  const rule = p.rule;
  const lag = p.rule.kind === 'fixed' ? p.lag : 0;
  let prev = 0;
  for (let t = 0; t < H; t++) {
    const hours = hoursOf[t] ?? 0;
    input.weight = weight[base + t] ?? 0;
    const perBusyHour = (soft[t] ?? 1) * 3600;
    const busyCapacity = busyPerHour * hours;
    input.perBusyHour = perBusyHour;
    input.busyCapacity = busyCapacity;
    input.perNode = perBusyHour * busyCapacity;
    input.gpuHours = gpus * hours;
    input.idleMWhPerNode = idleMw * hours;
    const alive = rented ? prev : aliveAt(F, prev, entering, t, life);
    input.previous = alive;
    platformMonth(F, t < lag ? beforeService : rule, input, cell);
    const n = cell.nodes;
    entering[t] = rented ? 0 : n - alive;
    nodes[base + t] = n;
    served[base + t] = cell.servedFraction;
    const e = cell.energyMWh;
    mwh[t] = e;
    energyMWh[t] = (energyMWh[t] ?? 0) + e;
    provisioned[t] = cell.provisionedGpuHours;
    prev = n;
  }
  if (rented) rentedMoney(s, p, base, ws);
  else ownedMoney(s, p, base, ws);
}

/** A rented platform's rent (all-in: its self-hosted cost). */
function rentedMoney(s: FloatScenario, p: FloatScenario['platforms'][number], base: number, ws: FloatWorkspace): void {
  const H = s.horizon;
  const { provisioned } = scratch;
  const { rentalCost, selfHostedCost, nodes } = ws.out;
  const price = p.rentPrice;
  const reserved = p.reservedNodes;
  for (let t = 0; t < H; t++) {
    const n = nodes[base + t] ?? 0;
    const rent =
      reserved === null
        ? rentalMonth(F, n, provisioned[t] ?? 0, price[t] ?? 0)
        : reservedRentalMonth(F, n, reserved, p.reservedPrice, price[t] ?? 0, p.gpusPerNode * (s.hours[t] ?? 0));
    rentalCost[t] = (rentalCost[t] ?? 0) + rent;
    selfHostedCost[t] = (selfHostedCost[t] ?? 0) + rent;
  }
}

/**
 * An owned platform's money added to the totals in one pass: its depreciation and §8 capital lines
 * (capitalLines.ts, from the cohorts), then each month's energy cost, hosting, maintenance
 * (platformCosts.ts `ownedMonth`), capex by order month and self-hosted cost.
 */
function ownedMoney(s: FloatScenario, p: FloatScenario['platforms'][number], base: number, ws: FloatWorkspace): void {
  const H = s.horizon;
  const { entering, ordered, mwh, cohortCapex } = scratch;
  const out = ws.out;
  const { nodes, energyCost, hosting, maintenance, capex, depreciation, selfHostedCost, capitalCharge } = out;
  const capexPerNode = p.capexPerNode;
  for (let t = 0; t < H; t++) cohortCapex[t] = F.isZero(entering[t] ?? 0) ? 0 : F.moneyProduct(entering[t] ?? 0, capexPerNode);
  const capital = p.capital;
  if (p.chargeRate !== s.discountRateAnnual) {
    // a per-scenario constant unless the discount rate driver moves: no pow per projection
    capital.chargeFactor = capitalChargeFactor(F, monthlyRateOf(F, s.discountRateAnnual), capital.depreciationMonths, capital.depreciableShare);
    p.chargeRate = s.discountRateAnnual;
  }
  capitalLinesInto(F, cohortCapex, capital, scratch.change, scratch);
  // capex by order month (lag looks ahead)
  ordersInto(F, entering, p.lag, ordered);
  const hostingRate = hostingPerNodeOf(F, p.powerKwPerNode, s.hostingPerKwMonth);
  const perNode = new FloatPerNode();
  const money = new FloatOwnedMonth();
  perNode.hosting = hostingRate;
  perNode.maintenance = maintenancePerNodeOf(F, capexPerNode, p.maintenancePctPerYear);
  perNode.capex = capexPerNode;
  const escalation = p.hostingEscalation;
  const energyPrice = s.energyPrice;
  const escalationFactor = s.escalationFactor;
  const { depreciation: sd, capitalCharge: sc } = scratch;
  let prev = 0;
  for (let t = 0; t < H; t++) {
    const n = nodes[base + t] ?? 0;
    const newRate = escalation !== null && t % 12 === 0;
    if (newRate) perNode.hosting = hostingRate * (escalation[t] ?? 1);
    ownedMonth(F, t, n, prev, ordered[t] ?? 0, mwh[t] ?? 0, energyPrice * (escalationFactor[t] ?? 1), newRate, perNode, money);
    prev = n;
    const e = money.energyCost;
    const h = money.hosting;
    const m = money.maintenance;
    const d = sd[t] ?? 0;
    energyCost[t] = (energyCost[t] ?? 0) + e;
    hosting[t] = (hosting[t] ?? 0) + h;
    maintenance[t] = (maintenance[t] ?? 0) + m;
    capex[t] = (capex[t] ?? 0) + money.capex;
    depreciation[t] = (depreciation[t] ?? 0) + d;
    selfHostedCost[t] = (selfHostedCost[t] ?? 0) + selfHostedOf(F, e, h, m, d);
    capitalCharge[t] = (capitalCharge[t] ?? 0) + (sc[t] ?? 0);
  }
  // §8 lines that are all 0 without a useful life or terminal value (disposals) and without tax
  if (capital.usefulLife !== null || capital.terminalValue) {
    addInto(out.disposalProceeds, scratch.disposalProceeds, H);
    addInto(out.terminalValue, scratch.terminalValue, H);
    if (capital.tax !== null) addInto(out.taxBasisReleased, scratch.taxBasisReleased, H);
  }
  if (capital.tax !== null) addInto(out.taxDepreciation, scratch.taxDepreciation, H);
}

function addInto(total: Line, line: Line, H: number): void {
  for (let t = 0; t < H; t++) total[t] = (total[t] ?? 0) + (line[t] ?? 0);
}
