/**
 * A hand-built three-month Projection (Nov 2027 – Jan 2028, calendar fiscal years), small enough
 * to check by hand: one owned platform "gpu" serving Chat and Search, one API serving Agent.
 * Self-hosted cost 200 a month (energy 100, hosting 50, maintenance 20, depreciation 30); idle
 * 50, 20, 33.325. Only the lines the output helpers read carry values.
 */
import { MONTH_FLOW_LINES } from '../../src/output/projectionSchema';
import type { MonthRow, Projection } from '../../src/projection/types';
import type { ShowbackScenario } from '../../src/output/showback';

export const SCENARIO: ShowbackScenario = {
  fiscalYearStartMonth: 1,
  platforms: [{ id: 'gpu', name: 'GPU fleet' }],
  apiOptions: [{ id: 'api', name: 'Vendor API' }],
  applications: [
    { id: 'a1', name: 'Chat', team: 'Support', model: 'm-large', servedBy: { platform: 'gpu' } },
    { id: 'a2', name: 'Search', team: 'Support', model: 'm-small', servedBy: { platform: 'gpu' } },
    { id: 'a3', name: 'Agent', team: 'Research', model: 'm-large', servedBy: { api: 'api' } },
  ],
};

const zeros = Object.fromEntries(MONTH_FLOW_LINES.map((line) => [line, '0'])) as Record<(typeof MONTH_FLOW_LINES)[number], string>;

function month(t: number, label: string, idle: string, alloc: [string, string, string], served: [string, string, string], extra: Partial<MonthRow>): MonthRow {
  return {
    t,
    month: label,
    hours: '720',
    ...zeros,
    cumulativeCashFlow: '0',
    ...extra,
    platforms: [
      {
        id: 'gpu', nodes: 2, busyGpuHours: '100', utilization: '0.75', softwareMultiplier: '1',
        servedTokens: String(Number(served[0]) + Number(served[1])), unmetTokens: '0', energyMWh: '1', energyCost: '100',
        hosting: '50', maintenance: '20', rentalCost: '0', capex: '0', depreciation: '30', idleCost: idle,
        nodesOrdered: 0, nodesRetired: 0, reservedNodes: 0, capitalCharge: '0', allInCostPerGpuHour: '0.1181',
      },
    ],
    applications: (['a1', 'a2', 'a3'] as const).map((id, i) => ({
      id, demandTokens: served[i] ?? '0', servedTokens: served[i] ?? '0', revenue: '0', allocatedCost: alloc[i] ?? '0',
      target: i === 2 ? { api: 'api' } : { platform: 'gpu' }, seatRevenue: '0',
    })),
    apiOptions: [{ id: 'api', cost: alloc[2] ?? '0', unusedCommitment: '0' }],
  };
}

export const PROJECTION: Projection = {
  scenarioName: 'Fixture',
  months: [
    month(0, '2027-11', '50', ['90', '60', '40'], ['1200000', '800000', '500000'], { pnlCost: '250', servedTokens: '2500000', apiCost: '40', cashFlow: '-220', cumulativeCashFlow: '-220' }),
    month(1, '2027-12', '20', ['120', '60', '30'], ['2500000', '1500000', '400000'], { cashFlow: '890', cumulativeCashFlow: '670' }),
    month(2, '2028-01', '33.325', ['100.3375', '66.3375', '35.005'], ['2700000', '1800000', '500000'], {}),
  ],
  fiscalYears: [
    { fiscalYear: 2027, ...zeros, depreciation: '60', energyCost: '200', cumulativeCashFlow: '670' },
    { fiscalYear: 2028, ...zeros, depreciation: '30', energyCost: '100', cumulativeCashFlow: '670' },
  ],
  kpis: {
    totalRevenue: '0', totalOpex: '0', totalCapex: '0', totalDepreciation: '0', totalTokens: '0', unmetTokens: '0', npv: '0',
    irrAnnual: null, mirrAnnual: null, paybackMonths: null, discountedPaybackMonths: null, revenueMultiple: null, roi: null,
    costPerMTokens: null, cashCostPerMTokens: null, energyCostPerMTokens: null, joulesPerToken: null, tokensPerMWh: null,
    energyCostPerRevenueDollar: null, grossMarginPct: null, breakEvenApiPricePerMTokens: null,
    totalCost: '0', presentValueOfCost: '0', economicCostPerMTokens: null, afterTax: null,
    platforms: [{ id: 'gpu', gpuHours: '0', capitalCharge: '0', nodesOrdered: 0, nodesRetired: 0, allInCostPerGpuHour: null }],
  },
  applications: [],
  warnings: [],
};
