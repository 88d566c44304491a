// The Fiscal years sheet: each of the model's flow lines summed per fiscal year, as live SUMs
// over that year's months of the ledger (the cumulative cash flow: the year's last month).
import type ExcelJS from 'exceljs';
import { lineDef, num, type ExportSubject } from '../content';
import { MONTH_FLOW_LINES, fiscalYearOfMonth } from '../model';
import { NUMBER_FORMATS, SHEETS, ledgerCell, ledgerRange, styleHeader, type ScenarioRefs } from './sheet';

export function addFiscalYears(wb: ExcelJS.Workbook, subject: ExportSubject, refs: ScenarioRefs): void {
  const { projection, scenario } = subject;
  const ws = wb.addWorksheet(`${refs.prefix}${SHEETS.fiscalYears}`, { views: [{ state: 'frozen', xSplit: 2, ySplit: 2 }] });
  // First and last month column of each fiscal year in the ledger (months are contiguous).
  const spans = new Map<number, { from: number; to: number; count: number }>();
  projection.months.forEach((m, i) => {
    const fy = fiscalYearOfMonth(m.month, scenario.fiscalYearStartMonth);
    const col = refs.firstMonthCol + i;
    const span = spans.get(fy);
    if (span) {
      span.to = col;
      span.count += 1;
    } else spans.set(fy, { from: col, to: col, count: 1 });
  });
  const header = ws.getRow(1);
  header.getCell(1).value = 'Line';
  header.getCell(2).value = 'Unit';
  projection.fiscalYears.forEach((fy, i) => (header.getCell(3 + i).value = `FY${fy.fiscalYear}`));
  styleHeader(header);
  const countRow = ws.getRow(2);
  countRow.getCell(1).value = 'Months in horizon';
  projection.fiscalYears.forEach((fy, i) => (countRow.getCell(3 + i).value = spans.get(fy.fiscalYear)?.count ?? 0));
  countRow.font = { italic: true, color: { argb: 'FF4A5868' } };
  ws.getColumn(1).width = 34;
  ws.getColumn(2).width = 10;
  projection.fiscalYears.forEach((_, i) => (ws.getColumn(3 + i).width = 18));

  let r = 3;
  const lines = [...MONTH_FLOW_LINES, 'cumulativeCashFlow' as const];
  for (const key of lines) {
    const def = lineDef(key);
    const row = ws.getRow(r);
    row.getCell(1).value = def.label;
    row.getCell(2).value = def.unit;
    projection.fiscalYears.forEach((fy, i) => {
      const span = spans.get(fy.fiscalYear);
      const cell = row.getCell(3 + i);
      const value = num(fy[key]) ?? 0;
      if (!span) cell.value = value;
      else if (key === 'cumulativeCashFlow') cell.value = { formula: ledgerCell(refs, key, span.to).replace(/\$/g, ''), result: value };
      else cell.value = { formula: `SUM(${ledgerRange(refs, key, span.from, span.to).replace(/\$/g, '')})`, result: value };
      cell.numFmt = NUMBER_FORMATS[def.kind];
    });
    if (key === 'budget' || key === 'cashFlow') row.font = { bold: true };
    r += 1;
  }
}
