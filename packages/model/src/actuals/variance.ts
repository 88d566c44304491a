/**
 * Plan vs actual (issue 18, docs/actuals.md). The plan is a locked version's projection; a month's
 * plan cost is its cash cost `opex + capex` (what a bill shows; no contingency). Per application the
 * plan is its allocated cost (§5), per team the sum of its applications, per platform its cash cost
 * `energyCost + hosting + maintenance + rentalCost + capex`. Actual cost of a month is every imported
 * row of the month, mapped or not. Breakdowns sum over the months that have actuals (like with like).
 */
import { Decimal, ratio, toDecimalString, type DecimalInput } from '../decimal';
import { mapTarget, mappingTargetKey, type MappingRule, type MappingTarget } from './mapping';
import type { ActualDimensions } from './types';

type Num = DecimalInput;
const ZERO = new Decimal(0);
const MILLION = new Decimal(1e6);
const str = (d: Decimal) => toDecimalString(d);
const strOrNull = (d: Decimal | null) => (d === null ? null : toDecimalString(d));

/** Stored actual spend, possibly already grouped (rows = how many file rows it stands for). */
export interface ActualFact {
  month: string;
  cost: Num;
  tokens: Num;
  dimensions: ActualDimensions;
  rows?: number;
}

export interface Amount {
  cost: Decimal;
  tokens: Decimal;
  rows: number;
}

export interface MonthActuals extends Amount {
  month: string;
  /** By target key (mappingTargetKey()): the mapped spend. */
  byTarget: Map<string, Amount & { target: MappingTarget }>;
  unmapped: Amount;
}

const emptyAmount = (): Amount => ({ cost: ZERO, tokens: ZERO, rows: 0 });
function add(into: Amount, cost: Num, tokens: Num, rows: number): void {
  into.cost = into.cost.plus(cost);
  into.tokens = into.tokens.plus(tokens);
  into.rows += rows;
}

/** Actuals per month (sorted), mapped by the rules (first match wins; unmapped kept). */
export function monthlyActuals(facts: readonly ActualFact[], rules: readonly MappingRule[]): MonthActuals[] {
  const months = new Map<string, MonthActuals>();
  for (const f of facts) {
    let m = months.get(f.month);
    if (!m) months.set(f.month, (m = { month: f.month, ...emptyAmount(), byTarget: new Map(), unmapped: emptyAmount() }));
    const rows = f.rows ?? 1;
    add(m, f.cost, f.tokens, rows);
    const target = mapTarget(rules, f.dimensions);
    if (!target) add(m.unmapped, f.cost, f.tokens, rows);
    else {
      const key = mappingTargetKey(target);
      let t = m.byTarget.get(key);
      if (!t) m.byTarget.set(key, (t = { target, ...emptyAmount() }));
      add(t, f.cost, f.tokens, rows);
    }
  }
  return [...months.values()].sort((a, b) => a.month.localeCompare(b.month));
}

/** The parts of a projection month the variance reads (a §7 MonthRow has them all). */
export interface PlanMonth {
  month: string;
  opex: Num;
  capex: Num;
  servedTokens: Num;
  platforms: readonly { id: string; energyCost: Num; hosting: Num; maintenance: Num; rentalCost: Num; capex: Num; servedTokens: Num }[];
  applications: readonly { id: string; servedTokens: Num; allocatedCost: Num }[];
}

export interface VariancePlan {
  months: readonly PlanMonth[];
  applications: readonly { id: string; name: string; team: string }[];
  platforms: readonly { id: string; name: string }[];
}

export interface VarianceMonth {
  month: string;
  planCost: string;
  actualCost: string;
  /** actual − plan (positive: over plan); null in a month without actuals. */
  varianceCost: string | null;
  variancePct: string | null;
  cumulativePlanCost: string;
  cumulativeActualCost: string;
  planTokens: string;
  actualTokens: string;
  varianceTokens: string | null;
  planCostPerMTokens: string | null;
  actualCostPerMTokens: string | null;
  hasActuals: boolean;
}

export interface VarianceLine {
  planCost: string;
  actualCost: string;
  varianceCost: string;
  variancePct: string | null;
  planTokens: string;
  actualTokens: string;
}

export interface Variance {
  months: VarianceMonth[];
  byApplication: (VarianceLine & { id: string; name: string; team: string })[];
  byTeam: (VarianceLine & { team: string })[];
  byPlatform: (VarianceLine & { id: string; name: string })[];
  /** Spend no rule maps, or mapped to an application/platform this plan does not have. */
  unmapped: { cost: string; tokens: string };
}

/** A month's plan cost: `opex + capex`. */
export function planCostOf(m: Pick<PlanMonth, 'opex' | 'capex'>): Decimal {
  return new Decimal(m.opex).plus(m.capex);
}

/** A platform-month's plan cost: its cash cost. */
export function platformPlanCost(p: PlanMonth['platforms'][number]): Decimal {
  return new Decimal(p.energyCost).plus(p.hosting).plus(p.maintenance).plus(p.rentalCost).plus(p.capex);
}

function line(plan: Amount, actual: Amount): VarianceLine {
  const variance = actual.cost.minus(plan.cost);
  return {
    planCost: str(plan.cost),
    actualCost: str(actual.cost),
    varianceCost: str(variance),
    variancePct: strOrNull(ratio(variance, plan.cost)),
    planTokens: str(plan.tokens),
    actualTokens: str(actual.tokens),
  };
}

function varianceMonths(plan: VariancePlan, actuals: readonly MonthActuals[]): VarianceMonth[] {
  const planBy = new Map(plan.months.map((m) => [m.month, m]));
  const actualBy = new Map(actuals.map((m) => [m.month, m]));
  const labels = [...new Set([...planBy.keys(), ...actualBy.keys()])].sort();
  let cumPlan = ZERO;
  let cumActual = ZERO;
  return labels.map((month) => {
    const p = planBy.get(month);
    const a = actualBy.get(month);
    const planCost = p ? planCostOf(p) : ZERO;
    const planTokens = p ? new Decimal(p.servedTokens) : ZERO;
    const actualCost = a?.cost ?? ZERO;
    const actualTokens = a?.tokens ?? ZERO;
    cumPlan = cumPlan.plus(planCost);
    cumActual = cumActual.plus(actualCost);
    const variance = a ? actualCost.minus(planCost) : null;
    return {
      month,
      planCost: str(planCost),
      actualCost: str(actualCost),
      varianceCost: strOrNull(variance),
      variancePct: variance === null ? null : strOrNull(ratio(variance, planCost)),
      cumulativePlanCost: str(cumPlan),
      cumulativeActualCost: str(cumActual),
      planTokens: str(planTokens),
      actualTokens: str(actualTokens),
      varianceTokens: a ? str(actualTokens.minus(planTokens)) : null,
      planCostPerMTokens: strOrNull(ratio(planCost, planTokens.div(MILLION))),
      actualCostPerMTokens: a ? strOrNull(ratio(actualCost, actualTokens.div(MILLION))) : null,
      hasActuals: a !== undefined,
    };
  });
}

export function varianceOf(plan: VariancePlan, actuals: readonly MonthActuals[]): Variance {
  const actualMonths = new Set(actuals.map((m) => m.month));
  const compared = plan.months.filter((m) => actualMonths.has(m.month));
  const planApp = new Map(plan.applications.map((a) => [a.id, emptyAmount()]));
  const planPlatform = new Map(plan.platforms.map((p) => [p.id, emptyAmount()]));
  for (const m of compared) {
    for (const a of m.applications) { const x = planApp.get(a.id); if (x) add(x, a.allocatedCost, a.servedTokens, 0); }
    for (const p of m.platforms) { const x = planPlatform.get(p.id); if (x) add(x, platformPlanCost(p), p.servedTokens, 0); }
  }
  const actualApp = new Map(plan.applications.map((a) => [a.id, emptyAmount()]));
  const actualPlatform = new Map(plan.platforms.map((p) => [p.id, emptyAmount()]));
  const unmapped = emptyAmount();
  for (const m of actuals) {
    add(unmapped, m.unmapped.cost, m.unmapped.tokens, m.unmapped.rows);
    for (const t of m.byTarget.values()) {
      const into = 'application' in t.target ? actualApp.get(t.target.application) : actualPlatform.get(t.target.platform);
      add(into ?? unmapped, t.cost, t.tokens, t.rows);
    }
  }
  const byApplication = plan.applications.map((a) => ({ id: a.id, name: a.name, team: a.team, ...line(planApp.get(a.id) ?? emptyAmount(), actualApp.get(a.id) ?? emptyAmount()) }));
  const teams = [...new Set(plan.applications.map((a) => a.team))];
  const byTeam = teams.map((team) => {
    const plans = emptyAmount();
    const acts = emptyAmount();
    for (const a of plan.applications.filter((x) => x.team === team)) {
      const p = planApp.get(a.id) ?? emptyAmount();
      const q = actualApp.get(a.id) ?? emptyAmount();
      add(plans, p.cost, p.tokens, 0);
      add(acts, q.cost, q.tokens, 0);
    }
    return { team, ...line(plans, acts) };
  });
  const byPlatform = plan.platforms.map((p) => ({ id: p.id, name: p.name, ...line(planPlatform.get(p.id) ?? emptyAmount(), actualPlatform.get(p.id) ?? emptyAmount()) }));
  return { months: varianceMonths(plan, actuals), byApplication, byTeam, byPlatform, unmapped: { cost: str(unmapped.cost), tokens: str(unmapped.tokens) } };
}
