/**
 * A seeded generator of random valid scenario inputs (the JSON a client sends), for holding the
 * engine against the reference calculator. `generateScenario(seed)` draws a v1 scenario (§2 fields
 * only); `generateScenario(seed, { v2: true })` adds §8 and §9 fields: tax (book / macrs5, bonus),
 * terminal value, cost-centre mode, escalations, deployment lag, useful life, migration paths,
 * seats, cached and batch shares, API commitments (binding or not), reserved rented nodes,
 * throughput by class and interactivity curves. Values have at most 4 significant digits, so a
 * decimal string and the float64 the reference reads are the same number.
 */
import { at } from '../helpers/at';

/** mulberry32: a small, seeded, reproducible PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/* eslint-disable @typescript-eslint/no-explicit-any -- scenario inputs are JSON by design */
type Json = any;

const MODELS = ['model-a', 'model-b.1', 'model-c'] as const;

class Draw {
  constructor(readonly r: () => number) {}
  chance(p: number): boolean {
    return this.r() < p;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.r() * (hi - lo + 1));
  }
  /** A value in [lo, hi] with at most 4 significant digits. */
  real(lo: number, hi: number): number {
    return nice(lo + this.r() * (hi - lo));
  }
  /** Log-uniform in [lo, hi], 4 significant digits. */
  log(lo: number, hi: number): number {
    return nice(Math.exp(Math.log(lo) + this.r() * (Math.log(hi) - Math.log(lo))));
  }
  one<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.r() * xs.length)] as T;
  }
  /** A JSON number or, now and then, the same number as a decimal string (clients send both). */
  json(x: number): number | string {
    return this.chance(0.2) && !String(x).includes('e') ? String(x) : x;
  }
}

const nice = (x: number): number => Number(x.toPrecision(4));

function start(d: Draw): string {
  const year = d.chance(0.1) ? d.one([1999, 2000, 2099, 2100, 2103]) : d.int(2023, 2031);
  return `${year}-${String(d.int(1, 12)).padStart(2, '0')}`;
}

function horizon(d: Draw): number {
  const u = d.r();
  if (u < 0.05) return 1;
  if (u < 0.35) return d.int(2, 24);
  return d.int(25, 120);
}

function software(d: Draw): Json {
  const u = d.r();
  if (u < 0.3) return { type: 'none' };
  if (u < 0.65) return { type: 'compound', annualImprovement: d.json(d.real(0, 0.6)), cap: d.json(d.real(1, 4)) };
  const steps = Array.from({ length: d.int(0, 3) }, () => ({ month: d.int(0, 119), multiplier: d.json(d.real(0.8, 2)) }));
  return { type: 'steps', steps };
}

/** Curve points: interactivity from ≤ 20 to ≥ 100, throughput non-increasing (§9). */
function curve(d: Draw): Json {
  const n = d.int(2, 4);
  const xs = [d.real(5, 20)];
  for (let i = 1; i < n - 1; i++) xs.push(nice(at(xs, i - 1) + d.real(5, 40)));
  xs.push(nice(Math.max(at(xs, xs.length - 1) + 1, d.real(100, 300))));
  const ys = [d.log(3000, 50000)];
  for (let i = 1; i < n; i++) ys.push(d.chance(0.2) ? at(ys, i - 1) : nice(at(ys, i - 1) * d.real(0.5, 0.99)));
  return { curve: xs.map((x, i) => ({ interactivity: d.json(x), tokensPerSecondPerGpu: d.json(at(ys, i)) })) };
}

function throughput(d: Draw, f: Has): Json {
  return Object.fromEntries(
    MODELS.map((model) => {
      const u = f('throughputClasses') || f('curves') ? d.r() : 0;
      if (u < 0.5 || (u < 0.75 && !f('throughputClasses')) || (u >= 0.75 && !f('curves'))) return [model, d.json(d.log(2000, 60000))];
      if (u < 0.75) return [model, { input: d.json(d.log(10000, 200000)), output: d.json(d.log(2000, 30000)) }];
      return [model, curve(d)];
    }),
  );
}

function platform(d: Draw, i: number, f: Has): Json {
  const rent = d.chance(0.35);
  const fixed = d.chance(0.3);
  const gpusPerNode = d.one([4, 8, 8, 72]);
  const p: Json = {
    id: `p${i}`,
    name: `Platform ${i}`,
    gpusPerNode,
    powerKwPerNode: d.json(gpusPerNode === 72 ? d.real(80, 130) : d.real(3, 15)),
    idlePowerFraction: d.json(d.real(0, 0.5)),
    throughput: throughput(d, f),
    softwareCurve: software(d),
    fleet: fixed
      ? { mode: 'fixed', nodes: d.int(0, 40), targetUtilization: d.json(d.real(0.4, 1)) }
      : { mode: 'auto', targetUtilization: d.json(d.real(0.4, 1)), ...(d.chance(0.35) ? { maxNodes: d.chance(0.5) ? d.int(0, 6) : d.int(0, 200) } : {}) },
  };
  if (d.chance(0.3)) p.powerCapKw = d.json(d.log(20, 20000));
  if (rent) {
    p.acquisition = { type: 'rent', pricePerGpuHour: d.json(d.real(0.5, 8)), annualPriceDecline: d.json(d.real(0, 0.4)) };
    if (f('reserved') && !fixed && d.chance(0.5)) p.acquisition.reserved = { nodes: d.int(0, 20), pricePerGpuHour: d.json(d.real(0.5, 6)) };
    return p;
  }
  if (d.chance(0.8)) p.acquisition = { type: 'own' };
  Object.assign(p, {
    capexPerNode: d.json(gpusPerNode === 72 ? d.log(1e6, 4e6) : d.log(5e4, 5e5)),
    maintenancePctPerYear: d.json(d.real(0, 0.1)),
    depreciationMonths: d.int(1, 120),
    residualValuePct: d.json(d.chance(0.2) ? 0 : d.real(0, 0.3)),
  });
  if (f('lag') && d.chance(0.5)) p.deploymentLagMonths = d.int(0, 24);
  if (f('usefulLife') && d.chance(0.5)) p.usefulLifeMonths = d.chance(0.7) ? d.int(1, 60) : d.int(1, 240);
  return p;
}

function apiOption(d: Draw, i: number, f: Has): Json {
  const o: Json = {
    id: `api${i}`,
    name: `API ${i}`,
    inputPricePerMTokens: d.json(d.chance(0.1) ? 0 : d.real(0.1, 15)),
    outputPricePerMTokens: d.json(d.real(0.4, 75)),
    annualPriceDecline: d.json(d.real(0, 0.5)),
  };
  if (f('apiClasses') && d.chance(0.5)) o.cachedInputPricePerMTokens = d.json(d.real(0, 2));
  if (f('apiClasses') && d.chance(0.5)) o.batchDiscount = d.json(d.real(0, 0.5));
  // Binding or not: usage runs from ~0 to ~1e6 USD a month.
  if (f('commitment') && d.chance(0.5)) o.commitment = { monthlyMinimum: d.json(d.chance(0.1) ? 0 : d.log(10, 1e6)), discountPct: d.json(d.real(0, 0.4)) };
  return o;
}

function growth(d: Draw, tokensMonth0: number): Json {
  const u = d.r();
  if (u < 0.45) return { type: 'compound', monthlyRate: d.json(d.real(-0.05, 0.05)) };
  if (u < 0.75) return { type: 'linear', monthlyIncrement: d.json(nice((d.r() - 0.3) * 0.05 * Math.max(tokensMonth0, 1e9))) };
  return { type: 'logistic', capacity: d.json(nice(Math.max(tokensMonth0, 1e8) * d.real(1.5, 30))), rate: d.json(d.real(0.01, 0.5)) };
}

interface Targets {
  platforms: Json[];
  apis: Json[];
}

function target(d: Draw, t: Targets): Json {
  const usePlatform = t.platforms.length > 0 && (t.apis.length === 0 || d.chance(0.75));
  return usePlatform ? { platform: d.one(t.platforms).id } : { api: d.one(t.apis).id };
}

function application(d: Draw, i: number, t: Targets, H: number, f: Has): Json {
  const model = d.one(MODELS);
  const first = target(d, t);
  let servedBy: Json = first;
  if (f('migration') && d.chance(0.35)) {
    const schedule = [{ fromMonth: 0, target: first }];
    for (let k = 0, from = 0; k < d.int(1, 2); k++) {
      from += d.int(1, Math.max(1, Math.ceil(H / 2)));
      schedule.push({ fromMonth: from, target: target(d, t) });
    }
    servedBy = schedule;
  }
  const a: Json = {
    id: `app${i}`,
    name: `Application ${i}`,
    team: d.one(['Care', 'Engineering', 'Legal', 'R&D']),
    model,
    servedBy,
    outputShare: d.json(d.real(0, 1)),
    revenuePerMTokens: d.json(d.one([0, 3, 6, 45, 150, d.real(0, 20)])),
    annualPriceErosion: d.json(d.real(0, 0.5)),
    tokensPerQuery: d.json(d.log(100, 20000)),
    queriesPerTask: d.json(d.real(1, 10)),
  };
  if (f('seats') && d.chance(0.3)) {
    a.seats = {
      seatsMonth0: d.json(d.chance(0.05) ? 0 : d.log(10, 3000)),
      monthlyGrowth: d.json(d.real(-0.02, 0.03)),
      tokensPerSeatMonth0: d.json(d.log(1e5, 3e6)),
      tokensPerSeatAnnualGrowth: d.json(d.real(-0.2, 0.5)),
    };
    if (d.chance(0.8)) a.revenuePerSeatMonth = d.json(d.real(0, 60));
  } else {
    const tokensMonth0 = d.chance(0.07) ? 0 : d.log(1e8, 2e11);
    a.tokensMonth0 = d.json(tokensMonth0);
    a.growth = growth(d, tokensMonth0);
  }
  if (f('apiClasses') && d.chance(0.4)) a.cachedInputShare = d.json(d.real(0, 1));
  const entries: Json[] = Array.isArray(servedBy) ? servedBy.map((e: Json) => e.target) : [servedBy];
  if (f('apiClasses') && entries.every((e) => 'api' in e) && d.chance(0.5)) a.batchShare = d.json(d.real(0, 1));
  const onCurve = entries.some((e) => 'platform' in e && t.platforms.find((p) => p.id === e.platform).throughput[model].curve);
  // Every curve spans interactivity ≤ 20 … ≥ 100: u ≤ 100 is reachable, u < 20 may sit below a first point.
  if (onCurve || (f('curves') && d.chance(0.1))) a.minInteractivity = d.json(d.chance(0.15) ? d.real(0.5, 5) : d.real(5, 100));
  return a;
}

/** The §8 and §9 features the generator can draw (all of them with `v2: true` and no list). */
export const V2_FEATURES = [
  'tax', 'terminalValue', 'costCentre', 'escalation', 'lag', 'usefulLife', 'migration', 'seats', 'apiClasses', 'commitment',
  'reserved', 'throughputClasses', 'curves',
] as const;
export type V2Feature = (typeof V2_FEATURES)[number];
type Has = (feature: V2Feature) => boolean;

export interface GenerateOptions {
  /** Add §8 and §9 fields. */
  v2?: boolean;
  /** Only these §8/§9 features (default: all). */
  features?: readonly V2Feature[];
}

/** A random valid scenario input, the same for the same seed. */
export function generateScenario(seed: number, options: GenerateOptions = {}): Json {
  const v2 = options.v2 ?? false;
  const f: Has = (feature) => v2 && (options.features ?? V2_FEATURES).includes(feature);
  const d = new Draw(rng(seed));
  const H = horizon(d);
  const platforms = Array.from({ length: d.int(0, 4) }, (_, i) => platform(d, i, f));
  const apiOptions = Array.from({ length: platforms.length === 0 ? d.int(1, 3) : d.int(0, 3) }, (_, i) => apiOption(d, i, f));
  const targets = { platforms, apis: apiOptions };
  const applications = Array.from({ length: d.int(1, 8) }, (_, i) => application(d, i, targets, H, f));
  const s: Json = {
    name: `Generated ${seed}${v2 ? ' (v2)' : ''}`,
    start: start(d),
    horizonMonths: H,
    discountRateAnnual: d.json(d.chance(0.1) ? 0 : d.real(0, 0.3)),
    fiscalYearStartMonth: d.int(1, 12),
    energy: { pricePerMWh: d.json(d.real(0, 200)), annualEscalation: d.json(d.real(-0.1, 0.1)), pue: d.json(d.real(1, 2)) },
    hosting: { perKwMonth: d.json(d.real(0, 300)) },
    platforms,
    apiOptions,
    applications,
  };
  if (d.chance(0.7)) s.contingencyPct = d.json(d.real(0, 0.2));
  if (d.chance(0.7)) s.fixedOpexPerMonth = d.json(d.chance(0.2) ? 0 : d.log(1e3, 1e6));
  if (d.chance(0.7)) s.idlePolicy = d.one(['separate', 'spread']);
  if (f('terminalValue') && d.chance(0.6)) s.terminalValue = d.one(['none', 'bookValue', 'bookValue']);
  if (f('costCentre') && d.chance(0.5)) s.revenueMode = d.one(['revenue', 'costCentre']);
  if (f('tax') && d.chance(0.6)) {
    s.tax = { rate: d.json(d.real(0, 0.6)), depreciation: d.one(['book', 'macrs5']) };
    if (d.chance(0.6)) s.tax.bonusPct = d.json(d.chance(0.3) ? 1 : d.real(0, 1));
  }
  if (f('escalation') && d.chance(0.5)) s.hosting.annualEscalation = d.json(d.real(-0.1, 0.2));
  if (f('escalation') && d.chance(0.5)) s.fixedOpexAnnualEscalation = d.json(d.real(-0.1, 0.2));
  return s;
}
