// "Plan vs actual" (issue 18, docs/actuals.md): for each scenario with a baseline version and actuals,
// the exhaustion dates (with the warning when the budget runs out inside the fiscal year), the months
// around the latest actual with plan, actual, variance and forecast, and the variance by application.
import type { ExportSubject } from '../content';
import type { ExportVariance } from '../variance';
import { money, percent } from './format';
import { ACCENT, heading, newPage, type Layout } from './layout';
import { INK, INK_2 } from './palette';
import { cellText, paragraph, shrinkToFit } from './text';

const ROW = 14;
/** Months shown: the months with actuals (at most 12, the latest) and the 3 after them. */
const ACTUAL_MONTHS = 12;
const AHEAD = 3;
const WARN = '#b42318';

const num = (v: string | null) => (v === null ? null : Number(v));
const signedMoney = (v: number | null) => (v === null ? '' : v > 0 ? `+${money(v)}` : money(v));
const pct = (v: number | null) => (v === null ? '' : percent(v));

function table(l: Layout, y: number, columns: { title: string; width: number; right?: boolean }[], rows: (string | { text: string; color: string })[][]): number {
  const { doc } = l;
  const total = columns.reduce((s, c) => s + c.width, 0);
  doc.rect(l.left, y - 3, total, ROW + 1).fill(ACCENT);
  doc.font('Inter-SemiBold').fontSize(8.5).fillColor('#ffffff');
  let x = l.left;
  for (const c of columns) {
    cellText(doc, c.title, x + 4, y, c.width - 8, c.right ? { align: 'right' } : {});
    x += c.width;
  }
  y += ROW + 2;
  rows.forEach((cells, r) => {
    if (r % 2 === 1) doc.rect(l.left, y - 3, total, ROW).fill('#f5f7fa');
    let cx = l.left;
    cells.forEach((cell, i) => {
      const c = columns[i];
      if (!c) return;
      const text = typeof cell === 'string' ? cell : cell.text;
      doc.font('Inter').fillColor(typeof cell === 'string' ? INK : cell.color);
      shrinkToFit(doc, text, c.width - 8, 8.5, 6);
      cellText(doc, text, cx + 4, y, c.width - 8, c.right ? { align: 'right' } : {});
      cx += c.width;
    });
    y += ROW;
  });
  return y + 8;
}

function shownMonths(v: ExportVariance) {
  const withActuals = v.months.filter((m) => m.hasActuals).slice(-ACTUAL_MONTHS);
  const last = withActuals.at(-1)?.month ?? '';
  const after = v.months.filter((m) => m.month > last).slice(0, AHEAD);
  return [...withActuals, ...after];
}

function variancePage(l: Layout, subject: ExportSubject, v: ExportVariance): void {
  const { doc } = l;
  newPage(l);
  let y = heading(l, 'Plan vs actual', `${subject.scenario.name} · measured against "${v.versionName}"`);
  const e = v.exhaustion;
  doc.font('Inter').fontSize(9.5).fillColor(INK);
  const lines = [
    `Fiscal-year budget (plan opex + capex to ${e.fiscalYearEnd}): ${money(Number(e.budget))}. Rolling forecast over the horizon: ${money(Number(v.forecast.total))}.`,
    `Budget exhausted at the current burn rate: ${e.atBurnRate ?? 'not within 100 years'}; at the forecast: ${e.atForecast ?? 'not exceeded'}.`,
  ];
  for (const line of lines) y = paragraph(doc, line, l.left, y, l.width, { maxLines: 2 }) + 2;
  if (e.withinFiscalYear) {
    doc.font('Inter-SemiBold').fontSize(9.5).fillColor(WARN);
    y = paragraph(doc, `Warning: the budget runs out before the fiscal year ends (${e.fiscalYearEnd}).`, l.left, y, l.width, { maxLines: 1 }) + 2;
  }
  y += 6;
  const forecast = new Map(v.forecast.months.map((m) => [m.month, m]));
  const w = Math.min(96, (l.width - 70) / 7);
  const columns = [{ title: 'Month', width: 70 }, ...['Plan', 'Actual', 'Variance', 'Variance %', 'Cum. plan', 'Cum. actual', 'Forecast'].map((title) => ({ title, width: w, right: true }))];
  const rows = shownMonths(v).map((m) => {
    const variance = num(m.varianceCost);
    const color = variance !== null && variance > 0 ? WARN : INK;
    const f = forecast.get(m.month);
    return [
      m.month,
      money(Number(m.planCost)),
      m.hasActuals ? money(Number(m.actualCost)) : '',
      { text: signedMoney(variance), color },
      { text: pct(num(m.variancePct)), color },
      money(Number(m.cumulativePlanCost)),
      m.hasActuals ? money(Number(m.cumulativeActualCost)) : '',
      f ? `${money(Number(f.cost))}${f.source === 'plan' ? ' (plan)' : ''}` : '',
    ];
  });
  y = table(l, y, columns, rows);
  const apps = v.byApplication.slice(0, Math.max(0, Math.floor((l.bottom - y - 60) / ROW)));
  if (apps.length > 0) {
    const appColumns = [{ title: 'Application (months with actuals)', width: 200 }, ...['Plan', 'Actual', 'Variance', 'Variance %'].map((title) => ({ title, width: w, right: true }))];
    y = table(
      l,
      y,
      appColumns,
      apps.map((a) => {
        const variance = Number(a.varianceCost);
        const color = variance > 0 ? WARN : INK;
        return [`${a.name} (${a.team})`, money(Number(a.planCost)), money(Number(a.actualCost)), { text: signedMoney(variance), color }, { text: pct(num(a.variancePct)), color }];
      }),
    );
  }
  doc.font('Inter').fontSize(7.5).fillColor(INK_2);
  paragraph(doc, `Plan = the version's opex + capex (applications: allocated cost). Variance = actual − plan, positive = over plan. Unmapped actual spend: ${money(Number(v.unmapped.cost))}. Formulas: docs/actuals.md.`, l.left, Math.min(y, l.bottom - 24), l.width, { maxLines: 2 });
}

/** One page per scenario that has a baseline and actuals; nothing otherwise. */
export function variancePages(l: Layout): void {
  for (const subject of l.context.subjects) if (subject.variance) variancePage(l, subject, subject.variance);
}
