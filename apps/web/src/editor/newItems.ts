// Defaults for items added in the editor: figures come from the model's reference library
// (NEW_ITEM_DEFAULTS, each traced to a sourced entry); all editable. A new application earns nothing
// until the user types a price.
import { NEW_ITEM_DEFAULTS } from '@tokenplan/model';

const D = Object.fromEntries(Object.entries(NEW_ITEM_DEFAULTS).map(([k, t]) => [k, t.doc])) as Record<keyof typeof NEW_ITEM_DEFAULTS, Record<string, unknown>>;

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
    acquisition: rented ? structuredClone(D.rentedAcquisition) : { type: 'own' },
    ...structuredClone(D.ownedPlatform),
    softwareCurve: { type: 'none' },
  };
}

export function newApiOption(id: string): Record<string, unknown> {
  return { id, name: 'New API provider', ...D.apiOption };
}

/** Token demand of a new application, and what switching an application back from seats restores. */
export const TOKEN_DEMAND_DEFAULTS = D.tokenDemand as { tokensMonth0: string; growth: { type: 'compound'; monthlyRate: string } };

/** Seat demand when an application switches to seats (§9): 100 seats, +2 %/month, 2M tokens per seat, +50 %/year. */
export const SEATS_DEFAULTS = D.seats as { seatsMonth0: string; monthlyGrowth: string; tokensPerSeatMonth0: string; tokensPerSeatAnnualGrowth: string };

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
    growth: { ...TOKEN_DEMAND_DEFAULTS.growth },
    ...D.application,
  };
}

/** A blank scenario: one API-served application so it validates and projects from the start. */
export function blankScenario(name: string, start: string): Record<string, unknown> {
  return {
    name,
    start,
    ...structuredClone(D.site),
    fiscalYearStartMonth: 1,
    contingencyPct: '0',
    fixedOpexPerMonth: '0',
    idlePolicy: 'separate',
    platforms: [],
    apiOptions: [newApiOption('api')],
    applications: [newApplication('app', { api: 'api' }, 'llama-3.3-70b')],
  };
}
