/**
 * The validation limits that need several fields at once (docs/model.md "Validation limits"): a
 * growth curve over the horizon, a fleet sized from its demand, a tokens × price product. They run
 * once every field is valid (crossChecks.ts) and never throw.
 */
import { Decimal, ONE } from '../decimal';
import { LIMITS } from './limits';
import type { Application, Scenario } from './objectSchema';
import { CODES, MESSAGES, formatQuantity } from './messages';
import { slowestTokensPerSecond, targetsOf } from './servedBy';

export interface LimitIssue {
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly message: string;
}

const MILLION = new Decimal(1_000_000);
const SECONDS_PER_HOUR = 3600;
/** Hours of the shortest month: the most nodes a demand needs. */
const SHORTEST_MONTH_HOURS = 672;

/** Demand of one application at its highest month of the horizon (tokens per month). */
export function peakDemand(application: Application, horizonMonths: number): Decimal {
  const last = horizonMonths - 1;
  const { growth, seats } = application;
  if (seats !== undefined || growth === undefined || application.tokensMonth0 === undefined) {
    if (seats === undefined) return new Decimal(0);
    // §9 seats × tokens per seat, each at its own highest end of the horizon (an upper bound).
    const seatPeak = Decimal.max(ONE, ONE.plus(seats.monthlyGrowth).pow(last));
    const perSeatPeak = Decimal.max(ONE, ONE.plus(seats.tokensPerSeatAnnualGrowth).pow(new Decimal(last).div(12)));
    return new Decimal(seats.seatsMonth0).times(seatPeak).times(seats.tokensPerSeatMonth0).times(perSeatPeak);
  }
  const d0 = new Decimal(application.tokensMonth0);
  switch (growth.type) {
    case 'compound': {
      const rate = new Decimal(growth.monthlyRate);
      return rate.gt(0) ? d0.times(ONE.plus(rate).pow(last)) : d0;
    }
    case 'linear': {
      const increment = new Decimal(growth.monthlyIncrement);
      return increment.gt(0) ? d0.plus(increment.times(last)) : d0;
    }
    case 'logistic':
      return d0.isZero() ? d0 : Decimal.max(d0, new Decimal(growth.capacity));
  }
}

function growthPath(application: Application): (string | number)[] {
  const { growth } = application;
  if (growth === undefined) return ['seats', 'monthlyGrowth'];
  return ['growth', growth.type === 'compound' ? 'monthlyRate' : growth.type === 'linear' ? 'monthlyIncrement' : 'capacity'];
}

/** Lowest and highest running product of software steps (1 before the first step). */
function stepProducts(steps: readonly { month: number; multiplier: string }[], horizonMonths: number) {
  const ordered = steps.filter((s) => s.month < horizonMonths).map((s, index) => ({ ...s, index })).sort((a, b) => a.month - b.month);
  let product: Decimal = ONE;
  let lowest: Decimal = ONE;
  const outside: { index: number; product: Decimal }[] = [];
  for (const step of ordered) {
    product = product.times(step.multiplier);
    lowest = Decimal.min(lowest, product);
    if (product.lt(LIMITS.softwareMultiplier.min) || product.gt(LIMITS.softwareMultiplier.max)) {
      outside.push({ index: step.index, product });
    }
  }
  return { lowest, outside };
}

function demandIssues(scenario: Scenario, peaks: readonly Decimal[]): LimitIssue[] {
  const issues: LimitIssue[] = [];
  const max = new Decimal(LIMITS.tokensPerMonth.max);
  scenario.applications.forEach((application, index) => {
    const peak = peaks[index] ?? ONE;
    if (peak.gt(max)) {
      issues.push({
        code: CODES.demandTooHigh,
        path: ['applications', index, ...growthPath(application)],
        message: MESSAGES.demandTooHigh(formatQuantity(peak), formatQuantity(max)),
      });
      return;
    }
    const money = peak.div(MILLION).times(application.revenuePerMTokens);
    if (money.gt(LIMITS.moneyPerApplicationMonth.max)) {
      issues.push({
        code: CODES.moneyTooHigh,
        path: ['applications', index, 'revenuePerMTokens'],
        message: MESSAGES.moneyTooHigh(formatQuantity(money), formatQuantity(new Decimal(LIMITS.moneyPerApplicationMonth.max))),
      });
    }
  });
  return issues;
}

/** An API option's cost per application-month: the peak tokens at the dearer of its two prices. */
function apiCostIssues(scenario: Scenario, peaks: readonly Decimal[]): LimitIssue[] {
  const issues: LimitIssue[] = [];
  const max = new Decimal(LIMITS.moneyPerApplicationMonth.max);
  scenario.apiOptions.forEach((option, index) => {
    const price = Decimal.max(option.inputPricePerMTokens, option.outputPricePerMTokens);
    const worst = scenario.applications.reduce((top, application, k) => {
      const served = targetsOf(application.servedBy).some(({ target }) => 'api' in target && target.api === option.id);
      return served ? Decimal.max(top, peaks[k] ?? ONE) : top;
    }, new Decimal(0));
    const money = worst.div(MILLION).times(price);
    if (money.gt(max)) {
      const field = new Decimal(option.inputPricePerMTokens).gte(option.outputPricePerMTokens) ? 'inputPricePerMTokens' : 'outputPricePerMTokens';
      issues.push({ code: CODES.moneyTooHigh, path: ['apiOptions', index, field], message: MESSAGES.moneyTooHigh(formatQuantity(money), formatQuantity(max)) });
    }
  });
  return issues;
}

/**
 * Software steps whose running product leaves [0.01, 1000], and auto fleets without maxNodes
 * whose peak demand would need more nodes than the limit (an upper bound: every application at
 * its own peak in the shortest month, at the lowest software multiplier).
 */
function platformIssues(scenario: Scenario, peaks: readonly Decimal[]): LimitIssue[] {
  const issues: LimitIssue[] = [];
  scenario.platforms.forEach((platform, index) => {
    let lowestMultiplier: Decimal = ONE;
    const curve = platform.softwareCurve;
    if (curve.type === 'steps') {
      const { lowest, outside } = stepProducts(curve.steps, scenario.horizonMonths);
      lowestMultiplier = lowest;
      for (const step of outside) {
        issues.push({
          code: CODES.softwareMultiplierOutOfRange,
          path: ['platforms', index, 'softwareCurve', 'steps', step.index, 'multiplier'],
          message: MESSAGES.softwareMultiplierOutOfRange(formatQuantity(step.product), LIMITS.softwareMultiplier.min, LIMITS.softwareMultiplier.max),
        });
      }
      if (outside.length > 0) return;
    }
    if (platform.fleet.mode !== 'auto' || platform.fleet.maxNodes !== undefined) return;
    let busyGpuHours = new Decimal(0);
    scenario.applications.forEach((application, k) => {
      if (!targetsOf(application.servedBy).some(({ target }) => 'platform' in target && target.platform === platform.id)) return;
      const figure = platform.throughput[application.model];
      const peak = peaks[k] ?? ONE;
      if (figure === undefined || peak.gt(LIMITS.tokensPerMonth.max)) return; // reported elsewhere
      const perGpuHour = new Decimal(slowestTokensPerSecond(figure)).times(SECONDS_PER_HOUR).times(lowestMultiplier);
      busyGpuHours = busyGpuHours.plus(peak.div(perGpuHour));
    });
    const perNode = new Decimal(platform.gpusPerNode).times(SHORTEST_MONTH_HOURS).times(platform.fleet.targetUtilization);
    const nodes = busyGpuHours.div(perNode).ceil();
    if (nodes.gt(LIMITS.nodes.max)) {
      issues.push({
        code: CODES.fleetTooLarge,
        path: ['platforms', index, 'fleet'],
        message: MESSAGES.fleetTooLarge(formatQuantity(nodes), formatQuantity(new Decimal(LIMITS.nodes.max))),
      });
    }
  });
  return issues;
}

/** The hard limits that need several fields (errors). */
export function limitIssues(scenario: Scenario): LimitIssue[] {
  const peaks = scenario.applications.map((a) => peakDemand(a, scenario.horizonMonths));
  return [...demandIssues(scenario, peaks), ...apiCostIssues(scenario, peaks), ...platformIssues(scenario, peaks)];
}
