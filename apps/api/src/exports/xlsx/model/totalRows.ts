// The month totals (spec §3 "Month totals"): sums over applications and platforms, fixed opex
// with its escalation, opex, cash flow and its running sum, P&L cost, budget; then the helper
// lines of the KPIs (discount factor, discounted cash flow, the payback crossings).
import type { Scenario } from '../../model';
import { FMT, sumOf, type Calc, type Col } from './calc';
import type { Cached } from './shared';

export function addTotalRows(calc: Calc, scenario: Scenario, cached: Cached): void {
  const v = (line: string) => cached.month(line);
  const apps = scenario.applications.map((a) => (line: string, c: Col) => calc.at(`application:${a.id}:${line}`, c));
  const plats = scenario.platforms.map((p) => (line: string, c: Col) => calc.at(`platform:${p.id}:${line}`, c));
  const overApps = (line: string) => (c: Col) => sumOf(apps.map((at) => at(line, c)));
  const overPlatforms = (line: string) => (c: Col) => sumOf(plats.map((at) => at(line, c)));
  const at = (key: string, c: Col) => calc.at(key, c);
  calc.section('Month totals');
  calc.line('demandTokens', 'Tokens demanded', 'tokens', FMT.tokens, overApps('demandTokens'), v('demandTokens'));
  calc.line('servedTokens', 'Tokens served', 'tokens', FMT.tokens, overApps('servedTokens'), v('servedTokens'));
  calc.line('unmetTokens', 'Tokens unmet = demanded − served', 'tokens', FMT.tokens, (c) => `${at('demandTokens', c)}-${at('servedTokens', c)}`, v('unmetTokens'));
  calc.line('platformTokens', 'Tokens served on platforms', 'tokens', FMT.tokens, overPlatforms('servedTokens'));
  const costCentre = scenario.revenueMode === 'costCentre';
  calc.line('revenue', costCentre ? 'Revenue (cost centre: none)' : 'Revenue', 'USD', FMT.money, costCentre ? () => '0' : overApps('revenue'), v('revenue'));
  for (const line of ['energyMWh', 'energyCost', 'hosting', 'maintenance'] as const) calc.line(line, line === 'energyMWh' ? 'Energy' : `Σ platforms ${line}`, line === 'energyMWh' ? 'MWh' : 'USD', line === 'energyMWh' ? FMT.mwh : FMT.money, overPlatforms(line), v(line));
  calc.line('apiCost', 'API cost = Σ API options’ cost', 'USD', FMT.money, (c) => sumOf(scenario.apiOptions.map((o) => calc.at(`api:${o.id}:cost`, c))), v('apiCost'));
  calc.line('rentalCost', 'Rental', 'USD', FMT.money, overPlatforms('rentalCost'), v('rentalCost'));
  calc.line('fixedOpex', 'Fixed opex = per month · (1+escalation)^year', 'USD', FMT.money, (c) => `${calc.in('fixedOpexPerMonth')}*POWER(1+${calc.in('fixedOpexAnnualEscalation')},${calc.year(c)})`, v('fixedOpex'));
  calc.line('opex', 'Opex = energy + hosting + maintenance + rental + API + fixed', 'USD', FMT.money, (c) =>
    ['energyCost', 'hosting', 'maintenance', 'rentalCost', 'apiCost', 'fixedOpex'].map((l) => at(l, c)).join('+'), v('opex'));
  calc.line('capex', 'Capex', 'USD', FMT.money, overPlatforms('capex'), v('capex'));
  calc.line('depreciation', 'Depreciation', 'USD', FMT.money, overPlatforms('depreciation'), v('depreciation'));
  calc.line('pnlCost', 'P&L cost = opex + depreciation', 'USD', FMT.money, (c) => `${at('opex', c)}+${at('depreciation', c)}`, v('pnlCost'));
  calc.line('disposalProceeds', 'Disposal proceeds', 'USD', FMT.money, overPlatforms('disposalProceeds'), v('disposalProceeds'));
  calc.line('terminalValue', 'Terminal value', 'USD', FMT.money, overPlatforms('terminalValue'), v('terminalValue'));
  calc.line('cashFlow', 'Cash flow = revenue − opex − capex + disposals + terminal value', 'USD', FMT.money, (c) =>
    `${at('revenue', c)}-${at('opex', c)}-${at('capex', c)}+${at('disposalProceeds', c)}+${at('terminalValue', c)}`, v('cashFlow'));
  calc.line('cumulativeCashFlow', 'Cumulative cash flow', 'USD', FMT.money, (c) => `${calc.prev('cumulativeCashFlow', c)}+${at('cashFlow', c)}`, v('cumulativeCashFlow'));
  calc.line('budget', 'Budget = (opex + capex) · (1 + contingency)', 'USD', FMT.money, (c) => `(${at('opex', c)}+${at('capex', c)})*(1+${calc.in('contingencyPct')})`, v('budget'));
  calc.line('capitalCharge', 'Capital charge', 'USD', FMT.money, overPlatforms('capitalCharge'), v('capitalCharge'));
  const tax = scenario.tax !== undefined;
  calc.line('taxDepreciation', tax ? 'Tax depreciation' : 'Tax depreciation (no tax)', 'USD', FMT.money, tax ? overPlatforms('taxDepreciation') : () => '0', v('taxDepreciation'));
  calc.line('taxBasisReleased', 'Tax basis released', 'USD', FMT.money, overPlatforms('taxBasisReleased'));
  calc.line('taxableIncome', 'Taxable income = revenue − opex − tax depreciation + disposals + terminal value − basis released', 'USD', FMT.money, (c) =>
    `${at('revenue', c)}-${at('opex', c)}-${at('taxDepreciation', c)}+${at('disposalProceeds', c)}+${at('terminalValue', c)}-${at('taxBasisReleased', c)}`);
  calc.line('tax', tax ? 'Tax = rate · taxable income (negative: a shield)' : 'Tax (no tax)', 'USD', FMT.money, (c) => (tax ? `${calc.in('tax.rate')}*${at('taxableIncome', c)}` : '0'), v('tax'));
  calc.line('afterTaxCashFlow', 'After-tax cash flow = cash flow − tax', 'USD', FMT.money, (c) => `${at('cashFlow', c)}-${at('tax', c)}`, v('afterTaxCashFlow'));
  calc.line('selfHostedCost', 'Self-hosted cost (Σ platforms)', 'USD', FMT.money, overPlatforms('selfHostedCost'));
  addKpiHelpers(calc, tax);
}

/** Discounting and the payback crossings (spreadsheet convention: month 0's flow at time 0). */
function addKpiHelpers(calc: Calc, tax: boolean): void {
  const at = (key: string, c: Col) => calc.at(key, c);
  const m = `${calc.namePrefix}MonthlyDiscountRate`;
  calc.section('KPI helper lines');
  calc.line('discountFactor', 'Discount factor 1/(1+m)^t', '×', FMT.ratio, (c) => `1/POWER(1+${m},${calc.t(c)})`);
  calc.line('discountedCashFlow', 'Discounted cash flow', 'USD', FMT.money, (c) => `${at('cashFlow', c)}*${at('discountFactor', c)}`);
  calc.line('discountedCumulative', 'Cumulative discounted cash flow', 'USD', FMT.money, (c) => `${calc.prev('discountedCumulative', c)}+${at('discountedCashFlow', c)}`);
  calc.line('opexCapex', 'Cost flow = opex + capex − disposals − terminal value', 'USD', FMT.money, (c) => `${at('opex', c)}+${at('capex', c)}-${at('disposalProceeds', c)}-${at('terminalValue', c)}`);
  // A crossing at k (cumulative_(k−1) < 0 ≤ cumulative_k) pays back at (k − 1) + −cumulative_(k−1)/CF_k; the first is the smallest.
  const crossing = (cum: string, flow: string) => (c: Col) =>
    c.prev === null ? '""' : `IF(AND(${calc.prev(cum, c)}<0,${at(cum, c)}>=0),${calc.t(c)}-1+(-${calc.prev(cum, c)})/${at(flow, c)},"")`;
  calc.line('paybackCrossing', 'Payback crossing (months)', 'months', FMT.decimal, crossing('cumulativeCashFlow', 'cashFlow'));
  calc.line('discountedPaybackCrossing', 'Discounted payback crossing (months)', 'months', FMT.decimal, crossing('discountedCumulative', 'discountedCashFlow'));
  if (tax) {
    calc.line('afterTaxCumulative', 'Cumulative after-tax cash flow', 'USD', FMT.money, (c) => `${calc.prev('afterTaxCumulative', c)}+${at('afterTaxCashFlow', c)}`);
    calc.line('afterTaxPaybackCrossing', 'After-tax payback crossing (months)', 'months', FMT.decimal, crossing('afterTaxCumulative', 'afterTaxCashFlow'));
  }
}
