/**
 * Horizon KPIs, per-application summaries and fiscal years of the reference calculator
 * (spec §4, §6, §8), from the month rows.
 */
import type { MonthsResult } from './months';
import { monthlyRate } from './months';
import { calendarMonth, fiscalYear } from './paths';
import { discounted, irr, mirr, npv, payback } from './returns';
import type { RScenario } from './scenario';
import { at } from '../helpers/at';
import {
  V1_FLOW_LINES, V2_FLOW_LINES, type FlowLine, type RefApplicationSummary, type RefFiscalYear, type RefKpis, type RefMonth,
  type RefNotes, type RefReturns,
} from './types';

const ratio = (num: number, den: number): number | null => (den === 0 ? null : num / den);
const total = (months: RefMonth[], line: FlowLine): number => months.reduce((acc, m) => acc + m[line], 0);

/** Fiscal-year rows: every flow line summed; cumulativeCashFlow is the one at the year's last month (Reading R3). */
export function fiscalYears(s: RScenario, months: RefMonth[]): RefFiscalYear[] {
  const rows: RefFiscalYear[] = [];
  for (const month of months) {
    const fy = fiscalYear(s, calendarMonth(s, month.t));
    let row = rows[rows.length - 1];
    if (!row || row.fiscalYear !== fy) {
      row = { fiscalYear: fy, cumulativeCashFlow: 0 } as RefFiscalYear;
      for (const line of [...V1_FLOW_LINES, ...V2_FLOW_LINES]) row[line] = 0;
      rows.push(row);
    }
    for (const line of [...V1_FLOW_LINES, ...V2_FLOW_LINES]) row[line] += month[line];
    row.cumulativeCashFlow = month.cumulativeCashFlow;
  }
  return rows;
}

function returns(flows: number[], m: number, costCentre: boolean): { values: RefReturns; irrClear: boolean; roots: number } {
  const found = irr(flows);
  return {
    values: {
      npv: npv(flows, m),
      irrAnnual: costCentre ? null : found.annual,
      mirrAnnual: costCentre ? null : mirr(flows, m),
      paybackMonths: costCentre ? null : payback(flows),
    },
    irrClear: costCentre || (!found.fragile && Number.isFinite(found.roots)),
    roots: costCentre ? 0 : found.roots,
  };
}

export function kpis(s: RScenario, r: MonthsResult): { kpis: RefKpis; notes: RefNotes } {
  const { months } = r;
  const m = monthlyRate(s);
  const cc = s.costCentre;
  const flows = months.map((x) => x.cashFlow);
  const pre = returns(flows, m, cc);
  const post = s.tax ? returns(months.map((x) => x.afterTaxCashFlow), m, cc) : null;
  const revenue = total(months, 'revenue');
  const opex = total(months, 'opex');
  const capex = total(months, 'capex');
  const served = total(months, 'servedTokens');
  const energyMWh = total(months, 'energyMWh');
  const energyCost = total(months, 'energyCost');
  const pnlCost = total(months, 'pnlCost');
  const platformServed = r.platformServed.reduce((a, b) => a + b, 0);
  const selfHosted = r.selfHosted.reduce((a, b) => a + b, 0);
  const costFlows = months.map((x) => x.opex + x.capex - x.disposalProceeds - x.terminalValue);
  const joulesPerToken = platformServed === 0 ? null : ratio(energyMWh * 3.6e9, platformServed);
  const platforms = s.platforms.map((p, pi) => {
    let gpuHours = 0;
    let allIn = 0;
    let capitalCharge = 0;
    let nodesOrdered = 0;
    let nodesRetired = 0;
    for (const month of months) {
      const pm = at(month.platforms, pi);
      gpuHours += pm.nodes * p.gpusPerNode * month.hours;
      allIn += pm.energyCost + pm.hosting + pm.maintenance + pm.capitalCharge + pm.rentalCost;
      capitalCharge += pm.capitalCharge;
      nodesOrdered += pm.nodesOrdered;
      nodesRetired += pm.nodesRetired;
    }
    return { id: p.id, gpuHours, capitalCharge, nodesOrdered, nodesRetired, allInCostPerGpuHour: ratio(allIn, gpuHours) };
  });
  const values: RefKpis = {
    totalRevenue: revenue,
    totalOpex: opex,
    totalCapex: capex,
    totalDepreciation: total(months, 'depreciation'),
    totalTokens: served,
    unmetTokens: total(months, 'unmetTokens'),
    ...pre.values,
    discountedPaybackMonths: cc ? null : payback(discounted(flows, m)),
    revenueMultiple: cc ? null : ratio(revenue, capex),
    roi: cc ? null : ratio(revenue - opex - capex, capex),
    costPerMTokens: ratio(pnlCost, served / 1e6),
    cashCostPerMTokens: ratio(opex + capex, served / 1e6),
    energyCostPerMTokens: ratio(energyCost, served / 1e6),
    joulesPerToken,
    tokensPerMWh: ratio(platformServed, energyMWh),
    energyCostPerRevenueDollar: cc ? null : ratio(energyCost, revenue),
    grossMarginPct: cc ? null : ratio(revenue - pnlCost, revenue),
    breakEvenApiPricePerMTokens: ratio(selfHosted, platformServed / 1e6),
    totalCost: costFlows.reduce((a, b) => a + b, 0),
    presentValueOfCost: npv(costFlows, m),
    economicCostPerMTokens: ratio(opex + total(months, 'capitalCharge'), served / 1e6),
    afterTax: post ? post.values : null,
    platforms,
  };
  return { kpis: values, notes: {
      irr: pre.irrClear ? 'clear' : 'fragile',
      afterTaxIrr: post && !post.irrClear ? 'fragile' : 'clear',
      irrRoots: pre.roots,
      afterTaxIrrRoots: post ? post.roots : 0,
    },
  };
}

/** Per application over the horizon (§4): totals, cost per M tokens, per query, per task, margin. */
export function applicationSummaries(s: RScenario, months: RefMonth[]): RefApplicationSummary[] {
  return s.applications.map((a, ai) => {
    let demandTokens = 0;
    let servedTokens = 0;
    let revenue = 0;
    let allocatedCost = 0;
    for (const month of months) {
      const am = at(month.applications, ai);
      demandTokens += am.demandTokens;
      servedTokens += am.servedTokens;
      revenue += am.revenue;
      allocatedCost += am.allocatedCost;
    }
    const costPerMTokens = ratio(allocatedCost, servedTokens / 1e6);
    const costPerQuery = costPerMTokens === null ? null : (costPerMTokens * a.tokensPerQuery) / 1e6;
    return {
      id: a.id, name: a.name, team: a.team, demandTokens, servedTokens, unmetTokens: demandTokens - servedTokens, revenue, allocatedCost,
      costPerMTokens, costPerQuery, costPerTask: costPerQuery === null ? null : costPerQuery * a.queriesPerTask,
      marginPct: s.costCentre ? null : ratio(revenue - allocatedCost, revenue),
    };
  });
}
