/**
 * The reference calculator's view of a scenario: the input JSON of spec §2, §8 and §9 (numbers or
 * decimal strings) read into plain float64 numbers with the contract's defaults applied. Written
 * from spec/model.md alone; it reads no engine module (the point is independence).
 */

export type Json = number | string;
export type Target = { platform: string } | { api: string };
export type ServedBy = Target | { fromMonth: number; target: Target }[];

export type Throughput =
  | { kind: 'plain'; perGpu: number }
  | { kind: 'classes'; input: number; output: number }
  | { kind: 'curve'; points: { interactivity: number; tokensPerSecondPerGpu: number }[] };

export interface RPlatform {
  id: string;
  owned: boolean;
  rentPrice: number;
  rentDecline: number;
  reserved: { nodes: number; price: number } | null;
  gpusPerNode: number;
  powerKwPerNode: number;
  idlePowerFraction: number;
  capexPerNode: number;
  maintenancePctPerYear: number;
  depreciationMonths: number;
  residualValuePct: number;
  throughput: Record<string, Throughput>;
  software: { type: 'none' } | { type: 'compound'; annualImprovement: number; cap: number } | { type: 'steps'; steps: { month: number; multiplier: number }[] };
  fleet: { mode: 'auto'; targetUtilization: number; maxNodes: number | null } | { mode: 'fixed'; nodes: number; targetUtilization: number };
  powerCapKw: number | null;
  lag: number;
  usefulLife: number | null;
}

export interface RApiOption {
  id: string;
  input: number;
  output: number;
  cachedInput: number;
  decline: number;
  batchDiscount: number;
  commitment: { monthlyMinimum: number; discountPct: number } | null;
}

export interface RApplication {
  id: string;
  name: string;
  team: string;
  model: string;
  schedule: { fromMonth: number; target: Target }[];
  demand:
    | { type: 'compound'; d0: number; rate: number }
    | { type: 'linear'; d0: number; increment: number }
    | { type: 'logistic'; d0: number; capacity: number; rate: number }
    | { type: 'seats'; seats0: number; seatGrowth: number; tokensPerSeat0: number; tokensPerSeatGrowth: number };
  outputShare: number;
  revenuePerMTokens: number;
  revenuePerSeatMonth: number;
  annualPriceErosion: number;
  tokensPerQuery: number;
  queriesPerTask: number;
  cachedInputShare: number;
  batchShare: number;
  minInteractivity: number | null;
}

export interface RScenario {
  name: string;
  startYear: number;
  startMonth: number;
  horizon: number;
  discountRateAnnual: number;
  fiscalYearStartMonth: number;
  contingencyPct: number;
  energy: { pricePerMWh: number; annualEscalation: number; pue: number };
  hosting: { perKwMonth: number; annualEscalation: number };
  fixedOpexPerMonth: number;
  fixedOpexAnnualEscalation: number;
  idlePolicy: 'separate' | 'spread';
  terminalValue: 'none' | 'bookValue';
  costCentre: boolean;
  tax: { rate: number; depreciation: 'book' | 'macrs5'; bonusPct: number } | null;
  platforms: RPlatform[];
  apiOptions: RApiOption[];
  applications: RApplication[];
}

/* eslint-disable @typescript-eslint/no-explicit-any -- the input is untyped JSON by design */
type Any = any;

const num = (value: unknown, fallback?: number): number => {
  if (value === undefined || value === null) {
    if (fallback === undefined) throw new Error('reference: a required number is missing');
    return fallback;
  }
  return Number(value);
};

function readThroughput(value: Any): Throughput {
  if (typeof value === 'number' || typeof value === 'string') return { kind: 'plain', perGpu: Number(value) };
  if (Array.isArray(value.curve)) {
    return {
      kind: 'curve',
      points: value.curve.map((p: Any) => ({ interactivity: num(p.interactivity), tokensPerSecondPerGpu: num(p.tokensPerSecondPerGpu) })),
    };
  }
  return { kind: 'classes', input: num(value.input), output: num(value.output) };
}

function readPlatform(p: Any): RPlatform {
  const acquisition = p.acquisition ?? { type: 'own' };
  const owned = acquisition.type !== 'rent';
  const software = p.softwareCurve;
  return {
    id: p.id,
    owned,
    rentPrice: owned ? 0 : num(acquisition.pricePerGpuHour),
    rentDecline: owned ? 0 : num(acquisition.annualPriceDecline),
    reserved: !owned && acquisition.reserved ? { nodes: num(acquisition.reserved.nodes), price: num(acquisition.reserved.pricePerGpuHour) } : null,
    gpusPerNode: num(p.gpusPerNode),
    powerKwPerNode: num(p.powerKwPerNode),
    idlePowerFraction: num(p.idlePowerFraction),
    capexPerNode: owned ? num(p.capexPerNode) : 0,
    maintenancePctPerYear: owned ? num(p.maintenancePctPerYear) : 0,
    depreciationMonths: owned ? num(p.depreciationMonths) : 1,
    residualValuePct: owned ? num(p.residualValuePct) : 0,
    throughput: Object.fromEntries(Object.entries(p.throughput as Record<string, Any>).map(([k, v]) => [k, readThroughput(v)])),
    software:
      software.type === 'compound'
        ? { type: 'compound', annualImprovement: num(software.annualImprovement), cap: num(software.cap) }
        : software.type === 'steps'
          ? { type: 'steps', steps: software.steps.map((s: Any) => ({ month: num(s.month), multiplier: num(s.multiplier) })) }
          : { type: 'none' },
    fleet:
      p.fleet.mode === 'fixed'
        ? { mode: 'fixed', nodes: num(p.fleet.nodes), targetUtilization: num(p.fleet.targetUtilization) }
        : { mode: 'auto', targetUtilization: num(p.fleet.targetUtilization), maxNodes: p.fleet.maxNodes === undefined ? null : num(p.fleet.maxNodes) },
    powerCapKw: p.powerCapKw === undefined ? null : num(p.powerCapKw),
    lag: owned ? num(p.deploymentLagMonths, 0) : 0,
    usefulLife: owned && p.usefulLifeMonths !== undefined ? num(p.usefulLifeMonths) : null,
  };
}

function readApi(o: Any): RApiOption {
  const input = num(o.inputPricePerMTokens);
  return {
    id: o.id,
    input,
    output: num(o.outputPricePerMTokens),
    cachedInput: num(o.cachedInputPricePerMTokens, input),
    decline: num(o.annualPriceDecline),
    batchDiscount: num(o.batchDiscount, 0),
    commitment: o.commitment ? { monthlyMinimum: num(o.commitment.monthlyMinimum), discountPct: num(o.commitment.discountPct) } : null,
  };
}

function readDemand(a: Any): RApplication['demand'] {
  if (a.seats) {
    const s = a.seats;
    return {
      type: 'seats',
      seats0: num(s.seatsMonth0),
      seatGrowth: num(s.monthlyGrowth),
      tokensPerSeat0: num(s.tokensPerSeatMonth0),
      tokensPerSeatGrowth: num(s.tokensPerSeatAnnualGrowth),
    };
  }
  const d0 = num(a.tokensMonth0);
  const g = a.growth;
  if (g.type === 'compound') return { type: 'compound', d0, rate: num(g.monthlyRate) };
  if (g.type === 'linear') return { type: 'linear', d0, increment: num(g.monthlyIncrement) };
  return { type: 'logistic', d0, capacity: num(g.capacity), rate: num(g.rate) };
}

function readApplication(a: Any): RApplication {
  const schedule = Array.isArray(a.servedBy) ? a.servedBy.map((e: Any) => ({ fromMonth: num(e.fromMonth), target: e.target })) : [{ fromMonth: 0, target: a.servedBy }];
  return {
    id: a.id,
    name: a.name,
    team: a.team,
    model: a.model,
    schedule,
    demand: readDemand(a),
    outputShare: num(a.outputShare),
    revenuePerMTokens: num(a.revenuePerMTokens),
    // §9: revenuePerSeatMonth without seats is ignored.
    revenuePerSeatMonth: a.seats ? num(a.revenuePerSeatMonth, 0) : 0,
    annualPriceErosion: num(a.annualPriceErosion),
    tokensPerQuery: num(a.tokensPerQuery),
    queriesPerTask: num(a.queriesPerTask),
    cachedInputShare: num(a.cachedInputShare, 0),
    batchShare: num(a.batchShare, 0),
    minInteractivity: a.minInteractivity === undefined ? null : num(a.minInteractivity),
  };
}

/** Reads a scenario input (JSON numbers or decimal strings) with the defaults of §2, §8 and §9. */
export function readScenario(input: Any): RScenario {
  const [year, month] = String(input.start).split('-').map(Number) as [number, number];
  const tax = input.tax ? { rate: num(input.tax.rate), depreciation: input.tax.depreciation, bonusPct: num(input.tax.bonusPct, 0) } : null;
  return {
    name: input.name,
    startYear: year,
    startMonth: month,
    horizon: num(input.horizonMonths),
    discountRateAnnual: num(input.discountRateAnnual),
    fiscalYearStartMonth: num(input.fiscalYearStartMonth),
    contingencyPct: num(input.contingencyPct, 0),
    energy: { pricePerMWh: num(input.energy.pricePerMWh), annualEscalation: num(input.energy.annualEscalation), pue: num(input.energy.pue) },
    hosting: { perKwMonth: num(input.hosting.perKwMonth), annualEscalation: num(input.hosting.annualEscalation, 0) },
    fixedOpexPerMonth: num(input.fixedOpexPerMonth, 0),
    fixedOpexAnnualEscalation: num(input.fixedOpexAnnualEscalation, 0),
    idlePolicy: input.idlePolicy ?? 'separate',
    terminalValue: input.terminalValue ?? 'none',
    costCentre: input.revenueMode === 'costCentre',
    tax,
    platforms: (input.platforms ?? []).map(readPlatform),
    apiOptions: (input.apiOptions ?? []).map(readApi),
    applications: input.applications.map(readApplication),
  };
}
