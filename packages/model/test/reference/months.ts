/**
 * The month rows of the reference calculator (spec §3, §5, §8, §9): demand by target, platforms,
 * API options with commitments, revenue with seats, allocation, month totals and tax.
 */
import { platformSeries, type PlatformSeries } from './fleet';
import { annualPow, calendarMonth, demand, erosion, gpuSecondsPerToken, modelYear, seats, softwareMultiplier, targetAt } from './paths';
import type { RScenario, Target } from './scenario';
import type { RefApiOptionMonth, RefApplicationMonth, RefMonth, RefPlatformMonth } from './types';
import { addAt, at } from '../helpers/at';

const zeros = (n: number): number[] => new Array<number>(n).fill(0);

/** Monthly discount rate m = (1 + r)^(1/12) − 1 (§4). */
export const monthlyRate = (s: RScenario): number => Math.pow(1 + s.discountRateAnnual, 1 / 12) - 1;

export interface MonthsResult {
  months: RefMonth[];
  platformSeries: PlatformSeries[];
  /** Tokens served on platforms (owned and rented) by month. */
  platformServed: number[];
  /** Self-hosted cost of all platforms by month. */
  selfHosted: number[];
}

export function buildMonths(s: RScenario): MonthsResult {
  const H = s.horizon;
  const m = monthlyRate(s);
  const cal = Array.from({ length: H }, (_, t) => calendarMonth(s, t));
  const hours = cal.map((c) => c.hours);
  const apps = s.applications;
  const D = apps.map((a) => Array.from({ length: H }, (_, t) => demand(a, t)));
  const targets = apps.map((a) => Array.from({ length: H }, (_, t) => targetAt(a, t)));
  const demandOf = (ai: number, t: number): number => at(at(D, ai), t);
  const targetOf = (ai: number, t: number): Target => at(at(targets, ai), t);
  const onPlatform = (ai: number, t: number, id: string): boolean => {
    const target = targetOf(ai, t);
    return 'platform' in target && target.platform === id;
  };

  // Busy GPU-hours demanded per application on its platform: D·k/M/3600 (§3, §9).
  const appBusy = apps.map(() => zeros(H));
  const platformBusy = s.platforms.map((p) => {
    const B = zeros(H);
    for (let t = 0; t < H; t++) {
      const M = softwareMultiplier(p, t);
      apps.forEach((a, ai) => {
        if (!onPlatform(ai, t, p.id)) return;
        const busy = (demandOf(ai, t) * gpuSecondsPerToken(p, a)) / M / 3600;
        at(appBusy, ai)[t] = busy;
        addAt(B, t, busy);
      });
    }
    return B;
  });
  const series = s.platforms.map((p, pi) => platformSeries(s, p, at(platformBusy, pi), hours, m));

  const months: RefMonth[] = [];
  let cumulative = 0;
  const platformServed = zeros(H);
  const selfHosted = zeros(H);
  for (let t = 0; t < H; t++) {
    const now = (xs: readonly number[]): number => at(xs, t);
    const served = apps.map((_, ai) => {
      const target = targetOf(ai, t);
      if ('api' in target) return demandOf(ai, t);
      const pi = s.platforms.findIndex((p) => p.id === target.platform);
      return now(at(series, pi).served) * demandOf(ai, t);
    });
    const allocated = zeros(apps.length);

    // Platforms: self-hosted cost to applications by served busy GPU-hours; idle apart or spread (§5).
    const platforms: RefPlatformMonth[] = s.platforms.map((p, pi) => {
      const ps = at(series, pi);
      const f = now(ps.served);
      const N = now(ps.nodes);
      const cost = now(ps.energyCost) + now(ps.hosting) + now(ps.maintenance) + now(ps.depreciation) + now(ps.rentalCost);
      addAt(selfHosted, t, cost);
      const busyGpuHours = now(at(platformBusy, pi));
      const servedBusy = f * busyGpuHours;
      let idle = cost;
      if (servedBusy > 0) {
        const toApps = s.idlePolicy === 'spread' ? cost : now(ps.utilization) * cost;
        idle = cost - toApps;
        apps.forEach((_, ai) => {
          if (onPlatform(ai, t, p.id)) addAt(allocated, ai, (toApps * f * now(at(appBusy, ai))) / servedBusy);
        });
      }
      let servedTokens = 0;
      let demandTokens = 0;
      apps.forEach((_, ai) => {
        if (!onPlatform(ai, t, p.id)) return;
        servedTokens += at(served, ai);
        demandTokens += demandOf(ai, t);
      });
      addAt(platformServed, t, servedTokens);
      const gpuHours = N * p.gpusPerNode * now(hours);
      const allIn = now(ps.energyCost) + now(ps.hosting) + now(ps.maintenance) + now(ps.capitalCharge) + now(ps.rentalCost);
      return {
        id: p.id, nodes: N, busyGpuHours, utilization: now(ps.utilization),
        softwareMultiplier: softwareMultiplier(p, t), servedTokens, unmetTokens: demandTokens - servedTokens,
        energyMWh: now(ps.energyMWh), energyCost: now(ps.energyCost), hosting: now(ps.hosting), maintenance: now(ps.maintenance),
        rentalCost: now(ps.rentalCost), capex: now(ps.capex), depreciation: now(ps.depreciation), idleCost: idle,
        nodesOrdered: now(ps.nodesOrdered), nodesRetired: now(ps.nodesRetired), capitalCharge: now(ps.capitalCharge),
        allInCostPerGpuHour: gpuHours === 0 ? null : allIn / gpuHours, reservedNodes: now(ps.reservedNodes),
      };
    });

    // API options: blended price by class, commitments (§3, §9).
    const apiOptions: RefApiOptionMonth[] = s.apiOptions.map((o) => {
      const decline = annualPow(1 - o.decline, t);
      const costs = apps.map((a, ai) => {
        const target = targetOf(ai, t);
        if (!('api' in target) || target.api !== o.id) return 0;
        const c = a.cachedInputShare;
        const blended = ((1 - a.outputShare) * ((1 - c) * o.input + c * o.cachedInput) + a.outputShare * o.output) * (1 - a.batchShare * o.batchDiscount);
        return (at(served, ai) / 1e6) * blended * decline;
      });
      const usage = costs.reduce((x, y) => x + y, 0);
      const discount = o.commitment?.discountPct ?? 0;
      const minimum = o.commitment?.monthlyMinimum ?? 0;
      const cost = Math.max(minimum, usage * (1 - discount));
      const unused = cost - usage * (1 - discount);
      costs.forEach((c, ai) => {
        addAt(allocated, ai, c * (1 - discount));
        if (s.idlePolicy === 'spread' && usage > 0) addAt(allocated, ai, (unused * c) / usage);
      });
      return { id: o.id, cost, unusedCommitment: unused };
    });

    // Applications: revenue per token and per seat (× served fraction), 0 in cost-centre mode (§8, §9).
    const applications: RefApplicationMonth[] = apps.map((a, ai) => {
      const d = demandOf(ai, t);
      const servedTokens = at(served, ai);
      const f = d === 0 ? 1 : servedTokens / d;
      const seatRevenue = s.costCentre ? 0 : seats(a, t) * a.revenuePerSeatMonth * erosion(a, t) * f;
      const tokenRevenue = s.costCentre ? 0 : (servedTokens / 1e6) * a.revenuePerMTokens * erosion(a, t);
      return {
        id: a.id, demandTokens: d, servedTokens, revenue: tokenRevenue + seatRevenue, allocatedCost: at(allocated, ai),
        target: targetOf(ai, t), ...(a.demand.type === 'seats' ? { seats: seats(a, t) } : {}), seatRevenue,
      };
    });

    const sum = <T>(xs: T[], f: (x: T) => number): number => xs.reduce((acc, x) => acc + f(x), 0);
    const year = modelYear(t);
    const revenue = sum(applications, (a) => a.revenue);
    const energyCost = sum(platforms, (p) => p.energyCost);
    const hosting = sum(platforms, (p) => p.hosting);
    const maintenance = sum(platforms, (p) => p.maintenance);
    const rentalCost = sum(platforms, (p) => p.rentalCost);
    const apiCost = sum(apiOptions, (o) => o.cost);
    const fixedOpex = s.fixedOpexPerMonth * Math.pow(1 + s.fixedOpexAnnualEscalation, year);
    const opex = energyCost + hosting + maintenance + rentalCost + apiCost + fixedOpex;
    const capex = sum(platforms, (p) => p.capex);
    const depreciation = sum(platforms, (p) => p.depreciation);
    const disposalProceeds = sum(series, (ps) => now(ps.disposalProceeds));
    const terminalValue = sum(series, (ps) => now(ps.terminalValue));
    const taxDepreciation = sum(series, (ps) => now(ps.taxDepreciation));
    const basisReleased = sum(series, (ps) => now(ps.taxBasisReleased));
    const cashFlow = revenue - opex - capex + disposalProceeds + terminalValue;
    cumulative += cashFlow;
    const tax = s.tax ? s.tax.rate * (revenue - opex - taxDepreciation + (disposalProceeds + terminalValue - basisReleased)) : 0;
    const demandTokens = sum(applications, (a) => a.demandTokens);
    const servedTokens = sum(applications, (a) => a.servedTokens);
    months.push({
      t, month: at(cal, t).label, hours: now(hours), demandTokens, servedTokens, unmetTokens: demandTokens - servedTokens, revenue,
      energyMWh: sum(platforms, (p) => p.energyMWh), energyCost, hosting, maintenance, apiCost, rentalCost, fixedOpex, opex, capex,
      depreciation, pnlCost: opex + depreciation, cashFlow, cumulativeCashFlow: cumulative, budget: (opex + capex) * (1 + s.contingencyPct),
      disposalProceeds, terminalValue, capitalCharge: sum(platforms, (p) => p.capitalCharge), taxDepreciation: s.tax ? taxDepreciation : 0,
      tax, afterTaxCashFlow: cashFlow - tax, platforms, applications, apiOptions,
    });
  }
  return { months, platformSeries: series, platformServed, selfHosted };
}
