/**
 * The fixture of fixture.ts with §8/§9 figures, hand-set so the views can be checked by eye:
 * - Platforms: the owned "GPU fleet" (2 nodes ordered in Nov 2027, 1 retired in Jan 2028) and a
 *   rented "B200" (1 reserved node from Dec 2027). Search moves from GPU fleet to B200 in Jan 2028.
 * - Jan 2028: disposal proceeds 40 and terminal value 500, so cash flow 984.995 + 540 = 1,524.995.
 * - Tax: −10 (a shield), 200, 300; after-tax cash flow −210, 690, 1,224.995.
 * - Chat has seat revenue 100, 110, 120 (part of revenue); capital charge 25 a month.
 * - The API option has a 100 minimum in Nov 2027 against 40 used: 60 unused commitment.
 */
import type { KpisView, MonthView, ProjectionView, ScenarioView } from '../types';
import { KPIS, MONTHS, PROJECTION, SCENARIO } from './fixture';

export const SCENARIO_V2: ScenarioView = {
  ...SCENARIO,
  name: 'Fixture v2',
  platforms: [
    { id: 'gpu', name: 'GPU fleet', acquisition: { type: 'own' } },
    { id: 'b200', name: 'B200', acquisition: { type: 'rent' } },
  ],
  applications: SCENARIO.applications.map((a) =>
    a.id === 'a2' ? { ...a, servedBy: [{ fromMonth: 0, target: { platform: 'gpu' } }, { fromMonth: 2, target: { platform: 'b200' } }] } : a,
  ),
};

const TAX = ['-10', '200', '300'];
const AFTER_TAX = ['-210', '690', '1224.995'];

function v2(m: MonthView): MonthView {
  const last = m.t === 2;
  const cashFlow = last ? '1524.995' : m.cashFlow;
  const gpu = m.platforms[0];
  if (!gpu) throw new Error('fixture month without a platform');
  const extraRevenue = [100, 110, 120][m.t];
  if (extraRevenue === undefined) throw new Error(`fixture month ${m.t} has no v2 revenue`);
  return {
    ...m,
    revenue: String(Number(m.revenue) + extraRevenue),
    disposalProceeds: last ? '40' : '0',
    terminalValue: last ? '500' : '0',
    cashFlow,
    cumulativeCashFlow: last ? '2194.995' : m.cumulativeCashFlow,
    capitalCharge: '25',
    taxDepreciation: m.t === 0 ? '250' : '30',
    tax: TAX[m.t] ?? '0',
    afterTaxCashFlow: AFTER_TAX[m.t] ?? cashFlow,
    platforms: [
      { ...gpu, nodesOrdered: m.t === 0 ? 2 : 0, nodesRetired: last ? 1 : 0, capitalCharge: '25', allInCostPerGpuHour: '2.15' },
      {
        ...gpu, id: 'b200', nodes: m.t === 0 ? 0 : 1, reservedNodes: m.t === 0 ? 0 : 1, capex: '0', depreciation: '0', capitalCharge: '0',
        rentalCost: m.t === 0 ? '0' : '400', idleCost: '0', allInCostPerGpuHour: m.t === 0 ? null : '3.4',
      },
    ],
    applications: m.applications.map((a) =>
      a.id === 'a1' ? { ...a, seatRevenue: String([100, 110, 120][m.t]), seats: String([10, 11, 12][m.t]) }
      : a.id === 'a2' && last ? { ...a, target: { platform: 'b200' } }
      : a,
    ),
    apiOptions: [{ id: 'api', cost: m.t === 0 ? '100' : m.apiCost, unusedCommitment: m.t === 0 ? '60' : '0' }],
  };
}

export const MONTHS_V2: MonthView[] = MONTHS.map(v2);

export const KPIS_V2: KpisView = {
  ...KPIS,
  npv: '1234.5',
  totalCost: '1105.005', // opex 645.005 + capex 1000 − disposal 40 − terminal value 500
  presentValueOfCost: '1100.5',
  economicCostPerMTokens: '60.5046218487394957983193277310924', // (645.005 + 3 × 25) / 11.9
  afterTax: { npv: '900.25', irrAnnual: '0.0987', mirrAnnual: '0.08', paybackMonths: '0.3043478260869565217391304347826087' }, // 0 + 210/690
  platforms: [
    { id: 'gpu', gpuHours: '4320', capitalCharge: '75', nodesOrdered: 2, nodesRetired: 1, allInCostPerGpuHour: '2.15' },
    { id: 'b200', gpuHours: '1440', capitalCharge: '0', nodesOrdered: 0, nodesRetired: 0, allInCostPerGpuHour: '3.4' },
  ],
};

export const PROJECTION_V2: ProjectionView = {
  ...PROJECTION,
  scenarioName: 'Fixture v2',
  months: MONTHS_V2,
  kpis: KPIS_V2,
  warnings: [],
};

/** The same fleet as a cost centre (§8): no revenue, no return measures, NPV = −present value of cost. */
export const SCENARIO_COST_CENTRE: ScenarioView = { ...SCENARIO_V2, name: 'Cost centre', revenueMode: 'costCentre' };
export const PROJECTION_COST_CENTRE: ProjectionView = {
  ...PROJECTION_V2,
  scenarioName: 'Cost centre',
  months: MONTHS_V2.map((m) => ({ ...m, revenue: '0' })),
  kpis: {
    ...KPIS_V2,
    totalRevenue: '0', npv: '-1100.5', irrAnnual: null, mirrAnnual: null, paybackMonths: null, discountedPaybackMonths: null,
    revenueMultiple: null, roi: null, grossMarginPct: null, energyCostPerRevenueDollar: null, afterTax: null,
  },
};
