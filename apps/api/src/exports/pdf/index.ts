// The PDF board pack (pdfkit, landscape A4 or Letter, Inter embedded so text is selectable):
// title page, KPI summary, charts (cost per M tokens, cash flow and payback, cost stack by fiscal
// year, fleet and energy), fiscal-year budget table, assumptions, method notes. A comparison
// (2–6 scenarios) shows each chart and table across the scenarios. Sections: docs/exports.md.
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { assumptionRows, type AssumptionRow } from '../assumptions';
import { KPI_DEFS, isoDate, monthLabel, num, type ExportContext, type ExportSubject, type KpiDef } from '../content';
import { runMonteCarlo, tornado, type Driver, type Triangular } from '../model';
import { drawChart, drawTornado, type Box, type Series } from './chart';
import { count, formatValue, money, unitPrice } from './format';
import { COST_LINES, GRID, INK, INK_2, SERIES, platformColor, scenarioColor } from './palette';

type Doc = InstanceType<typeof PDFDocument>;

export const PAPER_SIZES = ['a4', 'letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

const require = createRequire(import.meta.url);
const FONT_FILES = {
  Inter: require.resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'),
  'Inter-SemiBold': require.resolve('@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf'),
  'Inter-Bold': require.resolve('@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf'),
};

const MARGIN = 40;
const ACCENT = '#1f3a5f';

interface Layout {
  doc: Doc;
  context: ExportContext;
  /** Add the Monte Carlo page (the run the user made in the app: paths and seed). */
  monteCarlo?: MonteCarloRun | undefined;
  left: number;
  top: number;
  width: number;
  bottom: number;
}

function heading(l: Layout, title: string, subtitle?: string): number {
  const { doc } = l;
  doc.font('Inter-Bold').fontSize(18).fillColor(INK).text(title, l.left, l.top, { width: l.width, lineBreak: false });
  let y = l.top + 26;
  if (subtitle) {
    doc.font('Inter').fontSize(9.5).fillColor(INK_2).text(subtitle, l.left, y, { width: l.width, lineBreak: false });
    y += 16;
  }
  doc.save().moveTo(l.left, y).lineTo(l.left + l.width, y).lineWidth(1.2).strokeColor(ACCENT).stroke().restore();
  return y + 12;
}

function newPage(l: Layout): void {
  l.doc.addPage();
}

function scenarioNames(context: ExportContext): string {
  return context.subjects.map((s) => s.scenario.name).join(' vs ');
}

function horizonText(s: ExportSubject): string {
  const months = s.projection.months;
  const first = months[0]?.month ?? s.scenario.start;
  const last = months[months.length - 1]?.month ?? first;
  return `${monthLabel(first)} – ${monthLabel(last)} (${months.length} months)`;
}

// ── Title page ──────────────────────────────────────────────────────────────────────────────

function titlePage(l: Layout): void {
  const { doc, context } = l;
  const compare = context.subjects.length > 1;
  doc.rect(0, 0, doc.page.width, 8).fill(ACCENT);
  doc.font('Inter-SemiBold').fontSize(11).fillColor(INK_2).text('TOKENPLAN · AI INFERENCE BUDGET', l.left, 120, { characterSpacing: 1.5 });
  doc.font('Inter-Bold').fontSize(30).fillColor(INK).text(compare ? 'Scenario comparison' : 'Board pack', l.left, 145, { width: l.width });
  let y = doc.y + 8;
  for (const [i, s] of context.subjects.entries()) {
    if (compare) doc.rect(l.left, y + 5, 10, 10).fill(scenarioColor(i));
    doc.font('Inter-SemiBold').fontSize(16).fillColor(INK).text(s.scenario.name, l.left + (compare ? 18 : 0), y, { width: l.width - 18 });
    y = doc.y + 2;
    doc.font('Inter').fontSize(10).fillColor(INK_2).text(`${horizonText(s)} · discount rate ${formatValue(s.scenario.discountRateAnnual, 'fraction')} · fiscal year from ${monthName(s.scenario.fiscalYearStartMonth)}`, l.left + (compare ? 18 : 0), y);
    y = doc.y + 10;
  }
  y += 12;
  // Headline figures of the first (baseline) scenario.
  const k = context.subjects[0]?.projection.kpis;
  if (k) {
    const headline: [string, string][] = [
      ['Net present value', formatValue(num(k.npv), 'money')],
      ['Payback', k.paybackMonths === null ? 'beyond horizon' : formatValue(num(k.paybackMonths), 'months')],
      ['Cost per M tokens', formatValue(num(k.costPerMTokens), 'unitPrice')],
      ['Total revenue', formatValue(num(k.totalRevenue), 'money')],
    ];
    const w = l.width / headline.length;
    headline.forEach(([label, value], i) => {
      const x = l.left + i * w;
      doc.save().moveTo(x, y).lineTo(x, y + 46).lineWidth(2).strokeColor(i === 0 ? ACCENT : GRID).stroke().restore();
      doc.font('Inter').fontSize(9).fillColor(INK_2).text(label + (compare ? ` (${context.subjects[0]?.scenario.name ?? ''})` : ''), x + 10, y, { width: w - 16, lineBreak: false, ellipsis: true });
      doc.font('Inter-Bold').fontSize(20).fillColor(INK).text(value, x + 10, y + 16, { width: w - 16, lineBreak: false });
    });
  }
  doc
    .font('Inter')
    .fontSize(9)
    .fillColor(INK_2)
    .text(
      `Prepared ${isoDate(context.generatedAt)} with Tokenplan. All amounts in US dollars, nominal. Figures are projections of the model described in the method notes, not forecasts of actual results.`,
      l.left,
      l.bottom - 40,
      { width: l.width },
    );
}

function monthName(m: number): string {
  return ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1] ?? String(m);
}

// ── KPI summary ─────────────────────────────────────────────────────────────────────────────

const CARD_KPIS: (keyof ExportSubject['projection']['kpis'])[] = [
  'npv',
  'irrAnnual',
  'paybackMonths',
  'totalRevenue',
  'totalCapex',
  'costPerMTokens',
  'grossMarginPct',
  'breakEvenApiPricePerMTokens',
];

function kpiText(def: KpiDef, value: string | null): string {
  if (value === null) {
    if (def.key === 'irrAnnual') return 'n/a (no single root)';
    if (def.key === 'paybackMonths' || def.key === 'discountedPaybackMonths') return 'beyond horizon';
    return 'n/a';
  }
  // As the web app shows it: a rate above 1,000 % says "the investment pays back at once", not a number to read.
  if ((def.key === 'irrAnnual' || def.key === 'mirrAnnual') && Number(value) > 10) return '> 1,000 %';
  return formatValue(num(value), def.kind);
}

function kpiPage(l: Layout): void {
  const { doc, context } = l;
  const compare = context.subjects.length > 1;
  let y = heading(l, 'Key figures', compare ? 'Horizon KPIs side by side; the first scenario is the baseline.' : `${context.subjects[0]?.scenario.name ?? ''} · ${context.subjects[0] ? horizonText(context.subjects[0]) : ''}`);
  if (!compare) {
    const subject = context.subjects[0];
    if (!subject) return;
    const k = subject.projection.kpis;
    const cols = 4;
    const gap = 10;
    const w = (l.width - gap * (cols - 1)) / cols;
    const h = 64;
    CARD_KPIS.forEach((key, i) => {
      const def = KPI_DEFS.find((d) => d.key === key);
      if (!def) return;
      const x = l.left + (i % cols) * (w + gap);
      const cy = y + Math.floor(i / cols) * (h + gap);
      doc.roundedRect(x, cy, w, h, 4).lineWidth(0.8).strokeColor(GRID).stroke();
      doc.rect(x, cy + 8, 3, h - 16).fill(ACCENT);
      doc.font('Inter').fontSize(8.5).fillColor(INK_2).text(def.label, x + 12, cy + 9, { width: w - 20, lineBreak: false });
      const text = kpiText(def, k[key]);
      doc.font('Inter-Bold').fontSize(19);
      if (doc.widthOfString(text) > w - 20) doc.fontSize(12);
      doc.fillColor(INK).text(fit(doc, text, w - 20), x + 12, cy + 24 + (doc.widthOfString('M') < 15 ? 4 : 0), { lineBreak: false });
      doc.font('Inter').fontSize(7.5).fillColor(INK_2).text(def.unit, x + 12, cy + 48, { width: w - 20, lineBreak: false });
    });
    y += 2 * (h + gap) + 8;
    const rest = KPI_DEFS.filter((d) => !CARD_KPIS.includes(d.key));
    const half = Math.ceil(rest.length / 2);
    const colW = (l.width - 20) / 2;
    rest.forEach((def, i) => {
      const x = l.left + (i < half ? 0 : colW + 20);
      const ry = y + (i % half) * 17;
      doc.font('Inter').fontSize(9).fillColor(INK_2).text(def.label, x, ry, { width: colW * 0.6, lineBreak: false });
      doc.font('Inter-SemiBold').fontSize(9).fillColor(INK).text(kpiText(def, k[def.key]), x + colW * 0.6, ry, { width: colW * 0.4, align: 'right', lineBreak: false });
      doc.save().moveTo(x, ry + 13).lineTo(x + colW, ry + 13).lineWidth(0.4).strokeColor(GRID).stroke().restore();
    });
    y += half * 17 + 10;
    warnings(l, subject, y);
    return;
  }
  // Comparison table.
  const n = context.subjects.length;
  const labelW = 190;
  const showRatio = n <= 3;
  const valueCols = n + (showRatio ? n - 1 : 0);
  const colW = (l.width - labelW) / valueCols;
  doc.font('Inter-SemiBold').fontSize(8.5);
  context.subjects.forEach((s, i) => {
    const x = l.left + labelW + i * colW;
    doc.rect(x + colW - 10, y + 2, 7, 7).fill(scenarioColor(i));
    doc.fillColor(INK).text(s.scenario.name, x, y, { width: colW - 14, align: 'right', height: 24, ellipsis: true });
  });
  if (showRatio) {
    for (let i = 1; i < n; i += 1) {
      doc.fillColor(INK_2).text(`S${i + 1} / S1`, l.left + labelW + (n + i - 1) * colW, y, { width: colW - 4, align: 'right' });
    }
  }
  y += 26;
  for (const def of KPI_DEFS) {
    doc.font('Inter').fontSize(8.5).fillColor(INK_2).text(def.label, l.left, y, { width: labelW, lineBreak: false });
    const values = context.subjects.map((s) => s.projection.kpis[def.key]);
    values.forEach((v, i) => {
      doc.font('Inter-SemiBold').fillColor(INK).text(kpiText(def, v), l.left + labelW + i * colW, y, { width: colW - 4, align: 'right', lineBreak: false });
    });
    if (showRatio) {
      const base = num(values[0]);
      for (let i = 1; i < n; i += 1) {
        const v = num(values[i]);
        const text = base === null || v === null || base === 0 ? '—' : `${(v / base).toFixed(2)}×`;
        doc.font('Inter').fillColor(INK_2).text(text, l.left + labelW + (n + i - 1) * colW, y, { width: colW - 4, align: 'right', lineBreak: false });
      }
    }
    doc.save().moveTo(l.left, y + 13).lineTo(l.left + l.width, y + 13).lineWidth(0.4).strokeColor(GRID).stroke().restore();
    y += 17;
  }
}

function warnings(l: Layout, subject: ExportSubject, y: number): void {
  const list = subject.projection.warnings;
  if (list.length === 0) return;
  const { doc } = l;
  doc.font('Inter-SemiBold').fontSize(9.5).fillColor('#b42318').text('Warnings', l.left, y);
  doc.font('Inter').fontSize(8.5).fillColor(INK);
  for (const w of list.slice(0, 8)) doc.text(`• ${w.message}`, l.left, doc.y + 2, { width: l.width });
}

// ── Charts ──────────────────────────────────────────────────────────────────────────────────

const perM = (cost: string, served: string): number | null => {
  const s = Number(served);
  return s > 0 ? (Number(cost) / s) * 1e6 : null;
};

function shortMonth(month: string): string {
  const label = monthLabel(month);
  return `${label.slice(0, 3)} ${label.slice(-2)}`;
}

function monthCategories(s: ExportSubject): string[] {
  return s.projection.months.map((m) => shortMonth(m.month));
}

function labelEvery(n: number): number {
  return n <= 24 ? 3 : n <= 60 ? 6 : 12;
}

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

function chartPages(l: Layout): void {
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
  tornadoPage(l);
  monteCarloPage(l);
}

/**
 * The Monte Carlo fan, when the user ran one: the same seeded run as the app (default triangular
 * distributions, ±20 % on every driver but the discount rate), so the page reproduces the screen.
 */
function monteCarloPage(l: Layout): void {
  const subject = l.context.subjects[0];
  if (!subject || !l.monteCarlo) return;
  const { paths, seed, distributions } = l.monteCarlo;
  const result = runMonteCarlo(subject.scenario, distributions ? { paths, seed, distributions } : { paths, seed });
  const drawn = distributions
    ? `drivers drawn from the triangular distributions set in the app (${Object.keys(distributions).length} drivers)`
    : 'every driver but the discount rate drawn from a triangular −20 % / 0 / +20 %';
  newPage(l);
  const { doc } = l;
  const fan = result.months.cashFlow;
  const height = (l.bottom - l.top) * 0.72;
  drawChart(doc, { x: l.left, y: l.top, w: l.width, h: height }, {
    title: `Monte Carlo: monthly cash flow${l.context.subjects.length > 1 ? ` — ${subject.scenario.name}` : ''}`,
    subtitle: `USD per month, P10 / P50 / P90 of ${result.completedPaths.toLocaleString('en-US')} seeded paths (seed ${result.seed}); ${drawn}`,
    categories: monthCategories(subject),
    labelEvery: labelEvery(subject.projection.months.length),
    series: [
      { label: 'P90', color: SERIES.served, values: fan.p90, dash: true },
      { label: 'P50 (median)', color: SERIES.cumulative, values: fan.p50, width: 2 },
      { label: 'P10', color: SERIES.cashNegative, values: fan.p10, dash: true },
    ],
    yFormat: (v) => money(v, 1),
    yLabel: 'USD / month',
    zeroLine: true,
  });
  const pct = (v: number) => `${(v * 100).toFixed(0)} %`;
  const npv = result.npv;
  const lines = [
    `NPV: P10 ${npv.p10 === null ? '—' : money(npv.p10, 1)} · P50 ${npv.p50 === null ? '—' : money(npv.p50, 1)} · P90 ${npv.p90 === null ? '—' : money(npv.p90, 1)} (today's inputs: ${money(result.base.npv, 1)}).`,
    `Payback within the horizon in ${pct(result.probabilityPaybackWithinHorizon)} of paths; median payback ${result.paybackMonths.p50 === null ? '—' : `${result.paybackMonths.p50.toFixed(1)} months`}.`,
    'Fast float64 engine, held to 1e-9 of the exact engine in the test suite; the same seed gives the same result.',
  ];
  doc.font('Inter').fontSize(10).fillColor(INK);
  let y = l.top + height + 14;
  for (const line of lines) {
    doc.text(line, l.left, y, { width: l.width });
    y += 16;
  }
}

function tornadoPage(l: Layout): void {
  const subject = l.context.subjects[0];
  if (!subject) return;
  // The float64 fast path (held to 1e-9 of the exact engine): 17 projections in milliseconds.
  const result = tornado(subject.scenario, { engine: 'float' });
  const base = num(result.base);
  if (base === null) return;
  newPage(l);
  const swing = formatValue(result.swing, 'fraction');
  const compare = l.context.subjects.length > 1;
  const height = Math.min(l.bottom - l.top - 60, 60 + result.bars.length * 34);
  drawTornado(l.doc, { x: l.left, y: l.top, w: l.width, h: height }, {
    title: `Sensitivity of NPV${compare ? ` — ${subject.scenario.name}` : ''}`,
    subtitle: `NPV in USD with each driver moved ${swing} down and up, the others held; largest spread first`,
    base,
    bars: result.bars.map((b) => ({ label: b.label, low: num(b.low), high: num(b.high) })),
    lowLabel: `Driver −${swing.replace(/^−/, '')}`,
    highLabel: `Driver +${swing}`,
    lowColor: '#b42318',
    highColor: '#2c5282',
    format: (v) => money(v, 0),
  });
  const doc = l.doc;
  doc.font('Inter').fontSize(8.5).fillColor(INK_2).text(
    'Read each bar as “if this input were that much lower (red) or higher (blue), NPV would be …”. A bar is missing an end where the KPI is undefined there. Drivers: ' +
      result.bars.map((b) => b.label.toLowerCase()).join(', ') +
      '.',
    l.left,
    l.top + height + 16,
    { width: l.width },
  );
}

// ── Fiscal-year budget table ────────────────────────────────────────────────────────────────

const BUDGET_ROWS: { key: string; label: string; strong?: boolean }[] = [
  { key: 'revenue', label: 'Revenue', strong: true },
  { key: 'energyCost', label: 'Energy' },
  { key: 'hosting', label: 'Hosting' },
  { key: 'maintenance', label: 'Maintenance' },
  { key: 'rentalCost', label: 'Rental' },
  { key: 'apiCost', label: 'API' },
  { key: 'fixedOpex', label: 'Fixed opex' },
  { key: 'opex', label: 'Opex', strong: true },
  { key: 'capex', label: 'Capex', strong: true },
  { key: 'budget', label: 'Budget incl. contingency', strong: true },
  { key: 'depreciation', label: 'Depreciation' },
  { key: 'pnlCost', label: 'P&L cost (opex + depreciation)' },
  { key: 'cashFlow', label: 'Cash flow', strong: true },
  { key: 'cumulativeCashFlow', label: 'Cumulative cash flow' },
  { key: 'servedTokens', label: 'Tokens served (billions)' },
];

function budgetTable(l: Layout, subject: ExportSubject, y: number): number {
  const { doc } = l;
  const fys = subject.projection.fiscalYears;
  const moneyKeys = BUDGET_ROWS.filter((r) => r.key !== 'servedTokens').map((r) => r.key);
  const max = Math.max(...fys.flatMap((fy) => moneyKeys.map((k) => Math.abs(Number((fy as Record<string, unknown>)[k] ?? 0)))));
  const inMillions = max >= 1e7;
  const scale = inMillions ? 1e6 : 1e3;
  const digits = inMillions ? 1 : 0;
  doc.font('Inter').fontSize(8.5).fillColor(INK_2).text(`${subject.scenario.name} · USD ${inMillions ? 'millions' : 'thousands'} · contingency ${formatValue(subject.scenario.contingencyPct, 'fraction')}`, l.left, y);
  y += 16;
  const labelW = 200;
  const cols = fys.length + 1;
  const colW = Math.min(90, (l.width - labelW) / cols);
  doc.rect(l.left, y - 3, labelW + colW * cols, 16).fill(ACCENT);
  doc.font('Inter-SemiBold').fontSize(8.5).fillColor('#ffffff');
  doc.text('Line', l.left + 4, y, { width: labelW, lineBreak: false });
  fys.forEach((fy, i) => doc.text(`FY${fy.fiscalYear}`, l.left + labelW + i * colW, y, { width: colW - 6, align: 'right', lineBreak: false }));
  doc.text('Total', l.left + labelW + fys.length * colW, y, { width: colW - 6, align: 'right', lineBreak: false });
  y += 17;
  const total = (key: string): number | null => {
    if (key === 'cumulativeCashFlow') return null;
    return fys.reduce((s, fy) => s + Number((fy as Record<string, unknown>)[key] ?? 0), 0);
  };
  const fmt = (v: number | null, key: string) => {
    if (v === null) return '';
    if (key === 'servedTokens') return (v / 1e9).toLocaleString('en-US', { maximumFractionDigits: 0 });
    const s = (v / scale).toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
    return s.startsWith('-') ? `(${s.slice(1)})` : s;
  };
  BUDGET_ROWS.forEach((row, r) => {
    if (r % 2 === 1) doc.rect(l.left, y - 3, labelW + colW * cols, 15).fill('#f5f7fa');
    doc.font(row.strong ? 'Inter-SemiBold' : 'Inter').fontSize(8.5).fillColor(INK);
    doc.text(row.label, l.left + 4, y, { width: labelW, lineBreak: false });
    fys.forEach((fy, i) => doc.text(fmt(Number((fy as Record<string, unknown>)[row.key] ?? 0), row.key), l.left + labelW + i * colW, y, { width: colW - 6, align: 'right', lineBreak: false }));
    doc.text(fmt(total(row.key), row.key), l.left + labelW + fys.length * colW, y, { width: colW - 6, align: 'right', lineBreak: false });
    y += 15;
  });
  doc.font('Inter').fontSize(7.5).fillColor(INK_2).text('Negative amounts in parentheses. Fiscal years are named by the calendar year in which they end; partial years at either end hold just their months.', l.left, y + 4, { width: l.width });
  return doc.y + 14;
}

function budgetPages(l: Layout): void {
  newPage(l);
  let y = heading(l, 'Fiscal-year budget', 'Every monthly line summed by fiscal year');
  for (const subject of l.context.subjects) {
    const needed = 16 + 17 + BUDGET_ROWS.length * 15 + 30;
    if (y + needed > l.bottom) {
      newPage(l);
      y = heading(l, 'Fiscal-year budget (continued)');
    }
    y = budgetTable(l, subject, y);
  }
}

// ── Assumptions ─────────────────────────────────────────────────────────────────────────────

function assumptionPages(l: Layout): void {
  const { doc, context } = l;
  for (const subject of context.subjects) {
    newPage(l);
    const title = context.subjects.length > 1 ? `Assumptions — ${subject.scenario.name}` : 'Assumptions';
    let top = heading(l, title, 'Every input of the scenario, as entered');
    const colGap = 24;
    const colW = (l.width - colGap) / 2;
    let col = 0;
    let y = top;
    let section = '';
    const rowH = 12.5;
    const advance = (h: number) => {
      if (y + h > l.bottom) {
        col += 1;
        if (col > 1) {
          newPage(l);
          top = heading(l, `${title} (continued)`);
          col = 0;
        }
        y = top;
      }
    };
    const drawRow = (row: AssumptionRow, x: number): void => {
      const value = row.value === null ? (row.note ?? 'not set') : formatValue(row.value, row.kind);
      const unit = unitAfterFormat(row.unit, row.kind);
      const wide = row.kind === 'text' || row.value === null;
      doc.font('Inter').fontSize(8).fillColor(INK_2).text(fit(doc, row.label, colW * 0.42), x + 6, y, { lineBreak: false });
      const valueW = wide ? colW * 0.56 : colW * 0.3;
      doc.font('Inter-SemiBold').fontSize(8).fillColor(row.value === null ? INK_2 : INK);
      const shown = fit(doc, value, valueW);
      const right = wide ? x + colW - 2 : x + colW * 0.74;
      doc.text(shown, right - doc.widthOfString(shown), y, { lineBreak: false });
      if (!wide) doc.font('Inter').fontSize(7.5).fillColor(INK_2).text(fit(doc, unit, colW * 0.24), x + colW * 0.76, y + 0.5, { lineBreak: false });
      y += rowH;
    };
    for (const row of assumptionRows(subject.scenario)) {
      if (row.path === 'name') continue;
      if (row.section !== section) {
        advance(rowH * 3);
        section = row.section;
        const sx = l.left + col * (colW + colGap);
        doc.font('Inter-SemiBold').fontSize(8.5).fillColor(ACCENT).text(fit(doc, section, colW), sx, y + 3, { lineBreak: false });
        y += rowH + 5;
      } else advance(rowH);
      drawRow(row, l.left + col * (colW + colGap));
    }
  }
}

/** `text` cut with an ellipsis to fit `width` at the current font and size. */
function fit(doc: Doc, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  let cut = text;
  while (cut.length > 1 && doc.widthOfString(`${cut}…`) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** A unit that the formatted value already shows ("%" on 10.0 %, "USD" on $85) is shortened. */
function unitAfterFormat(unit: string, kind: string): string {
  if (kind === 'text') return '';
  if (kind === 'fraction') return unit === '%' ? '' : unit.replace(/^%\s*/, '');
  if (kind === 'unitPrice') return unit.replace(/^USD\s*/, '');
  return unit;
}

// ── Method notes ────────────────────────────────────────────────────────────────────────────

export const METHOD_NOTES: [string, string][] = [
  ['Time and money', 'The model runs month by month from the first month over the horizon. All amounts are US dollars, computed exactly and rounded only for display. Annual rates become monthly rates by compounding, never by dividing by twelve.'],
  ['Demand', 'Each application asks for a number of tokens in month 0 that grows by a fixed monthly percentage, by a fixed monthly amount, or along an S-curve towards a ceiling. Revenue is tokens served, in millions, times the price per million tokens, which erodes each year by the stated percentage.'],
  ['Capacity and fleet', 'A platform’s throughput (tokens per second per GPU, raised over time by the software-improvement curve) turns demand into busy GPU-hours. Owned fleets buy whole nodes when demand needs them, at the target utilisation, and keep them; rented fleets follow demand up and down. Power caps and node limits can leave demand unmet, which is reported.'],
  ['Costs', 'Energy is the facility draw (IT power between idle and full load, times PUE) times the electricity price, escalating yearly. Hosting is charged per provisioned kW, maintenance as a yearly share of capex. Capex is paid when nodes are added and depreciated straight-line, net of residual value. Rented capacity is one all-in price per GPU-hour. API options charge their blended input and output price.'],
  ['Cash flow and budget', 'Opex is energy, hosting, maintenance, rental, API and fixed costs. Cash flow is revenue minus opex minus capex. The P&L cost replaces capex by depreciation. The budget is opex plus capex plus the contingency reserve.'],
  ['NPV, IRR and payback', 'NPV discounts each month’s cash flow at the monthly equivalent of the annual discount rate, month 0 undiscounted (in a spreadsheet: first cash flow + NPV(monthly rate, the remaining flows)). IRR is the monthly rate at which NPV is zero, annualised by compounding twelve months; it is not shown when the flows have no such rate or several. MIRR uses the discount rate for both financing and reinvestment. Payback is when cumulative cash flow turns non-negative, interpolated within the month.'],
  ['Unit economics', 'Cost per million tokens is the horizon’s P&L cost divided by millions of tokens served; the cash and energy-only variants use opex plus capex and energy cost. The break-even API price is the self-hosted cost per million tokens served on platforms: an API priced below it is cheaper than running the fleet.'],
  ['Allocation', 'A platform’s monthly cost is shared among its applications in proportion to the busy GPU-hours they use. Idle capacity is either its own line (showback) or spread in the same proportions (chargeback). Amounts shown in cents are rounded so the parts still sum to the rounded total.'],
  ['Where the numbers are', 'The Excel workbook exported with this pack has the monthly ledger behind every figure, with NPV, IRR and the fiscal-year totals as live spreadsheet formulas over it.'],
];

function methodPage(l: Layout): void {
  const { doc } = l;
  newPage(l);
  const top = heading(l, 'Method notes', 'How the figures are computed, in plain words');
  const colGap = 28;
  const colW = (l.width - colGap) / 2;
  let col = 0;
  let y = top;
  for (const [title, body] of METHOD_NOTES) {
    doc.font('Inter').fontSize(8.5);
    const h = doc.heightOfString(body, { width: colW, lineGap: 1.5 }) + 18;
    if (y + h > l.bottom && col === 0) {
      col = 1;
      y = top;
    }
    const x = l.left + col * (colW + colGap);
    doc.font('Inter-SemiBold').fontSize(9.5).fillColor(INK).text(title, x, y, { width: colW });
    doc.font('Inter').fontSize(8.5).fillColor(INK_2).text(body, x, doc.y + 2, { width: colW, lineGap: 1.5 });
    y = doc.y + 10;
  }
}

// ── Footer and assembly ─────────────────────────────────────────────────────────────────────

function footers(l: Layout): void {
  const { doc, context } = l;
  const range = doc.bufferedPageRange();
  const name = scenarioNames(context);
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - 26;
    doc.save().moveTo(l.left, y - 6).lineTo(l.left + l.width, y - 6).lineWidth(0.5).strokeColor(GRID).stroke().restore();
    doc.font('Inter').fontSize(7.5).fillColor(INK_2);
    doc.text(`Tokenplan · ${name}`, l.left, y, { width: l.width * 0.6, lineBreak: false, ellipsis: true });
    doc.text(`Source: Tokenplan projection, ${isoDate(context.generatedAt)} · page ${i + 1} of ${range.count}`, l.left + l.width * 0.4, y, { width: l.width * 0.6, align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottomMargin;
  }
}

export interface MonteCarloRun {
  paths: number;
  seed: number;
  /** As set in the app's form; omitted: the defaults (±20 % triangular on every driver but the discount rate). */
  distributions?: Partial<Record<Driver, Triangular>> | undefined;
}

export interface PdfOptions {
  paper: PaperSize;
  /** Include the Monte Carlo page for this run (omitted: no Monte Carlo page). */
  monteCarlo?: MonteCarloRun | undefined;
}

/** The board pack as PDF bytes. */
export function buildPdf(context: ExportContext, options: PdfOptions): Promise<Buffer> {
  const doc = new PDFDocument({
    size: options.paper === 'letter' ? 'LETTER' : 'A4',
    layout: 'landscape',
    margins: { top: MARGIN, bottom: MARGIN + 10, left: MARGIN, right: MARGIN },
    bufferPages: true,
    autoFirstPage: true,
    info: {
      Title: `Tokenplan board pack — ${scenarioNames(context)}`,
      Author: 'Tokenplan',
      Subject: 'AI inference budget',
      Creator: 'Tokenplan',
      CreationDate: context.generatedAt,
    },
    pdfVersion: '1.7',
    lang: 'en-US',
    displayTitle: true,
  });
  for (const [name, file] of Object.entries(FONT_FILES)) doc.registerFont(name, file);
  doc.font('Inter');
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const l: Layout = {
    doc,
    context,
    monteCarlo: options.monteCarlo,
    left: MARGIN,
    top: MARGIN,
    width: doc.page.width - 2 * MARGIN,
    bottom: doc.page.height - MARGIN - 10,
  };
  titlePage(l);
  newPage(l);
  kpiPage(l);
  chartPages(l);
  budgetPages(l);
  assumptionPages(l);
  methodPage(l);
  footers(l);
  doc.end();
  return done;
}
