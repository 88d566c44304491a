/**
 * The drivers of spec §6 as pure scenario transforms: `applyDriver(scenario, driver, factor)`
 * multiplies one driver by `factor` (> 0) on the Decimal Scenario (tornado and goal seek run
 * exactly), and `applyDriverFloat` does the same on a FloatScenario (Monte Carlo fast path).
 * Each rule is written once (`driverRules`) and run with either number type.
 *
 * What "× f" means, driver by driver:
 * - energyPrice: `energy.pricePerMWh · f` (escalation unchanged; rented platforms' all-in price unchanged).
 * - demandGrowth, per growth type of every application:
 *   compound: `monthlyRate · f` (a 4 %/month rate becomes 4.8 % at f = 1.2; a declining
 *   application declines faster), kept above −0.99 (or the rate itself if already lower);
 *   linear: `monthlyIncrement · f`;
 *   logistic: the headroom above month 0 scales, `capacity' = D0 + f · (capacity − D0)`
 *   (the rate is unchanged); month-0 demand never changes.
 * - throughput: every `throughput` figure of every platform `· f` (tokens/s/GPU at day one).
 * - capex: `capexPerNode · f` of owned platforms (maintenance, a share of capex, follows);
 *   rented platforms have no capex and are unchanged.
 * - revenuePrice: `revenuePerMTokens · f` of every application (erosion unchanged).
 * - softwareImprovement, per curve of every platform: compound: `annualImprovement · f` (cap
 *   unchanged); steps: the improvement of each step scales, `multiplier' = 1 + (multiplier − 1) · f`,
 *   kept at or above 0.01 (or the multiplier itself if already lower); none: unchanged.
 * - utilizationTarget: `targetUtilization · f` of every platform, at most 1.
 * - discountRate: `discountRateAnnual · f`, at most 1 (the schema's range).
 * Factors must be finite and > 0 (a RangeError otherwise: a caller bug, the API validates first).
 */
import { Decimal, type DecimalInput } from '../decimal';
import { decimalArithmetic, floatArithmetic, type Arithmetic } from '../numeric';
import { fillSoftwareMultiplier, type FloatScenario } from '../fast/compile';
import type { Scenario, Throughput } from '../scenario/schema';

export const DRIVERS = [
  'energyPrice',
  'demandGrowth',
  'throughput',
  'capex',
  'revenuePrice',
  'softwareImprovement',
  'utilizationTarget',
  'discountRate',
] as const;
export type Driver = (typeof DRIVERS)[number];

export const DRIVER_LABELS: Readonly<Record<Driver, string>> = {
  energyPrice: 'Energy price',
  demandGrowth: 'Demand growth',
  throughput: 'Throughput (tokens/s/GPU)',
  capex: 'Capex per node',
  revenuePrice: 'Revenue price',
  softwareImprovement: 'Software improvement',
  utilizationTarget: 'Utilisation target',
  discountRate: 'Discount rate',
};

export const CLAMPS = {
  maxUtilization: 1,
  maxDiscountRate: 1,
  minCompoundGrowth: -0.99,
  minStepMultiplier: 0.01,
} as const;

function checkFactor(factor: number | Decimal): void {
  const ok = typeof factor === 'number' ? Number.isFinite(factor) && factor > 0 : factor.isFinite() && factor.gt(0);
  if (!ok) throw new RangeError(`a driver factor must be finite and greater than 0, got ${String(factor)}`);
}

/**
 * The rule of each driver on one value, written once for both number types (numeric.ts):
 * `applyDriver` runs it on the Scenario's decimal strings, `applyDriversFloatInto` on a FloatScenario.
 */
function driverRules<T>(N: Arithmetic<T>) {
  const [maxUtilization, maxDiscountRate, minGrowth, minStep] = [
    CLAMPS.maxUtilization, CLAMPS.maxDiscountRate, CLAMPS.minCompoundGrowth, CLAMPS.minStepMultiplier,
  ].map((bound) => N.of(bound)) as [T, T, T, T];
  /** Lower clamp that never raises a value already below the bound: `max(x, min(original, bound))`. */
  const floorAt = (x: T, original: T, bound: T) => N.max(x, N.min(original, bound));
  return {
    scale: (x: T, f: T) => N.mul(x, f),
    utilization: (u: T, f: T) => N.min(N.mul(u, f), maxUtilization),
    discountRate: (r: T, f: T) => N.min(N.mul(r, f), maxDiscountRate),
    compoundGrowth: (rate: T, f: T) => floorAt(N.mul(rate, f), rate, minGrowth),
    /** Logistic: the headroom above month 0 scales. */
    logisticCapacity: (capacity: T, d0: T, f: T) => N.add(d0, N.mul(N.sub(capacity, d0), f)),
    /** Steps: the improvement of each step scales. */
    stepMultiplier: (m: T, f: T) => floorAt(N.add(N.mul(N.sub(m, N.one), f), N.one), m, minStep),
  };
}

const exact = driverRules(decimalArithmetic);
const fast = driverRules(floatArithmetic);
const dec = (value: string) => new Decimal(value);
const str = (d: Decimal): string => d.toFixed();
const times = (value: string, f: Decimal): string => str(exact.scale(dec(value), f));

/** A throughput figure of any form (§9) with every tokens/s rate scaled by `f`. */
function scaledThroughput(value: Throughput, f: Decimal): Throughput {
  if (typeof value === 'string') return times(value, f);
  if ('curve' in value) return { curve: value.curve.map((p) => ({ ...p, tokensPerSecondPerGpu: times(p.tokensPerSecondPerGpu, f) })) };
  return { input: times(value.input, f), output: times(value.output, f) };
}

/** `scenario` with `driver` multiplied by `factor` (see the file comment); a new object, input untouched. */
export function applyDriver(scenario: Scenario, driver: Driver, factor: DecimalInput): Scenario {
  const f = new Decimal(factor);
  checkFactor(f);
  switch (driver) {
    case 'energyPrice':
      return { ...scenario, energy: { ...scenario.energy, pricePerMWh: times(scenario.energy.pricePerMWh, f) } };
    case 'discountRate':
      return { ...scenario, discountRateAnnual: str(exact.discountRate(dec(scenario.discountRateAnnual), f)) };
    case 'revenuePrice':
      return {
        ...scenario,
        applications: scenario.applications.map((a) => ({
          ...a,
          revenuePerMTokens: times(a.revenuePerMTokens, f),
          // §9: the seat price is a revenue price too.
          ...(a.revenuePerSeatMonth === undefined ? {} : { revenuePerSeatMonth: times(a.revenuePerSeatMonth, f) }),
        })),
      };
    case 'demandGrowth':
      return {
        ...scenario,
        applications: scenario.applications.map((a) => {
          const g = a.growth;
          // §9 seats: the seat count's monthly growth is the demand growth driver.
          if (g === undefined || a.tokensMonth0 === undefined) {
            return a.seats === undefined ? a : { ...a, seats: { ...a.seats, monthlyGrowth: str(exact.compoundGrowth(dec(a.seats.monthlyGrowth), f)) } };
          }
          if (g.type === 'compound') return { ...a, growth: { ...g, monthlyRate: str(exact.compoundGrowth(dec(g.monthlyRate), f)) } };
          if (g.type === 'linear') return { ...a, growth: { ...g, monthlyIncrement: times(g.monthlyIncrement, f) } };
          return { ...a, growth: { ...g, capacity: str(exact.logisticCapacity(dec(g.capacity), dec(a.tokensMonth0), f)) } };
        }),
      };
    case 'throughput':
      return {
        ...scenario,
        platforms: scenario.platforms.map((p) => ({
          ...p,
          throughput: Object.fromEntries(Object.entries(p.throughput).map(([model, v]) => [model, scaledThroughput(v, f)])),
        })),
      };
    case 'capex':
      return {
        ...scenario,
        platforms: scenario.platforms.map((p) =>
          p.acquisition.type === 'own' && p.capexPerNode !== undefined ? { ...p, capexPerNode: times(p.capexPerNode, f) } : p,
        ),
      };
    case 'softwareImprovement':
      return {
        ...scenario,
        platforms: scenario.platforms.map((p) => {
          const c = p.softwareCurve;
          if (c.type === 'compound') return { ...p, softwareCurve: { ...c, annualImprovement: times(c.annualImprovement, f) } };
          if (c.type === 'steps') {
            const steps = c.steps.map((s) => ({ ...s, multiplier: str(exact.stepMultiplier(dec(s.multiplier), f)) }));
            return { ...p, softwareCurve: { ...c, steps } };
          }
          return p;
        }),
      };
    case 'utilizationTarget':
      return {
        ...scenario,
        platforms: scenario.platforms.map((p) => ({
          ...p,
          fleet: { ...p.fleet, targetUtilization: str(exact.utilization(dec(p.fleet.targetUtilization), f)) },
        })),
      };
  }
}

/** Several drivers at once (in DRIVERS order; they touch disjoint fields, so the order is immaterial). */
export function applyDrivers(scenario: Scenario, factors: Partial<Record<Driver, DecimalInput>>): Scenario {
  let s = scenario;
  for (const driver of DRIVERS) {
    const f = factors[driver];
    if (f !== undefined) s = applyDriver(s, driver, f);
  }
  return s;
}

/** A FloatScenario whose driver-touched parts are its own (tables of untouched factors are shared). */
export function cloneFloatScenario(fs: FloatScenario): FloatScenario {
  return {
    ...fs,
    platforms: fs.platforms.map((p) => ({
      ...p,
      softwareCurve: p.softwareCurve.type === 'steps' ? { type: 'steps', steps: p.softwareCurve.steps.map((s) => ({ ...s })) } : { ...p.softwareCurve },
      softwareMultiplier: new Float64Array(p.softwareMultiplier),
    })),
    applications: fs.applications.map((a) => ({ ...a, growth: { ...a.growth } })),
  };
}

/**
 * Writes into `target` (a `cloneFloatScenario` of `base`) the drivers of `base` times
 * `factors[i]` for `DRIVERS[i]` (1 leaves a driver as in `base`). Allocates nothing: the Monte
 * Carlo loop calls it once per path.
 */
export function applyDriversFloatInto(target: FloatScenario, base: FloatScenario, factors: ArrayLike<number>): void {
  const f = (d: number) => {
    const v = factors[d] ?? 1;
    checkFactor(v);
    return v;
  };
  const [energy, growth, throughput, capex, revenue, software, utilization, discount] = [f(0), f(1), f(2), f(3), f(4), f(5), f(6), f(7)];
  target.energyPrice = fast.scale(base.energyPrice, energy);
  target.discountRateAnnual = fast.discountRate(base.discountRateAnnual, discount);
  for (let a = 0; a < base.applications.length; a++) {
    const b = base.applications[a];
    const t = target.applications[a];
    if (!b || !t) continue;
    t.revenuePerMTokens = fast.scale(b.revenuePerMTokens, revenue);
    t.revenuePerSeatMonth = fast.scale(b.revenuePerSeatMonth, revenue); // §9 seat price: a revenue price too (as applyDriver)
    t.throughput = fast.scale(b.throughput, throughput);
    const bg = b.growth;
    const tg = t.growth;
    if (bg.type === 'compound' && tg.type === 'compound') tg.rate = fast.compoundGrowth(bg.rate, growth);
    else if (bg.type === 'linear' && tg.type === 'linear') tg.increment = fast.scale(bg.increment, growth);
    else if (bg.type === 'logistic' && tg.type === 'logistic') tg.capacity = fast.logisticCapacity(bg.capacity, b.tokensMonth0, growth);
  }
  for (let p = 0; p < base.platforms.length; p++) {
    const b = base.platforms[p];
    const t = target.platforms[p];
    if (!b || !t) continue;
    t.capexPerNode = fast.scale(b.capexPerNode, capex);
    t.targetUtilization = fast.utilization(b.targetUtilization, utilization);
    const bc = b.softwareCurve;
    const tc = t.softwareCurve;
    if (bc.type === 'compound' && tc.type === 'compound') {
      tc.annualImprovement = fast.scale(bc.annualImprovement, software);
      fillSoftwareMultiplier(tc, t.softwareMultiplier);
    } else if (bc.type === 'steps' && tc.type === 'steps') {
      bc.steps.forEach((s, i) => {
        const ts = tc.steps[i];
        if (ts) ts.multiplier = fast.stepMultiplier(s.multiplier, software);
      });
      fillSoftwareMultiplier(tc, t.softwareMultiplier);
    }
  }
}

/** `fs` with `driver` multiplied by `factor`: a new FloatScenario, `fs` untouched. */
export function applyDriverFloat(fs: FloatScenario, driver: Driver, factor: number): FloatScenario {
  const factors = DRIVERS.map((d) => (d === driver ? factor : 1));
  const target = cloneFloatScenario(fs);
  applyDriversFloatInto(target, fs, factors);
  return target;
}

/** The scenario fields a driver changes, with their values before and after (for goal-seek answers). */
export function driverChanges(scenario: Scenario, driver: Driver, factor: DecimalInput): { path: string; from: string; to: string }[] {
  const after = applyDriver(scenario, driver, factor);
  const changes: { path: string; from: string; to: string }[] = [];
  const walk = (a: unknown, b: unknown, path: string) => {
    if (typeof a === 'string' && typeof b === 'string') {
      if (a !== b && !new Decimal(a).eq(b)) changes.push({ path, from: a, to: b });
    } else if (Array.isArray(a) && Array.isArray(b)) {
      a.forEach((x, i) => walk(x, b[i], `${path}[${i}]`));
    } else if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null && a !== b) {
      for (const [k, v] of Object.entries(a)) walk(v, (b as Record<string, unknown>)[k], path === '' ? k : `${path}.${k}`);
    }
  };
  walk(scenario, after, '');
  return changes;
}
