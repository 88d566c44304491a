// Defaults for items added in the editor (a starting point with sourced figures, all editable).

/** An id not yet used in `taken`: `base`, `base-2`, `base-3`… */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const slug = base.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'item';
  if (!used.has(slug)) return slug;
  for (let n = 2; ; n++) if (!used.has(`${slug}-${n}`)) return `${slug}-${n}`;
}

export function newPlatform(id: string, rented: boolean): Record<string, unknown> {
  return {
    id,
    name: rented ? 'Rented H100 capacity' : 'New owned fleet',
    acquisition: rented ? { type: 'rent', pricePerGpuHour: '2.2', annualPriceDecline: '0.15' } : { type: 'own' },
    gpusPerNode: 8,
    powerKwPerNode: '10.2',
    idlePowerFraction: '0.3',
    capexPerNode: '300000',
    maintenancePctPerYear: '0.04',
    depreciationMonths: 60,
    residualValuePct: '0.1',
    throughput: { 'llama-3.3-70b': '2500' },
    softwareCurve: { type: 'none' },
    fleet: { mode: 'auto', targetUtilization: '0.6' },
  };
}

export function newApiOption(id: string): Record<string, unknown> {
  return { id, name: 'New API provider', inputPricePerMTokens: '3', outputPricePerMTokens: '15', annualPriceDecline: '0.3' };
}

/** Token demand of a new application, and what switching an application back from seats restores. */
export const TOKEN_DEMAND_DEFAULTS = { tokensMonth0: '10000000000', growth: { type: 'compound', monthlyRate: '0.03' } } as const;

/** Seat demand when an application switches to seats (§9): 100 seats, +2 %/month, 2M tokens per seat, +50 %/year. */
export const SEATS_DEFAULTS = { seatsMonth0: '100', monthlyGrowth: '0.02', tokensPerSeatMonth0: '2000000', tokensPerSeatAnnualGrowth: '0.5' } as const;

/** The application sized by seats or by tokens: the other basis's fields leave the document. */
export function withDemandBasis(application: Record<string, unknown>, basis: 'tokens' | 'seats'): Record<string, unknown> {
  const { tokensMonth0: _t, growth: _g, seats: _s, revenuePerSeatMonth: _r, ...rest } = application;
  if (basis === 'seats') return { ...rest, seats: { ...SEATS_DEFAULTS }, ...(_r === undefined ? {} : { revenuePerSeatMonth: _r }) };
  return { ...rest, tokensMonth0: TOKEN_DEMAND_DEFAULTS.tokensMonth0, growth: { ...TOKEN_DEMAND_DEFAULTS.growth } };
}

export function newApplication(id: string, servedBy: { platform: string } | { api: string }, model: string): Record<string, unknown> {
  return {
    id,
    name: 'New application',
    team: 'Unassigned',
    model,
    servedBy,
    tokensMonth0: TOKEN_DEMAND_DEFAULTS.tokensMonth0,
    outputShare: '0.3',
    growth: { ...TOKEN_DEMAND_DEFAULTS.growth },
    revenuePerMTokens: '6',
    annualPriceErosion: '0.3',
    tokensPerQuery: '1500',
    queriesPerTask: '1',
  };
}

/** A blank scenario: one API-served application so it validates and projects from the start. */
export function blankScenario(name: string, start: string): Record<string, unknown> {
  return {
    name,
    start,
    horizonMonths: 60,
    discountRateAnnual: '0.1',
    fiscalYearStartMonth: 1,
    contingencyPct: '0',
    energy: { pricePerMWh: '85', annualEscalation: '0.04', pue: '1.3' },
    hosting: { perKwMonth: '184' },
    fixedOpexPerMonth: '0',
    idlePolicy: 'separate',
    platforms: [],
    apiOptions: [newApiOption('api')],
    applications: [newApplication('app', { api: 'api' }, 'llama-3.3-70b')],
  };
}
