// The cover's opening paragraph: the decision in words, generated from the projection — what is
// planned or compared, the headline (NPV and payback; for a cost centre, the present value of
// cost), the largest P&L cost lines, and the drivers the NPV moves most with (the tornado).
import { num, type ExportContext, type ExportSubject } from '../content';
import { costStackFiscal, type TornadoResult } from '../model';
import { money, percent, unitPrice } from './format';
import { horizonText } from './layout';
import { COST_LINES } from './palette';

/** "Energy cost" → "energy cost"; "GPU price" stays. */
function lower(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]?.toLowerCase() + text.slice(1) : text;
}

/** "a", "a and b", "a, b and c". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What serves the demand: "2 applications on 1 owned platform (B200) and 1 API option". */
function setup(s: ExportSubject): string {
  const owned = s.scenario.platforms.filter((p) => p.acquisition.type === 'own');
  const rented = s.scenario.platforms.filter((p) => p.acquisition.type === 'rent');
  const parts: string[] = [];
  if (owned.length > 0) parts.push(`${plural(owned.length, 'owned platform')} (${listText(owned.map((p) => p.name))})`);
  if (rented.length > 0) parts.push(`${plural(rented.length, 'rented platform')} (${listText(rented.map((p) => p.name))})`);
  if (s.scenario.apiOptions.length > 0) parts.push(plural(s.scenario.apiOptions.length, 'API option'));
  return `${plural(s.scenario.applications.length, 'application')} served by ${parts.length > 0 ? listText(parts) : 'nothing yet'}`;
}

const isCostCentre = (s: ExportSubject) => s.scenario.revenueMode === 'costCentre';

function paybackText(s: ExportSubject): string {
  const months = num(s.projection.kpis.paybackMonths);
  return months === null ? 'does not pay back within the horizon' : `pays back in ${months.toFixed(1)} months`;
}

/** The headline sentence of one scenario. */
function headline(s: ExportSubject): string {
  const k = s.projection.kpis;
  const rate = percent(Number(s.scenario.discountRateAnnual));
  if (isCostCentre(s)) {
    const perM = num(k.economicCostPerMTokens);
    return `Run as a cost centre (no revenue), serving the demand costs ${money(Number(k.totalCost))} over the horizon, a present value of ${money(Number(k.presentValueOfCost))} at ${rate}${perM === null ? '' : `, ${unitPrice(perM)} per million tokens (economic cost)`}.`;
  }
  return `At a ${rate} discount rate its NPV is ${money(Number(k.npv))} on ${money(Number(k.totalRevenue))} of revenue, and the cumulative cash flow ${paybackText(s)}.`;
}

/** The largest P&L cost lines over the horizon, with their share: "depreciation ($19.3M, 29 %)". */
export function largestCosts(s: ExportSubject, count = 3): { label: string; amount: number; share: number }[] {
  const rows = costStackFiscal(s.projection);
  const totals = COST_LINES.map((c) => ({ label: c.label, amount: rows.reduce((sum, row) => sum + row[c.key], 0) })).filter((c) => c.amount > 0);
  const all = totals.reduce((sum, c) => sum + c.amount, 0);
  return totals
    .sort((a, b) => b.amount - a.amount)
    .slice(0, count)
    .map((c) => ({ ...c, share: all > 0 ? c.amount / all : 0 }));
}

function costSentence(s: ExportSubject): string {
  const lines = largestCosts(s);
  if (lines.length === 0) return '';
  const items = lines.map((c) => `${lower(c.label)} (${money(c.amount)}, ${percent(c.share, 0)})`);
  return ` The largest costs are ${listText(items)} of the P&L cost.`;
}

function riskSentence(result: TornadoResult | undefined, whose = ''): string {
  if (!result) return '';
  const top = result.bars.filter((b) => b.spread !== null && Number(b.spread) > 0).slice(0, 2);
  if (top.length === 0) return '';
  const swing = percent(Number(result.swing), 0);
  const items = top.map((b) => `${lower(b.label)} (NPV ${money(Number(b.low))} to ${money(Number(b.high))})`);
  return ` The key risks${whose}: with each driver moved ${swing} down and up, NPV moves most with ${listText(items)}.`;
}

/** The cover paragraph for the pack's scenario(s); `risks` is the first scenario's NPV tornado when it has one. */
export function coverNarrative(context: ExportContext, risks?: TornadoResult): string {
  const [first, ...others] = context.subjects;
  if (!first) return '';
  if (others.length === 0) {
    return `${first.scenario.name} plans ${setup(first)} over ${horizonText(first)}. ${headline(first)}${costSentence(first)}${riskSentence(risks)}`;
  }
  const names = listText(context.subjects.map((s) => s.scenario.name));
  const against = others.map((s) => {
    const k = s.projection.kpis;
    return isCostCentre(s)
      ? `${s.scenario.name} has a present value of cost of ${money(Number(k.presentValueOfCost))}`
      : `${s.scenario.name} has an NPV of ${money(Number(k.npv))} and ${paybackText(s).replace(/^pays back in/, 'payback in').replace(/^does not pay back within the horizon/, 'no payback within the horizon')}`;
  });
  return `This pack compares ${names} over ${horizonText(first)}. The baseline, ${first.scenario.name}, plans ${setup(first)}. ${headline(first)} Against it, ${listText(against)}.${costSentence(first)}${riskSentence(risks, ' (baseline)')}`;
}
