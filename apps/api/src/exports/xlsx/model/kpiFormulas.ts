// The KPIs (spec §4, docs/model.md §6 and §12) as formulas over the Calculation sheet's lines, for
// a live workbook: paybacks from the crossing lines, every ratio as a quotient of SUMs ("n/a" when
// its denominator is 0, as the engine's null), the §8 cost of serving and its present value.
import { quoteSheet, type ScenarioRefs } from '../sheet';
import { columnLetter } from '../sheet';
import { CALC_FIRST_COL } from './calc';

export function liveKpiFormulas(refs: ScenarioRefs, months: number, costCentre = false): Partial<Record<string, string>> {
  if (refs.calcRow.size === 0) return {};
  const sheet = quoteSheet(refs.calcSheet);
  const last = columnLetter(CALC_FIRST_COL + months - 1);
  const row = (key: string) => {
    const r = refs.calcRow.get(key);
    if (r === undefined) throw new Error(`no calculation row ${key}`);
    return `${sheet}!$C$${r}:$${last}$${r}`;
  };
  const first = (key: string) => `${sheet}!$C$${refs.calcRow.get(key)}`;
  const S = (key: string) => `SUM(${row(key)})`;
  const ratio = (num: string, den: string) => `IF(${den}=0,"n/a",(${num})/(${den}))`;
  const perM = (num: string) => ratio(num, `${S('servedTokens')}/1000000`);
  const payback = (cum: string, crossing: string) => `IF(${first(cum)}>=0,0,IF(COUNT(${row(crossing)})=0,"n/a",MIN(${row(crossing)})))`;
  const out: Partial<Record<string, string>> = {
    paybackMonths: payback('cumulativeCashFlow', 'paybackCrossing'),
    discountedPaybackMonths: payback('discountedCumulative', 'discountedPaybackCrossing'),
    revenueMultiple: ratio(S('revenue'), S('capex')),
    roi: ratio(`${S('revenue')}-${S('opex')}-${S('capex')}`, S('capex')),
    costPerMTokens: perM(S('pnlCost')),
    cashCostPerMTokens: perM(`${S('opex')}+${S('capex')}`),
    energyCostPerMTokens: perM(S('energyCost')),
    joulesPerToken: ratio(`${S('energyMWh')}*3600000000`, S('platformTokens')),
    tokensPerMWh: ratio(S('platformTokens'), S('energyMWh')),
    energyCostPerRevenueDollar: ratio(S('energyCost'), S('revenue')),
    grossMarginPct: ratio(`${S('revenue')}-${S('pnlCost')}`, S('revenue')),
    breakEvenApiPricePerMTokens: ratio(S('selfHostedCost'), `${S('platformTokens')}/1000000`),
    totalCost: S('opexCapex'),
    presentValueOfCost: `SUMPRODUCT(${row('opexCapex')},${row('discountFactor')})`,
    economicCostPerMTokens: perM(`${S('opex')}+${S('capitalCharge')}`),
  };
  // A cost centre has no returns: the engine's null, the workbook's "n/a".
  if (costCentre) for (const key of COST_CENTRE_NULL) out[key] = '"n/a"';
  return out;
}

const COST_CENTRE_NULL = ['irrAnnual', 'mirrAnnual', 'paybackMonths', 'discountedPaybackMonths', 'revenueMultiple', 'roi', 'grossMarginPct', 'energyCostPerRevenueDollar'];

/** After-tax payback over the Calculation sheet (the after-tax NPV, IRR, MIRR are kpiV2's). */
export function afterTaxPaybackFormula(refs: ScenarioRefs, months: number): string | undefined {
  if (!refs.calcRow.has('afterTaxPaybackCrossing')) return undefined;
  const sheet = quoteSheet(refs.calcSheet);
  const last = columnLetter(CALC_FIRST_COL + months - 1);
  const cum = refs.calcRow.get('afterTaxCumulative');
  const cross = refs.calcRow.get('afterTaxPaybackCrossing');
  const row = `${sheet}!$C$${cross}:$${last}$${cross}`;
  return `IF(${sheet}!$C$${cum}>=0,0,IF(COUNT(${row})=0,"n/a",MIN(${row})))`;
}
