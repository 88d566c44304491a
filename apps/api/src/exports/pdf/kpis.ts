// The KPI page: cards and a list for one scenario (with its warnings), a side-by-side table with
// ratios to the baseline for a comparison. With tax (spec §8) each return card shows its
// after-tax twin beside the pre-tax figure and the list adds the after-tax rows; a cost centre
// (revenueMode "costCentre") leads with the present value of cost, as returns need revenue.
import { AFTER_TAX_DEFS, KPI_DEFS, num, type ExportSubject, type KpiDef, type KpiKey, type LineDef } from '../content';
import { warningText } from '../warnings';
import { formatValue } from './format';
import { ACCENT, heading, horizonText, type Layout } from './layout';
import { GRID, INK, INK_2, scenarioColor } from './palette';
import { cellText, paragraph, shrinkToFit, wrapText } from './text';

const CARD_KPIS: KpiKey[] = [
  'npv',
  'irrAnnual',
  'paybackMonths',
  'totalRevenue',
  'totalCapex',
  'costPerMTokens',
  'grossMarginPct',
  'breakEvenApiPricePerMTokens',
];

/** A cost centre has no revenue: its cards are costs (§8), what "which fleet serves this demand for less" asks. */
const COST_CENTRE_CARDS: KpiKey[] = [
  'presentValueOfCost',
  'totalCost',
  'economicCostPerMTokens',
  'costPerMTokens',
  'totalCapex',
  'totalOpex',
  'cashCostPerMTokens',
  'breakEvenApiPricePerMTokens',
];

export function cardKpis(subject: ExportSubject): KpiKey[] {
  return subject.scenario.revenueMode === 'costCentre' ? COST_CENTRE_CARDS : CARD_KPIS;
}

/** An after-tax figure as text ("n/a (no tax)" without tax). */
export function afterTaxText(def: LineDef, subject: ExportSubject): string {
  const afterTax = subject.projection.kpis.afterTax;
  if (!afterTax) return 'n/a (no tax)';
  return kpiText(def as KpiDef, afterTax[def.key as keyof typeof afterTax]);
}

/** Warnings listed under the KPIs at most (each at most two lines); the rest are counted. */
const MAX_WARNINGS = 8;

export function kpiText(def: KpiDef, value: string | null): string {
  if (value === null) {
    if (def.key === 'irrAnnual') return 'n/a (no single root)';
    if (def.key === 'paybackMonths' || def.key === 'discountedPaybackMonths') return 'beyond horizon';
    return 'n/a';
  }
  // As the web app shows it: a rate above 1,000 % says "the investment pays back at once", not a number to read.
  if ((def.key === 'irrAnnual' || def.key === 'mirrAnnual') && Number(value) > 10) return '> 1,000 %';
  return withUnit(formatValue(num(value), def.kind), def);
}

/** Kinds whose formatted figure shows no unit of its own ($, %, ×, "months" do). */
const BARE_KINDS = new Set(['tokens', 'mwh', 'hours', 'count', 'decimal']);

/** "0.2263" → "0.2263 J/token": a figure never stands without its unit on the page. */
export function withUnit(text: string, def: Pick<KpiDef, 'kind' | 'unit'>): string {
  return BARE_KINDS.has(def.kind) && def.unit !== '' ? `${text} ${def.unit}` : text;
}

export function kpiPage(l: Layout): void {
  const { context } = l;
  const first = context.subjects[0];
  if (context.subjects.length > 1) {
    comparisonTable(l, heading(l, 'Key figures', 'Horizon KPIs side by side; the first scenario is the baseline.'));
    return;
  }
  if (!first) return;
  singleKpis(l, first, heading(l, 'Key figures', `${first.scenario.name} · ${horizonText(first)}`));
}

function singleKpis(l: Layout, subject: ExportSubject, top: number): void {
  const { doc } = l;
  let y = top;
  const k = subject.projection.kpis;
  const cols = 4;
  const gap = 10;
  const w = (l.width - gap * (cols - 1)) / cols;
  const h = 64;
  const cards = cardKpis(subject);
  cards.forEach((key, i) => {
    const def = KPI_DEFS.find((d) => d.key === key);
    if (!def) return;
    const x = l.left + (i % cols) * (w + gap);
    const cy = y + Math.floor(i / cols) * (h + gap);
    doc.roundedRect(x, cy, w, h, 4).lineWidth(0.8).strokeColor(GRID).stroke();
    doc.rect(x, cy + 8, 3, h - 16).fill(ACCENT);
    doc.font('Inter').fontSize(8.5).fillColor(INK_2);
    cellText(doc, def.label, x + 12, cy + 9, w - 20);
    const text = kpiText(def, k[key]);
    // After tax beside pre-tax: a return card gives its right part to the after-tax twin.
    const twin = k.afterTax ? AFTER_TAX_DEFS.find((d) => d.key === key) : undefined;
    const figureW = twin ? (w - 20) * 0.58 : w - 20;
    doc.font('Inter-Bold').fillColor(INK);
    const size = shrinkToFit(doc, text, figureW, 19, 12);
    // A smaller figure sits lower, centred where the large one would be.
    cellText(doc, text, x + 12, cy + 24 + (19 - size) * 0.6, figureW);
    if (twin) {
      const tx = x + 12 + figureW + 4;
      const tw = w - 20 - figureW - 4;
      doc.font('Inter').fontSize(7.5).fillColor(INK_2);
      cellText(doc, 'After tax', tx, cy + 23, tw, { align: 'right' });
      const after = afterTaxText(twin, subject);
      doc.font('Inter-SemiBold').fillColor(INK);
      shrinkToFit(doc, after, tw, 11, 7);
      cellText(doc, after, tx, cy + 33, tw, { align: 'right' });
    }
    doc.font('Inter').fontSize(7.5).fillColor(INK_2);
    cellText(doc, def.unit, x + 12, cy + 48, w - 20);
  });
  y += 2 * (h + gap) + 8;
  const rest = [
    ...KPI_DEFS.filter((d) => !cards.includes(d.key)).map((def) => ({ label: def.label, text: kpiText(def, k[def.key]) })),
    ...AFTER_TAX_DEFS.map((def) => ({ label: def.label, text: afterTaxText(def, subject) })),
  ];
  const half = Math.ceil(rest.length / 2);
  const colW = (l.width - 20) / 2;
  const rowH = 15;
  rest.forEach((item, i) => {
    const x = l.left + (i < half ? 0 : colW + 20);
    const ry = y + (i % half) * rowH;
    doc.font('Inter').fontSize(8.5).fillColor(INK_2);
    cellText(doc, item.label, x, ry, colW * 0.6);
    doc.font('Inter-SemiBold').fontSize(8.5).fillColor(INK);
    cellText(doc, item.text, x + colW * 0.6, ry, colW * 0.4, { align: 'right' });
    doc.save().moveTo(x, ry + 12).lineTo(x + colW, ry + 12).lineWidth(0.4).strokeColor(GRID).stroke().restore();
  });
  y += half * rowH + 10;
  warnings(l, subject, y);
}

function comparisonTable(l: Layout, top: number): void {
  const { doc, context } = l;
  let y = top;
  const n = context.subjects.length;
  const labelW = 190;
  const showRatio = n <= 3;
  const valueCols = n + (showRatio ? n - 1 : 0);
  const colW = (l.width - labelW) / valueCols;
  doc.font('Inter-SemiBold').fontSize(8.5);
  const lineH = doc.currentLineHeight(true);
  context.subjects.forEach((s, i) => {
    const x = l.left + labelW + i * colW;
    doc.rect(x + colW - 10, y + 2, 7, 7).fill(scenarioColor(i));
    doc.fillColor(INK);
    // The name over its column: two lines at most, right-aligned beside the colour key.
    wrapText(doc, s.scenario.name, colW - 14, 2).forEach((line, j) => cellText(doc, line, x, y + j * lineH, colW - 14, { align: 'right' }));
  });
  if (showRatio) {
    for (let i = 1; i < n; i += 1) {
      doc.fillColor(INK_2);
      cellText(doc, `S${i + 1} / S1`, l.left + labelW + (n + i - 1) * colW, y, colW - 4, { align: 'right' });
    }
  }
  y += 26;
  const metrics: { def: KpiDef; values: (string | null)[] }[] = [
    ...KPI_DEFS.map((def) => ({ def, values: context.subjects.map((s) => s.projection.kpis[def.key]) })),
    ...AFTER_TAX_DEFS.map((def) => ({ def: def as KpiDef, values: context.subjects.map((s) => s.projection.kpis.afterTax?.[def.key] ?? null) })),
  ];
  // Every row on the page: 17 pt a row where they fit, tighter where they would not.
  const rowH = Math.min(17, (l.bottom - y) / metrics.length);
  for (const { def, values } of metrics) {
    doc.font('Inter').fontSize(8.5).fillColor(INK_2);
    cellText(doc, def.label, l.left, y, labelW);
    values.forEach((v, i) => {
      const text = kpiText(def, v);
      doc.font('Inter-SemiBold').fillColor(INK);
      shrinkToFit(doc, text, colW - 4, 8.5, 6.5);
      cellText(doc, text, l.left + labelW + i * colW, y, colW - 4, { align: 'right' });
    });
    if (showRatio) {
      const base = num(values[0]);
      for (let i = 1; i < n; i += 1) {
        const v = num(values[i]);
        const text = base === null || v === null || base === 0 ? '—' : `${(v / base).toFixed(2)}×`;
        doc.font('Inter').fontSize(8.5).fillColor(INK_2);
        cellText(doc, text, l.left + labelW + (n + i - 1) * colW, y, colW - 4, { align: 'right' });
      }
    }
    doc.save().moveTo(l.left, y + rowH - 3.5).lineTo(l.left + l.width, y + rowH - 3.5).lineWidth(0.4).strokeColor(GRID).stroke().restore();
    y += rowH;
  }
}

/** The projection's warnings below the KPIs, as many as fit above the page's bottom. */
function warnings(l: Layout, subject: ExportSubject, top: number): void {
  const list = subject.projection.warnings;
  if (list.length === 0) return;
  const { doc } = l;
  doc.font('Inter-SemiBold').fontSize(9.5).fillColor('#b42318');
  cellText(doc, 'Warnings', l.left, top, l.width);
  let y = top + doc.currentLineHeight(true);
  doc.font('Inter').fontSize(8.5).fillColor(INK);
  const lineH = doc.currentLineHeight(true);
  let shown = 0;
  for (const w of list.slice(0, MAX_WARNINGS)) {
    // Room for this warning's two lines and, below, the line counting the rest.
    if (y + 2 + 3 * lineH > l.bottom) break;
    y = paragraph(doc, `• ${warningText(subject.scenario, w)}`, l.left, y + 2, l.width, { maxLines: 2 });
    shown += 1;
  }
  if (shown < list.length) cellText(doc, `+ ${list.length - shown} more warnings (the workbook lists them all)`, l.left, y + 2, l.width);
}
