// A hand-made variance answer (calendar fiscal year 2027): plan $100 every month, actuals $120, $130
// and $140 in Jan–Mar. Budget = 12 × 100 = 1,200. Rolling forecast = 120 + 130 + 140 + 9 × 100 =
// 1,290; rescaled by (120+130+140)/(3×100) = 1.3: 390 + 9 × 130 = 1,560.
import type { Variance, VarianceMonth } from '../types';

const MONTHS = Array.from({ length: 12 }, (_, i) => `2027-${String(i + 1).padStart(2, '0')}`);
const ACTUAL = [120, 130, 140];

export function varianceFixture(rescale = false): Variance {
  let cumPlan = 0;
  let cumActual = 0;
  const months: VarianceMonth[] = MONTHS.map((month, i) => {
    const actual = ACTUAL[i];
    cumPlan += 100;
    cumActual += actual ?? 0;
    return {
      month,
      planCost: '100',
      actualCost: String(actual ?? 0),
      varianceCost: actual === undefined ? null : String(actual - 100),
      variancePct: actual === undefined ? null : String((actual - 100) / 100),
      cumulativePlanCost: String(cumPlan),
      cumulativeActualCost: String(cumActual),
      planTokens: '50000000',
      actualTokens: actual === undefined ? '0' : '40000000',
      varianceTokens: actual === undefined ? null : '-10000000',
      planCostPerMTokens: '2',
      actualCostPerMTokens: actual === undefined ? null : String(actual / 40),
      hasActuals: actual !== undefined,
    };
  });
  const later = rescale ? '130' : '100';
  return {
    version: { id: 'v1', scenarioId: 's1', name: 'FY2027 Budget', kind: 'budget', revision: 4, lockedAt: '2027-01-02T09:00:00.000Z', lockedBy: 'u1' },
    months,
    byApplication: [{ id: 'chat', name: 'Support chat', team: 'Support', planCost: '300', actualCost: '330', varianceCost: '30', variancePct: '0.1', planTokens: '150000000', actualTokens: '120000000' }],
    byTeam: [{ team: 'Support', planCost: '300', actualCost: '330', varianceCost: '30', variancePct: '0.1', planTokens: '150000000', actualTokens: '120000000' }],
    byPlatform: [{ id: 'h100', name: 'H100 cluster', planCost: '300', actualCost: '290', varianceCost: '-10', variancePct: '-0.0333', planTokens: '150000000', actualTokens: '120000000' }],
    unmapped: { cost: '60', tokens: '0' },
    forecast: {
      rescaled: rescale,
      factor: '1.3',
      months: MONTHS.map((month, i) => ({ month, cost: ACTUAL[i] !== undefined ? String(ACTUAL[i]) : later, source: ACTUAL[i] !== undefined ? 'actual' : 'plan' })),
      total: rescale ? '1560' : '1290',
    },
    exhaustion: { budget: '1200', atBurnRate: '2027-10', atForecast: rescale ? '2027-10' : '2027-12', fiscalYearEnd: '2027-12', withinFiscalYear: true },
  };
}
