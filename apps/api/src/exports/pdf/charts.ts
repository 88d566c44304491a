// The chart pages: cost per million tokens, cash flow and payback, the cost stack by fiscal year
// (small multiples in a comparison), fleet and energy; then the sensitivity and Monte Carlo pages.
import { KPI_DEFS, num, type ExportSubject, type KpiDef } from '../content';
import { drawChart, type Box, type Series } from './chart';
import { count, formatValue, money, unitPrice } from './format';
import { kpiText } from './kpis';
import { labelEvery, monthCategories, newPage, type Layout } from './layout';
import { COST_LINES, INK_2, SERIES, platformColor, scenarioColor } from './palette';

const perM = (cost: string, served: string): number | null => {
  const s = Number(served);
  return s > 0 ? (Number(cost) / s) * 1e6 : null;
};

function costPerMChart(l: Layout, box: Box): void {
  const { context } = l;
  const first = context.subjects[0];
  if (!first) return;
  const compare = context.subjects.length > 1;
  const series: Series[] = compare
    ? context.subjects.map((s, i) => ({ label: s.scenario.name, color: scenarioColor(i), values: s.projection.months.map((m) => perM(m.pnlCost, m.servedTokens)) }))
    : [
        { label: 'All-in cost (P&L)', color: SERIES.allIn, values: first.projection.months.map((m) => perM(m.pnlCost, m.servedTokens)) },
        { label: 'Energy cost', color: SERIES.energyCost, values: first.projection.months.map((m) => perM(m.energyCost, m.servedTokens)) },
        { label: 'Revenue (price realised)', color: SERIES.revenue, dash: true, values: first.projection.months.map((m) => perM(m.revenue, m.servedTokens)) },
      ];
  const k = first.projection.kpis;
  drawChart(l.doc, box, {
    title: 'Cost per million tokens',
    subtitle: compare
      ? 'USD per million tokens served, monthly, all-in P&L cost (opex + depreciation)'
      : `USD per million tokens served, monthly · horizon average ${formatValue(num(k.costPerMTokens), 'unitPrice')} all-in, ${formatValue(num(k.energyCostPerMTokens), 'unitPrice')} energy`,
    categories: monthCategories(first),
    labelEvery: labelEvery(first.projection.months.length),
    series,
    yFormat: (v) => unitPrice(v),
    yLabel: 'USD / M tokens',
  });
}

function cashFlowChart(l: Layout, box: Box): void {
  const { context } = l;
  const first = context.subjects[0];
  if (!first) return;
  const compare = context.subjects.length > 1;
  if (compare) {
    drawChart(l.doc, box, {
      title: 'Cumulative cash flow and payback',
      subtitle: 'USD, cumulative from month 0 (revenue − opex − capex); payback where a line crosses zero',
      categories: monthCategories(first),
      labelEvery: labelEvery(first.projection.months.length),
      series: context.subjects.map((s, i) => ({ label: `${s.scenario.name} (payback ${kpiText(KPI_DEFS[3] as KpiDef, s.projection.kpis.paybackMonths)})`, color: scenarioColor(i), values: s.projection.months.map((m) => Number(m.cumulativeCashFlow)) })),
      yFormat: (v) => money(v, 0),
      yLabel: 'USD',
      zeroLine: true,
    });
    return;
  }
  const payback = num(first.projection.kpis.paybackMonths);
  drawChart(l.doc, box, {
    title: 'Cash flow and payback',
    subtitle: `USD per month (bars) and cumulative (line) · NPV ${formatValue(num(first.projection.kpis.npv), 'money')} at ${formatValue(first.scenario.discountRateAnnual, 'fraction')}`,
    categories: monthCategories(first),
    labelEvery: labelEvery(first.projection.months.length),
    series: [
      { label: 'Monthly cash flow', color: SERIES.cashPositive, type: 'bar', values: first.projection.months.map((m) => Number(m.cashFlow)) },
      { label: 'Cumulative cash flow', color: SERIES.cumulative, values: first.projection.months.map((m) => Number(m.cumulativeCashFlow)) },
    ],
    signColors: [SERIES.cashPositive, SERIES.cashNegative],
    yFormat: (v) => money(v, 0),
    yLabel: 'USD',
    zeroLine: true,
    ...(payback !== null && payback > 0 ? { marker: { at: payback, label: `Payback ${payback.toFixed(1)} months`, color: SERIES.payback } } : {}),
  });
}

/** The largest stacked P&L cost of any fiscal year (a shared scale for small multiples). */
function maxStack(subject: ExportSubject): number {
  return Math.max(0, ...subject.projection.fiscalYears.map((fy) => COST_LINES.reduce((sum, c) => sum + Math.max(0, Number(fy[c.key])), 0)));
}

function costStackChart(l: Layout, box: Box, subject: ExportSubject, title: string, shared: number[] = []): void {
  const fys = subject.projection.fiscalYears;
  const present = COST_LINES.filter((c) => fys.some((fy) => Number(fy[c.key]) !== 0));
  drawChart(l.doc, box, {
    title,
    subtitle: 'P&L cost by fiscal year, USD (capex enters as depreciation)',
    categories: fys.map((fy) => `FY${fy.fiscalYear}`),
    labelEvery: 1,
    stacked: true,
    series: [
      ...present.map((c) => ({ label: c.label, color: c.color, type: 'bar' as const, values: fys.map((fy) => Number(fy[c.key])) })),
    ],
    yFormat: (v) => money(v, 0),
    yLabel: 'USD',
    alsoCover: shared,
  });
}

function fleetChart(l: Layout, box: Box): void {
  const { context } = l;
  const first = context.subjects[0];
  if (!first) return;
  const compare = context.subjects.length > 1;
  const series: Series[] = compare
    ? context.subjects.map((s, i) => ({ label: s.scenario.name, color: scenarioColor(i), values: s.projection.months.map((m) => m.platforms.reduce((sum, p) => sum + p.nodes, 0)) }))
    : first.scenario.platforms.map((p, i) => ({ label: `${p.name}${p.acquisition.type === 'rent' ? ' (rented)' : ''}`, color: platformColor(i), values: first.projection.months.map((m) => m.platforms[i]?.nodes ?? 0) }));
  drawChart(l.doc, box, {
    title: 'Fleet',
    subtitle: compare ? 'Nodes in service, all platforms, monthly' : 'Nodes in service per platform, monthly',
    categories: monthCategories(first),
    labelEvery: labelEvery(first.projection.months.length),
    series: series.length > 0 ? series : [{ label: 'No platforms (API only)', color: INK_2, values: first.projection.months.map(() => 0) }],
    yFormat: (v) => count(v),
    yLabel: 'nodes',
  });
}

function energyChart(l: Layout, box: Box): void {
  const { context } = l;
  const first = context.subjects[0];
  if (!first) return;
  const compare = context.subjects.length > 1;
  const series: Series[] = compare
    ? context.subjects.map((s, i) => ({ label: s.scenario.name, color: scenarioColor(i), values: s.projection.months.map((m) => Number(m.energyMWh)) }))
    : [{ label: 'Facility energy (incl. PUE)', color: SERIES.energyMWh, type: 'bar', values: first.projection.months.map((m) => Number(m.energyMWh)) }];
  const k = first.projection.kpis;
  drawChart(l.doc, box, {
    title: 'Energy',
    subtitle: compare ? 'MWh per month, facility energy incl. PUE' : `MWh per month incl. PUE · ${formatValue(num(k.tokensPerMWh), 'tokens')} tokens per MWh`,
    categories: monthCategories(first),
    labelEvery: labelEvery(first.projection.months.length),
    series,
    yFormat: (v) => count(v),
    yLabel: 'MWh',
  });
}

export function chartPages(l: Layout): void {
  const { context } = l;
  const gap = 24;
  const half = (l.bottom - l.top - gap) / 2;
  newPage(l);
  costPerMChart(l, { x: l.left, y: l.top, w: l.width, h: half });
  cashFlowChart(l, { x: l.left, y: l.top + half + gap, w: l.width, h: half });
  newPage(l);
  const subjects = context.subjects;
  if (subjects.length === 1 && subjects[0]) {
    costStackChart(l, { x: l.left, y: l.top, w: l.width, h: half }, subjects[0], 'Cost stack');
  } else {
    // Small multiples: one stack per scenario.
    const cols = Math.min(3, subjects.length);
    const rows = Math.ceil(subjects.length / cols);
    const w = (l.width - (cols - 1) * 16) / cols;
    const h = rows === 1 ? half : (half - 10) / 2;
    const shared = [Math.max(...subjects.map(maxStack))];
    subjects.forEach((s, i) => costStackChart(l, { x: l.left + (i % cols) * (w + 16), y: l.top + Math.floor(i / cols) * (h + 10), w, h }, s, `Cost stack — ${s.scenario.name}`, shared));
  }
  const w2 = (l.width - 20) / 2;
  fleetChart(l, { x: l.left, y: l.top + half + gap, w: w2, h: half });
  energyChart(l, { x: l.left + w2 + 20, y: l.top + half + gap, w: w2, h: half });
}

