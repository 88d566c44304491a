// Horizon KPIs on a monthly cash-flow series (spec §4) and the rate conversions they use.
export { monthlyRateFromAnnual, annualFromMonthly } from './rates';
export { npv, discountedFlows, discountFactor } from './npv';
export { irr } from './irr';
export type { IrrResult } from './irr';
export { mirr } from './mirr';
export { paybackMonths, discountedPaybackMonths, cumulative } from './payback';
export { allocateCents, allocateToCents, roundToCents } from '../allocation/largestRemainder';
