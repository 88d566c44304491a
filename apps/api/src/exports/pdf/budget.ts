// The fiscal-year budget: every monthly line summed by fiscal year, one table per scenario.
import type { ExportSubject } from '../content';
import { OUTPUT_LABELS, type OutputField } from '../model';
import { formatValue } from './format';
import { ACCENT, heading, newPage, type Layout } from './layout';
import { INK, INK_2 } from './palette';
import { cellText, paragraph, shrinkToFit } from './text';

/** The board's budget layout: revenue, the cost lines, totals, P&L and cash; labels are the model's. */
const BUDGET_LINES = [
  ['revenue', true],
  ['energyCost', false],
  ['hosting', false],
  ['maintenance', false],
  ['rentalCost', false],
  ['apiCost', false],
  ['fixedOpex', false],
  ['opex', true],
  ['capex', true],
  ['budget', true],
  ['depreciation', false],
  ['pnlCost', false],
  ['cashFlow', true],
  ['cumulativeCashFlow', false],
  ['servedTokens', false],
] as const satisfies readonly (readonly [OutputField, boolean])[];

const BUDGET_ROWS = BUDGET_LINES.map(([key, strong]) => ({
  key,
  // Tokens are shown in billions, the rest in the table's money unit.
  label: key === 'servedTokens' ? `${OUTPUT_LABELS[key].label} (billions)` : OUTPUT_LABELS[key].label,
  strong,
}));

function budgetTable(l: Layout, subject: ExportSubject, y: number): number {
  const { doc } = l;
  const fys = subject.projection.fiscalYears;
  const moneyKeys = BUDGET_ROWS.filter((r) => r.key !== 'servedTokens').map((r) => r.key);
  const max = Math.max(...fys.flatMap((fy) => moneyKeys.map((k) => Math.abs(Number((fy as Record<string, unknown>)[k] ?? 0)))));
  const inMillions = max >= 1e7;
  const scale = inMillions ? 1e6 : 1e3;
  const digits = inMillions ? 1 : 0;
  doc.font('Inter').fontSize(8.5).fillColor(INK_2);
  const basis = ` · USD ${inMillions ? 'millions' : 'thousands'} · contingency ${formatValue(subject.scenario.contingencyPct, 'fraction')}`;
  // The name gives way to the basis, which says how to read every figure below.
  const nameW = l.width - doc.widthOfString(basis);
  const name = cellText(doc, subject.scenario.name, l.left, y, nameW);
  cellText(doc, basis, l.left + doc.widthOfString(name), y, l.width - doc.widthOfString(name));
  y += 16;
  const labelW = 200;
  const cols = fys.length + 1;
  const colW = Math.min(90, (l.width - labelW) / cols);
  doc.rect(l.left, y - 3, labelW + colW * cols, 16).fill(ACCENT);
  doc.font('Inter-SemiBold').fontSize(8.5).fillColor('#ffffff');
  cellText(doc, 'Line', l.left + 4, y, labelW - 8);
  fys.forEach((fy, i) => cellText(doc, `FY${fy.fiscalYear}`, l.left + labelW + i * colW, y, colW - 6, { align: 'right' }));
  cellText(doc, 'Total', l.left + labelW + fys.length * colW, y, colW - 6, { align: 'right' });
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
    cellText(doc, row.label, l.left + 4, y, labelW - 8);
    const cells = [...fys.map((fy) => Number((fy as Record<string, unknown>)[row.key] ?? 0)), total(row.key)];
    cells.forEach((v, i) => {
      const text = fmt(v, row.key);
      // Eleven fiscal years leave narrow columns: a large figure is set smaller, not cut.
      shrinkToFit(doc, text, colW - 6, 8.5, 6);
      cellText(doc, text, l.left + labelW + i * colW, y, colW - 6, { align: 'right' });
    });
    y += 15;
  });
  doc.font('Inter').fontSize(7.5).fillColor(INK_2);
  const end = paragraph(doc, 'Negative amounts in parentheses. Fiscal years are named by the calendar year in which they end; partial years at either end hold just their months.', l.left, y + 4, l.width, { maxLines: 2 });
  return end + 14;
}

export function budgetPages(l: Layout): void {
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

