// The Variance sheet (issue 18, docs/actuals.md): the baseline version's plan against actual spend,
// month by month with the rolling forecast, by application, team and platform, and the exhaustion
// date. Values (the API's numbers), with the variance columns as live formulas over plan and actual.
import type ExcelJS from 'exceljs';
import type { ExportSubject } from '../content';
import type { ExportVariance } from '../variance';
import { NUMBER_FORMATS, styleHeader, type ScenarioRefs } from './sheet';

export const VARIANCE_SHEET = 'Variance';

const money = NUMBER_FORMATS.money;
const pct = NUMBER_FORMATS.fraction;
const n = (v: string | null): number | null => (v === null ? null : Number(v));

function header(ws: ExcelJS.Worksheet, r: number, cells: string[]): void {
  const row = ws.getRow(r);
  cells.forEach((c, i) => (row.getCell(1 + i).value = c));
  styleHeader(row);
}

/** Plan | Actual | Variance (= actual − plan) | Variance % rows, from column `col` of row `r`. */
function planActual(row: ExcelJS.Row, col: number, plan: string, actual: string | null, variance: string | null, variancePct: string | null): void {
  const p = row.getCell(col);
  const a = row.getCell(col + 1);
  p.value = n(plan);
  p.numFmt = money;
  a.value = n(actual);
  a.numFmt = money;
  if (variance === null) return;
  const pAddr = p.address;
  const aAddr = a.address;
  row.getCell(col + 2).value = { formula: `${aAddr}-${pAddr}`, result: Number(variance) };
  row.getCell(col + 2).numFmt = money;
  row.getCell(col + 3).value = { formula: `IF(${pAddr}=0,"",(${aAddr}-${pAddr})/${pAddr})`, result: variancePct === null ? '' : Number(variancePct) };
  row.getCell(col + 3).numFmt = pct;
}

function monthTable(ws: ExcelJS.Worksheet, v: ExportVariance, start: number): number {
  header(ws, start, ['Month', 'Plan cost', 'Actual cost', 'Variance', 'Variance %', 'Cumulative plan', 'Cumulative actual', 'Forecast', 'Forecast from', 'Plan tokens', 'Actual tokens']);
  const forecast = new Map(v.forecast.months.map((m) => [m.month, m]));
  let r = start + 1;
  for (const m of v.months) {
    const row = ws.getRow(r);
    row.getCell(1).value = m.month;
    planActual(row, 2, m.planCost, m.hasActuals ? m.actualCost : null, m.varianceCost, m.variancePct);
    row.getCell(6).value = Number(m.cumulativePlanCost);
    row.getCell(7).value = m.hasActuals ? Number(m.cumulativeActualCost) : null;
    const f = forecast.get(m.month);
    row.getCell(8).value = f ? Number(f.cost) : null;
    row.getCell(9).value = f?.source ?? null;
    row.getCell(10).value = Number(m.planTokens);
    row.getCell(11).value = m.hasActuals ? Number(m.actualTokens) : null;
    [6, 7, 8].forEach((c) => (row.getCell(c).numFmt = money));
    [10, 11].forEach((c) => (row.getCell(c).numFmt = NUMBER_FORMATS.tokens));
    r += 1;
  }
  return r + 1;
}

function breakdown(ws: ExcelJS.Worksheet, title: string, rows: { label: string; planCost: string; actualCost: string; varianceCost: string; variancePct: string | null }[], start: number): number {
  header(ws, start, [title, 'Plan cost', 'Actual cost', 'Variance', 'Variance %']);
  let r = start + 1;
  for (const line of rows) {
    const row = ws.getRow(r);
    row.getCell(1).value = line.label;
    planActual(row, 2, line.planCost, line.actualCost, line.varianceCost, line.variancePct);
    r += 1;
  }
  return r + 1;
}

export function addVariance(wb: ExcelJS.Workbook, subject: ExportSubject, refs: ScenarioRefs): void {
  const v = subject.variance;
  if (!v) return;
  const ws = wb.addWorksheet(`${refs.prefix}${VARIANCE_SHEET}`, { views: [{ state: 'frozen', ySplit: 0 }] });
  ws.getColumn(1).width = 30;
  for (let c = 2; c <= 11; c += 1) ws.getColumn(c).width = 16;
  ws.getCell('A1').value = `Plan vs actual — measured against "${v.versionName}"`;
  ws.getCell('A1').font = { bold: true, size: 13 };
  const e = v.exhaustion;
  const facts: [string, string | number | null, string?][] = [
    ['Budget (plan, fiscal year)', Number(e.budget), money],
    ['Fiscal year ends', e.fiscalYearEnd],
    ['Budget exhausted at burn rate', e.atBurnRate ?? 'not within the horizon'],
    ['Budget exhausted at forecast', e.atForecast ?? 'not exceeded'],
    ['Exhausted inside the fiscal year', e.withinFiscalYear ? 'YES' : 'no'],
    ['Rolling forecast total', Number(v.forecast.total), money],
    ['Unmapped actual spend', Number(v.unmapped.cost), money],
  ];
  facts.forEach(([label, value, fmt], i) => {
    const row = ws.getRow(3 + i);
    row.getCell(1).value = label;
    row.getCell(2).value = value;
    if (fmt) row.getCell(2).numFmt = fmt;
    if (label.startsWith('Exhausted inside') && e.withinFiscalYear) row.getCell(2).font = { bold: true, color: { argb: 'FFB42318' } };
  });
  let r = 3 + facts.length + 1;
  ws.getCell(`A${r}`).value = 'Plan = the version\'s opex + capex (applications: allocated cost; platforms: cash cost). Variance = actual − plan; breakdowns cover the months with actuals.';
  ws.getCell(`A${r}`).font = { italic: true, color: { argb: 'FF4A5868' } };
  r += 2;
  r = monthTable(ws, v, r);
  r = breakdown(ws, 'Application', v.byApplication.map((a) => ({ ...a, label: a.name })), r);
  r = breakdown(ws, 'Team', v.byTeam.map((t) => ({ ...t, label: t.team })), r);
  if (v.byPlatform.length > 0) breakdown(ws, 'Platform', v.byPlatform.map((p) => ({ ...p, label: p.name })), r);
}
