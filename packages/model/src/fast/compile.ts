/**
 * A parsed Scenario turned into plain float64 numbers, for the fast path (Monte Carlo, goal-seek
 * bracketing): the inputs of the float instance of the engine (projectFloat.ts).
 *
 * What the analysis drivers change (analysis/drivers.ts) stays a plain number here; every
 * per-month factor that no driver touches is tabulated once at compile time (`(1 − e)^(t/12)`,
 * `(1 + esc)^year(t)`, rental and API price paths), so a projection takes no `Math.pow`.
 * The software multiplier table depends on the curve, which a driver scales: it is rebuilt by
 * `fillSoftwareMultiplier` whenever the curve changes.
 */
import type { Scenario } from '../scenario/schema';
import { Decimal } from '../decimal';
import { buildCalendar } from '../projection/calendar';
import type { NodeRule } from '../projection/platformMonth';
import type { GrowthOf } from '../projection/demand';
import { compileApplication, compileCommitments, powersMemo, type FloatApplication, type FloatCommitment } from './compileApplications';
import { fractionalYearPowersInto, wholeYearPowersInto } from '../projection/powerSeries';
import { softwareMultiplierInto, type SoftwareCurveOf } from '../projection/softwareCurve';
import type { CapitalParams } from '../projection/capitalLines';
import { macrsShares } from '../projection/taxDepreciation';
import { floatArithmetic, floorSnapped } from '../numeric';

export type FloatSoftwareCurve = SoftwareCurveOf<number>;

export type FloatGrowth = GrowthOf<number>;

export interface FloatPlatform {
  id: string;
  rented: boolean;
  gpusPerNode: number;
  powerKwPerNode: number;
  idlePowerFraction: number;
  capexPerNode: number;
  maintenancePctPerYear: number;
  depreciationMonths: number;
  /** `1 − residualValuePct`, taken exactly. */
  depreciableShare: number;
  /** Rented: `pricePerGpuHour · (1 − decline)^(t/12)` per month; owned: all 0. */
  rentPrice: Float64Array;
  softwareCurve: FloatSoftwareCurve;
  /** `M_p(t)`, tabulated from `softwareCurve` (fillSoftwareMultiplier). */
  softwareMultiplier: Float64Array;
  /** The fleet rule of platformMonth.ts: fixed, or auto with the cap `min(maxNodes, floor(powerCapKw / (kW · pue)))`. */
  rule: NodeRule<number>;
  targetUtilization: number;
  /** §8 owned: deployment lag, useful life (null: never retired) and the cohort parameters of capitalLines.ts (`chargeFactor` is set per projection: the discount rate is a driver). */
  lag: number;
  usefulLife: number | null;
  capital: { -readonly [K in keyof CapitalParams<number>]: CapitalParams<number>[K] };
  /** The annual discount rate `capital.chargeFactor` was computed at (NaN: not yet); platformFloat.ts recomputes it when the rate moves. */
  chargeRate: number;
  /** §8 `(1 + hosting.annualEscalation)^year(t)`, null without escalation. */
  hostingEscalation: Float64Array | null;
  /** §9 reserved nodes and their price (rented auto fleets), null without. */
  reservedNodes: number | null;
  reservedPrice: number;
}

export type { FloatApplication } from './compileApplications';

export interface FloatScenario {
  horizon: number;
  hours: Float64Array;
  discountRateAnnual: number;
  contingencyPct: number;
  energyPrice: number;
  /** `(1 + annualEscalation)^year(t)`. */
  escalationFactor: Float64Array;
  pue: number;
  hostingPerKwMonth: number;
  fixedOpexPerMonth: number;
  /** §8 `(1 + fixedOpexAnnualEscalation)^year(t)` (all 1 without escalation). */
  fixedOpexFactor: Float64Array;
  /** §8 tax rate (null without tax) and cost-centre mode (revenue 0). */
  taxRate: number | null;
  costCentre: boolean;
  /** §8 some owned platform has a useful life or the scenario a terminal value: disposal proceeds or terminal value can be non-zero. */
  capitalFlows: boolean;
  platforms: FloatPlatform[];
  applications: FloatApplication[];
  /** §9 each API option's commitment (null without one). */
  commitments: FloatCommitment[];
}

/** `base^(t/12)` for t = 0 … H−1 (powerSeries.ts), memoised by base within one compile. */
function fractionalPowers(memo: Map<number, Float64Array>, base: number, horizon: number): Float64Array {
  let series = memo.get(base);
  if (series === undefined) {
    series = new Float64Array(horizon);
    fractionalYearPowersInto(floatArithmetic, base, horizon, series);
    memo.set(base, series);
  }
  return series;
}

/** Tabulates `M_p(t)` of a curve into `out` (softwareCurve.ts). */
export function fillSoftwareMultiplier(curve: FloatSoftwareCurve, out: Float64Array): void {
  softwareMultiplierInto(floatArithmetic, curve, out.length, out);
}

/**
 * `1 − x` of a decimal string, taken exactly before conversion: for x near 1 (a 99.9999 % decline)
 * float64 subtraction would lose up to 1e-7 relative in the difference.
 */
function oneMinus(x: string): number {
  return new Decimal(1).minus(x).toNumber();
}

function compileCurve(curve: Scenario['platforms'][number]['softwareCurve']): FloatSoftwareCurve {
  if (curve.type === 'none') return { type: 'none' };
  if (curve.type === 'compound') return { type: 'compound', annualImprovement: Number(curve.annualImprovement), cap: Number(curve.cap) };
  return { type: 'steps', steps: curve.steps.map((s) => ({ month: s.month, multiplier: Number(s.multiplier) })) };
}

export function compileScenario(s: Scenario): FloatScenario {
  const horizon = s.horizonMonths;
  const pue = Number(s.energy.pue);
  const powers = new Map<number, Float64Array>();
  const hostingEsc = s.hosting.annualEscalation;
  let hostingEscalation: Float64Array | null = null;
  if (hostingEsc !== undefined && !new Decimal(hostingEsc).isZero()) {
    hostingEscalation = new Float64Array(horizon);
    wholeYearPowersInto(floatArithmetic, new Decimal(1).plus(hostingEsc).toNumber(), horizon, hostingEscalation);
  }
  const platforms: FloatPlatform[] = s.platforms.map((p) => {
    const powerKwPerNode = Number(p.powerKwPerNode);
    const powerCapKw = p.powerCapKw !== undefined ? Number(p.powerCapKw) : Infinity;
    const softwareCurve = compileCurve(p.softwareCurve);
    const softwareMultiplier = new Float64Array(horizon);
    fillSoftwareMultiplier(softwareCurve, softwareMultiplier);
    const rentPrice = new Float64Array(horizon);
    if (p.acquisition.type === 'rent') {
      const decline = fractionalPowers(powers, oneMinus(p.acquisition.annualPriceDecline), horizon);
      const price = Number(p.acquisition.pricePerGpuHour);
      for (let t = 0; t < horizon; t++) rentPrice[t] = price * (decline[t] ?? 0);
    }
    const maxNodes = p.fleet.mode === 'auto' && p.fleet.maxNodes !== undefined ? p.fleet.maxNodes : Infinity;
    const cap = Math.min(maxNodes, floorSnapped(powerCapKw / (powerKwPerNode * pue)));
    const capOrNull = Number.isFinite(cap) ? cap : null;
    const reserved = p.acquisition.type === 'rent' && p.fleet.mode === 'auto' ? p.acquisition.reserved : undefined;
    const rule: NodeRule<number> =
      p.fleet.mode === 'fixed'
        ? { kind: 'fixed', nodes: p.fleet.nodes }
        : p.acquisition.type === 'own'
          ? { kind: 'autoOwned', cap: capOrNull }
          : reserved === undefined
            ? { kind: 'autoRented', cap: capOrNull }
            : { kind: 'autoRented', cap: capOrNull, reserved: reserved.nodes };
    const owned = p.acquisition.type === 'own';
    return {
      id: p.id,
      rule,
      rented: p.acquisition.type === 'rent',
      gpusPerNode: p.gpusPerNode,
      powerKwPerNode,
      idlePowerFraction: Number(p.idlePowerFraction),
      capexPerNode: Number(p.capexPerNode ?? 0),
      maintenancePctPerYear: Number(p.maintenancePctPerYear ?? 0),
      depreciationMonths: p.depreciationMonths ?? 1,
      depreciableShare: oneMinus(p.residualValuePct ?? '0'),
      rentPrice,
      softwareCurve,
      softwareMultiplier,
      targetUtilization: Number(p.fleet.targetUtilization),
      lag: owned ? (p.deploymentLagMonths ?? 0) : 0,
      usefulLife: owned ? (p.usefulLifeMonths ?? null) : null,
      capital: {
        depreciationMonths: p.depreciationMonths ?? 1,
        usefulLife: owned ? (p.usefulLifeMonths ?? null) : null,
        depreciableShare: oneMinus(p.residualValuePct ?? '0'),
        chargeFactor: 0,
        terminalValue: s.terminalValue === 'bookValue',
        tax: s.tax === undefined ? null : { bonus: Number(s.tax.bonusPct ?? 0), macrs: s.tax.depreciation === 'macrs5' ? macrsShares(floatArithmetic) : null },
      },
      chargeRate: NaN,
      hostingEscalation,
      reservedNodes: reserved === undefined ? null : reserved.nodes,
      reservedPrice: reserved === undefined ? 0 : Number(reserved.pricePerGpuHour),
    };
  });
  const applications: FloatApplication[] = s.applications.map((a) => compileApplication(s, a, powersMemo(powers, horizon)));
  const escalationFactor = new Float64Array(horizon);
  wholeYearPowersInto(floatArithmetic, 1 + Number(s.energy.annualEscalation), horizon, escalationFactor);
  const fixedOpexFactor = new Float64Array(horizon);
  wholeYearPowersInto(floatArithmetic, new Decimal(1).plus(s.fixedOpexAnnualEscalation ?? 0).toNumber(), horizon, fixedOpexFactor);
  return {
    horizon,
    hours: Float64Array.from(buildCalendar(s.start, horizon, s.fiscalYearStartMonth).map((m) => m.hours)),
    discountRateAnnual: Number(s.discountRateAnnual),
    contingencyPct: Number(s.contingencyPct),
    energyPrice: Number(s.energy.pricePerMWh),
    escalationFactor,
    pue,
    hostingPerKwMonth: Number(s.hosting.perKwMonth),
    fixedOpexPerMonth: Number(s.fixedOpexPerMonth),
    fixedOpexFactor,
    taxRate: s.tax === undefined ? null : Number(s.tax.rate),
    costCentre: s.revenueMode === 'costCentre',
    capitalFlows: platforms.some((p) => !p.rented && (p.capital.usefulLife !== null || p.capital.terminalValue)),
    platforms,
    applications,
    commitments: compileCommitments(s),
  };
}
