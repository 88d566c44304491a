// The chart pages: cost per million tokens, cash flow and payback, the cost stack by fiscal year
// (small multiples in a comparison), fleet and energy; then the sensitivity and Monte Carlo pages.
// The series are the model's (costPerMTokensRows, cashFlowRows, costStackFiscal, fleetRows,
// energyRows, paybackMonthIndex): the pack draws what the dashboard draws.
import { kpiDef, num, type ExportSubject } from '../content';
import { OUTPUT_LABELS, UNITS, cashFlowRows, costPerMTokensRows, costStackFiscal, energyRows, fleetRows, paybackMonthIndex, platformList } from '../model';
import { drawChart, type Box, type Series } from './chart';
import { count, formatValue, money, unitPrice } from './format';
import { kpiText } from './kpis';
import { labelEvery, monthCategories, newPage, type Layout } from './layout';
import { COST_LINES, INK_2, SERIES, platformColor, scenarioColor } from './palette';

function costPerMChart(l: Layout, box: Box): void {
  const { context } = l;
  const first = context.subjects[0];
  if (!first) return;
  const compare = context.subjects.length > 1;
  let series: Series[];
  if (compare) {
    series = context.subjects.map((s, i) => ({ label: s.scenario.name, color: scenarioColor(i), values: costPerMTokensRows(s.projection, s.scenario).map((r) => r.allIn) }));
  } else {
    const rows = costPerMTokensRows(first.projection, first.scenario);
    series = platformList(first.projection, first.scenario).map((p, i) => ({ label: `${p.name} (self-hosted)`, color: platformColor(i), width: 2, values: rows.map((r) => r[`p:${p.id}`] ?? null) }));
    if (rows.some((r) => r.api !== null)) series.push({ label: 'API (blended price)', color: SERIES.api, values: rows.map((r) => r.api) });
    series.push({ label: 'All-in P&L cost', color: SERIES.allIn, dash: true, values: rows.map((r) => r.allIn) });
  }
  const k = first.projection.kpis;
  drawChart(l.doc, box, {
    title: 'Cost per million tokens',
    subtitle: compare
      ? 'USD per million tokens served, monthly, all-in P&L cost (opex + depreciation)'
      : `USD per million tokens served, monthly, self-hosted per platform · horizon average ${formatValue(num(k.costPerMTokens), 'unitPrice')} all-in, ${formatValue(num(k.energyCostPerMTokens), 'unitPrice')} energy`,
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
      series: context.subjects.map((s, i) => ({ label: `${s.scenario.name} (payback ${kpiText(kpiDef('paybackMonths'), s.projection.kpis.paybackMonths)})`, color: scenarioColor(i), values: cashFlowRows(s.projection).map((r) => r.cumulative) })),
      yFormat: (v) => money(v, 0),
      yLabel: 'USD',
      zeroLine: true,
    });
    return;
  }
  const payback = num(first.projection.kpis.paybackMonths);
  const at = paybackMonthIndex(first.projection.kpis.paybackMonths);
  const rows = cashFlowRows(first.projection);
  // Two panels, each on its own axis: on one axis the cumulative line dwarfs the monthly bars
  // (a $40M curve over $1M months flattens them to hairlines).
  const gap = 20;
  const w = (box.w - gap) / 2;
  drawChart(l.doc, { ...box, w }, {
    title: 'Cash flow by month',
    subtitle: `USD per month (revenue − opex − capex) · NPV ${formatValue(num(first.projection.kpis.npv), 'money')} at ${formatValue(first.scenario.discountRateAnnual, 'fraction')}`,
    categories: monthCategories(first),
    labelEvery: labelEvery(first.projection.months.length),
    series: [{ label: OUTPUT_LABELS.cashFlow.label, color: SERIES.cashPositive, type: 'bar', values: rows.map((r) => r.cashFlow) }],
    signColors: [SERIES.cashPositive, SERIES.cashNegative],
    yFormat: (v) => money(v, 1),
    yLabel: 'USD / month',
    zeroLine: true,
  });
  drawChart(l.doc, { ...box, x: box.x + w + gap, w }, {
    title: 'Cash flow and payback (cumulative)',
    subtitle: `USD, cumulative from the first month · ${payback === null ? 'no payback within the horizon' : `payback where the line crosses zero (${payback.toFixed(1)} months)`}`,
    categories: monthCategories(first),
    labelEvery: labelEvery(first.projection.months.length),
    series: [{ label: OUTPUT_LABELS.cumulativeCashFlow.label, color: SERIES.cumulative, values: rows.map((r) => r.cumulative) }],
    yFormat: (v) => money(v, 0),
    yLabel: 'USD',
    zeroLine: true,
    // The marker stands on the month the cumulative cash flow turns non-negative (as on the dashboard).
    ...(payback !== null && at !== null && payback > 0 ? { marker: { at, label: `Payback ${payback.toFixed(1)} months`, color: SERIES.payback } } : {}),
  });
}

/** The largest stacked P&L cost of any fiscal year (a shared scale for small multiples). */
function maxStack(subject: ExportSubject): number {
  return Math.max(0, ...costStackFiscal(subject.projection).map((row) => COST_LINES.reduce((sum, c) => sum + Math.max(0, row[c.key]), 0)));
}

function costStackChart(l: Layout, box: Box, subject: ExportSubject, title: string, shared: number[] = []): void {
  const rows = costStackFiscal(subject.projection);
  const present = COST_LINES.filter((c) => rows.some((row) => row[c.key] !== 0));
  drawChart(l.doc, box, {
    title,
    subtitle: 'P&L cost by fiscal year, USD (capex enters as depreciation)',
    categories: rows.map((row) => row.label),
    labelEvery: 1,
    stacked: true,
    series: present.map((c) => ({ label: c.label, color: c.color, type: 'bar' as const, values: rows.map((row) => row[c.key]) })),
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
  const nodes = (s: ExportSubject, id: string) => fleetRows(s.projection).map((row) => row[`nodes:${id}`] ?? 0);
  const series: Series[] = compare
    ? context.subjects.map((s, i) => {
        const rows = fleetRows(s.projection);
        return { label: s.scenario.name, color: scenarioColor(i), values: rows.map((row) => s.scenario.platforms.reduce((sum, p) => sum + (row[`nodes:${p.id}`] ?? 0), 0)) };
      })
    : first.scenario.platforms.map((p, i) => ({ label: `${p.name}${p.acquisition.type === 'rent' ? ' (rented)' : ''}`, color: platformColor(i), values: nodes(first, p.id) }));
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
    ? context.subjects.map((s, i) => ({ label: s.scenario.name, color: scenarioColor(i), values: energyRows(s.projection).map((r) => r.mwh) }))
    : [{ label: `${OUTPUT_LABELS.energyMWh.label} (${UNITS[OUTPUT_LABELS.energyMWh.unit]})`, color: SERIES.energyMWh, type: 'bar', values: energyRows(first.projection).map((r) => r.mwh) }];
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

