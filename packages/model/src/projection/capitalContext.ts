/**
 * The scenario-level inputs of the §8 capital lines (platformCosts.ts), read once per projection:
 * the hosting escalation `(1 + hostingEsc)^year(t)` (null without one: v1's hosting), the monthly
 * discount rate of the capital charge, terminal value and tax.
 */
import { Decimal, ONE } from '../decimal';
import { monthlyRateFromAnnual } from '../kpis/rates';
import type { Scenario, Tax } from '../scenario/schema';
import { wholeYearPowers } from './powerSeries';
import { sharedSeries } from './seriesCache';

export interface CapitalContext {
  /** `(1 + hosting.annualEscalation)^year(t)` per month, or null when there is none. */
  readonly hostingEscalation: readonly Decimal[] | null;
  readonly monthlyDiscountRate: Decimal;
  readonly terminalValue: boolean;
  readonly tax: Tax | null;
}

export function capitalContextOf(scenario: Scenario): CapitalContext {
  const horizon = scenario.horizonMonths;
  const escalation = scenario.hosting.annualEscalation;
  const hostingEscalation =
    escalation === undefined || new Decimal(escalation).isZero()
      ? null
      : sharedSeries(`yearPow|${horizon}|${escalation}`, () => wholeYearPowers(ONE.plus(escalation), horizon));
  return {
    hostingEscalation,
    monthlyDiscountRate: monthlyRateFromAnnual(new Decimal(scenario.discountRateAnnual)),
    terminalValue: scenario.terminalValue === 'bookValue',
    tax: scenario.tax ?? null,
  };
}
