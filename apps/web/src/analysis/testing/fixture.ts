/**
 * A hand-built three-month projection (Nov 2027 – Jan 2028, calendar fiscal years) with numbers
 * small enough to check by hand: one owned platform "gpu" serving Chat and Search, one API
 * serving Agent. Self-hosted cost is 200 a month; idle 50, 20, 33.325.
 */
import type { KpisView, MonthView, ProjectionView, ScenarioView } from '../types';

export const SCENARIO: ScenarioView = {
  name: 'Fixture',
  start: '2027-11',
  fiscalYearStartMonth: 1,
  idlePolicy: 'separate',
  platforms: [{ id: 'gpu', name: 'GPU fleet', acquisition: { type: 'own' } }],
  apiOptions: [{ id: 'api', name: 'Vendor API' }],
  applications: [
    { id: 'a1', name: 'Chat', team: 'Support', model: 'm-large', servedBy: { platform: 'gpu' } },
    { id: 'a2', name: 'Search', team: 'Support', model: 'm-small', servedBy: { platform: 'gpu' } },
    { id: 'a3', name: 'Agent', team: 'Research', model: 'm-large', servedBy: { api: 'api' } },
  ],
};

interface MonthInput {
  t: number;
  month: string;
  revenue: string;
  apiCost: string;
  capex: string;
  cumulative: string;
  cashFlow: string;
  opex: string;
  pnlCost: string;
  budget: string;
  idle: string;
  alloc: [string, string, string];
  served: [string, string, string];
  demand: string;
  nodes: number;
  utilization: string;
}

/** §8's month lines as a scenario without cohorts, tax or terminal value has them: 0, after-tax = pre-tax. */
export function noCapitalLines(cashFlow: string) {
  return { disposalProceeds: '0', terminalValue: '0', capitalCharge: '0', taxDepreciation: '0', tax: '0', afterTaxCashFlow: cashFlow };
}

function month(m: MonthInput): MonthView {
  const gpuServed = String(Number(m.served[0]) + Number(m.served[1]));
  const served = String(Number(gpuServed) + Number(m.served[2]));
  return {
    t: m.t,
    month: m.month,
    hours: '720',
    demandTokens: m.demand,
    servedTokens: served,
    unmetTokens: String(Number(m.demand) - Number(served)),
    revenue: m.revenue,
    energyMWh: '1',
    energyCost: '100',
    hosting: '50',
    maintenance: '20',
    apiCost: m.apiCost,
    rentalCost: '0',
    fixedOpex: '10',
    opex: m.opex,
    capex: m.capex,
    depreciation: '30',
    pnlCost: m.pnlCost,
    cashFlow: m.cashFlow,
    cumulativeCashFlow: m.cumulative,
    budget: m.budget,
    ...noCapitalLines(m.cashFlow),
    platforms: [
      {
        id: 'gpu',
        nodes: m.nodes,
        busyGpuHours: '100',
        utilization: m.utilization,
        softwareMultiplier: '1',
        servedTokens: gpuServed,
        unmetTokens: '0',
        energyMWh: '1',
        energyCost: '100',
        hosting: '50',
        maintenance: '20',
        rentalCost: '0',
        capex: m.capex,
        depreciation: '30',
        idleCost: m.idle,
        // §8/§9 fields, as a projection without them reads (no cohorts, no reservation).
        nodesOrdered: 0,
        nodesRetired: 0,
        reservedNodes: 0,
        capitalCharge: '0',
        allInCostPerGpuHour: null,
      },
    ],
    apiOptions: [{ id: 'api', cost: m.apiCost, unusedCommitment: '0' }],
    applications: [
      { id: 'a1', demandTokens: m.served[0], servedTokens: m.served[0], revenue: '0', allocatedCost: m.alloc[0], target: { platform: 'gpu' }, seatRevenue: '0' },
      { id: 'a2', demandTokens: m.served[1], servedTokens: m.served[1], revenue: '0', allocatedCost: m.alloc[1], target: { platform: 'gpu' }, seatRevenue: '0' },
      { id: 'a3', demandTokens: m.served[2], servedTokens: m.served[2], revenue: m.revenue, allocatedCost: m.alloc[2], target: { api: 'api' }, seatRevenue: '0' },
    ],
  };
}

export const MONTHS: MonthView[] = [
  month({
    t: 0, month: '2027-11', revenue: '1000', apiCost: '40', capex: '1000', opex: '220', pnlCost: '250', cashFlow: '-220',
    cumulative: '-220', budget: '1281', idle: '50', alloc: ['90', '60', '40'], served: ['1200000', '800000', '500000'],
    demand: '2600000', nodes: 2, utilization: '0.75',
  }),
  month({
    t: 1, month: '2027-12', revenue: '1100', apiCost: '30', capex: '0', opex: '210', pnlCost: '240', cashFlow: '890',
    cumulative: '670', budget: '220.5', idle: '20', alloc: ['120', '60', '30'], served: ['2500000', '1500000', '400000'],
    demand: '4400000', nodes: 2, utilization: '0.9',
  }),
  month({
    t: 2, month: '2028-01', revenue: '1200', apiCost: '35.005', capex: '0', opex: '215.005', pnlCost: '245.005',
    cashFlow: '984.995', cumulative: '1654.995', budget: '225.75525', idle: '33.325', alloc: ['100.3375', '66.3375', '35.005'],
    served: ['2700000', '1800000', '500000'], demand: '5000000', nodes: 3, utilization: '0.83',
  }),
];

export const KPIS: KpisView = {
  totalRevenue: '3300',
  totalOpex: '645.005',
  totalCapex: '1000',
  totalDepreciation: '90',
  totalTokens: '11900000',
  unmetTokens: '100000',
  npv: '1234.5',
  irrAnnual: '0.1234',
  mirrAnnual: '0.1',
  // §4 (v2): (k − 1) + 220 / 890 with k = 1.
  paybackMonths: '0.2471910112359550561797752808988764',
  discountedPaybackMonths: null,
  revenueMultiple: '3.3',
  roi: '1.654995',
  costPerMTokens: '62.18529411764705882352941176470588',
  cashCostPerMTokens: '138.2357142857142857142857142857143',
  energyCostPerMTokens: '25.21008403361344537815126050420168',
  joulesPerToken: '0.0010465116279069767441860465116279',
  tokensPerMWh: '3440000000',
  energyCostPerRevenueDollar: '0.09090909090909090909090909090909091',
  grossMarginPct: '0.7757560606060606060606060606060606',
  breakEvenApiPricePerMTokens: '57.69230769230769230769230769230769',
  // §8: Σ (opex + capex) = 645.005 + 1000; no tax, no per-platform figures.
  totalCost: '1645.005',
  presentValueOfCost: '1640.5',
  economicCostPerMTokens: null,
  afterTax: null,
  platforms: [],
};

export const PROJECTION: ProjectionView = {
  scenarioName: 'Fixture',
  months: MONTHS,
  fiscalYears: [
    {
      fiscalYear: 2027, demandTokens: '7000000', servedTokens: '6900000', unmetTokens: '100000', revenue: '2100', energyMWh: '2',
      energyCost: '200', hosting: '100', maintenance: '40', apiCost: '70', rentalCost: '0', fixedOpex: '20', opex: '430',
      capex: '1000', depreciation: '60', pnlCost: '490', cashFlow: '670', cumulativeCashFlow: '670', budget: '1501.5',
      ...noCapitalLines('670'),
    },
    {
      fiscalYear: 2028, demandTokens: '5000000', servedTokens: '5000000', unmetTokens: '0', revenue: '1200', energyMWh: '1',
      energyCost: '100', hosting: '50', maintenance: '20', apiCost: '35.005', rentalCost: '0', fixedOpex: '10', opex: '215.005',
      capex: '0', depreciation: '30', pnlCost: '245.005', cashFlow: '984.995', cumulativeCashFlow: '1654.995', budget: '225.75525',
      ...noCapitalLines('984.995'),
    },
  ],
  kpis: KPIS,
  applications: [],
  warnings: [{ code: 'unmet_demand', message: 'Platform "GPU fleet" cannot serve all its demand from Nov 2027.', path: 'platforms[0]' }],
};

/** A long projection (n months) for windowing tests: the fixture's first month repeated. */
export function longProjection(n: number): ProjectionView {
  const base = MONTHS[0];
  if (!base) throw new Error('fixture has no months');
  const months = Array.from({ length: n }, (_, t) => {
    const y = 2027 + Math.floor(t / 12);
    const mo = String((t % 12) + 1).padStart(2, '0');
    return { ...base, t, month: `${y}-${mo}` };
  });
  return { ...PROJECTION, months, fiscalYears: [] };
}

/** jsdom has no ResizeObserver; Recharts' ResponsiveContainer needs one. */
export function installResizeObserver(): void {
  if (typeof globalThis.ResizeObserver !== 'undefined') return;
  globalThis.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  } as unknown as typeof ResizeObserver;
}
