/**
 * An independent reference calculator of the projection contract (spec/model.md §3–§5, §8, §9),
 * in plain float64. It was written from the contract text alone, reads no engine module, and is
 * the yardstick that compare.ts holds the Decimal engine against (1e-9 relative).
 *
 *   referenceProject(scenarioInput) → RefProjection   (the §7 shape, numbers instead of strings)
 *
 * Readings — where the text leaves room, this is how the reference reads it; these are the places
 * where engine and reference may legitimately disagree:
 * R1  float64: ceil(B/c) and floor(powerCapKw/(kW·pue)) take a quotient within 1e-11 relative of an
 *     integer as that integer (decimal inputs that divide exactly, which float64 misses by an ulp).
 * R2  busyGpuHours (platform-month) is B_p(t), the busy GPU-hours *demanded* (§3's name); utilisation
 *     and energy use the served f·B.
 * R3  A fiscal year's cumulativeCashFlow is the cumulative cash flow at its last month (a running
 *     total cannot be summed); every other line is summed.
 * R4  kpis.totalTokens is Σ served tokens (API included); kpis.unmetTokens Σ unmet.
 * R5  §5 with a platform-month whose served busy hours are 0 (no demand, or N = 0): all of its cost is
 *     idle under both policies; otherwise "separate" gives U·C to applications, (1−U)·C idle.
 * R6  v1 fixed fleets are not capped by N_max (§3 says fixed `nodes`); reserved nodes count only on
 *     rented *auto* fleets (§9), a fixed rented fleet ignores `reserved`.
 * R7  Cohorts (§8): an auto fleet's cohort q(t) starts service at t and is paid at max(0, t−L); a fixed
 *     fleet's cohorts start at L, L+life, … (< H) and are paid at L−L = 0, life, 2·life, ….
 *     nodesOrdered counts nodes in the payment month; rented platforms order and retire nothing (0).
 * R8  Book depreciation, tax depreciation and capital charge of a cohort run over its months in
 *     service [s, min(s+n, s+life, H)); disposal proceeds = capex − book charges over min(n, life)
 *     months; terminal value = capex − book charges over min(n, H−s) months, for cohorts with
 *     s+life > H−1. Only owned platforms have cohorts.
 * R9  Tax: bonus in the service month; "book" charges (1−bonus)·capex·(1−residual)/n for n months;
 *     macrs5 month s+j charges (1−bonus)·capex·rate[floor(j/12)]/12 for j < 72. The remaining basis
 *     released at disposal/terminal value is capex − tax depreciation charged while held.
 *     Without `tax`, taxDepreciation and tax are 0 (the lines still exist).
 * R10 Seat revenue is 0 in cost-centre mode (revenue is 0 "whatever the prices"); an application-month's
 *     `revenue` includes its seat revenue; `seats` appears only for applications with seats.
 * R11 API option month: cost = max(monthlyMinimum, usage·(1−discount)) with a commitment, usage
 *     without; `unusedCommitment` reports the shortfall under both policies (under "spread" it is
 *     also in the applications' allocatedCost, pro rata to their usage; with no usage it is only idle).
 *     These rows live at months[t].apiOptions[] {id, cost, unusedCommitment}.
 * R12 A platform-month's allInCostPerGpuHour includes rentalCost (0 energy cost, hosting and
 *     maintenance when rented); null without nodes. The horizon figure is Σ numerators / Σ GPU-hours.
 * R13 joulesPerToken and breakEvenApiPricePerMTokens are null with no platform-served tokens,
 *     tokensPerMWh null with no energy; both from platform-served tokens only.
 * R14 IRR: roots counted by a scan of ln(1+x) over (−0.99, 10) in 4,000 cells plus bisection. When a
 *     root lies within 1e-3 (in ln(1+x)) of an edge, or |NPV| nearly touches 0 without a sign change,
 *     notes.irr is "fragile" and compare.ts does not compare irrAnnual (nor irr_multiple).
 * R15 budget keeps its v1 formula (opex + capex)·(1 + contingency); disposals do not reduce it.
 * R16 In cost-centre mode, tax is still computed (a negative tax is a shield); afterTax.npv stays,
 *     after-tax IRR/MIRR/payback are null like their pre-tax twins.
 * R17 application `target` per month is the schedule entry's target object ({platform} | {api}).
 */
import { applicationSummaries, fiscalYears, kpis } from './kpis';
import { buildMonths } from './months';
import { readScenario } from './scenario';
import type { RefProjection } from './types';

export type { RefProjection } from './types';
export { readScenario } from './scenario';

/** The reference projection of a scenario input (JSON as a client sends it; defaults applied here). */
export function referenceProject(input: unknown): RefProjection {
  const s = readScenario(input);
  const built = buildMonths(s);
  const { kpis: values, notes } = kpis(s, built);
  return {
    scenarioName: s.name,
    months: built.months,
    fiscalYears: fiscalYears(s, built.months),
    kpis: values,
    applications: applicationSummaries(s, built.months),
    notes,
  };
}
