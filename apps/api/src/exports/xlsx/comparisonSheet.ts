// The Comparison sheet: KPIs down, scenarios across (live links to each scenario's KPI sheet),
// then the differences and ratios to the baseline as formulas.
import type ExcelJS from 'exceljs';
import { AFTER_TAX_DEFS, KPI_DEFS, num, type ExportContext, type ExportSubject, type LineDef } from '../content';
import { CURRENCY, NUMBER_FORMATS, SHEETS, columnLetter, quoteSheet, styleHeader, type ScenarioRefs } from './sheet';

export function addComparison(wb: ExcelJS.Workbook, context: ExportContext, allRefs: readonly ScenarioRefs[]): void {
  const ws = wb.addWorksheet(SHEETS.comparison, { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
  const n = context.subjects.length;
  const header = ws.getRow(1);
  header.getCell(1).value = 'Metric';
  header.getCell(2).value = 'Unit';
  context.subjects.forEach((s, i) => (header.getCell(3 + i).value = `S${i + 1}: ${s.scenario.name}`));
  for (let i = 1; i < n; i += 1) {
    header.getCell(2 + n + i).value = `S${i + 1} − S1`;
    header.getCell(1 + 2 * n + i).value = `S${i + 1} / S1`;
  }
  styleHeader(header);
  header.alignment = { wrapText: true, vertical: 'middle' };
  header.height = 32;
  ws.getColumn(1).width = 32;
  ws.getColumn(2).width = 14;
  for (let c = 3; c <= 2 + n + 2 * (n - 1); c += 1) ws.getColumn(c).width = 20;
  let r = 2;
  // The scalar KPIs, then §8's after-tax returns (rows keyed "afterTax.npv", … on the KPI sheets).
  const metrics: { def: LineDef; rowKey: string; value: (s: ExportSubject) => string | null | undefined }[] = [
    ...KPI_DEFS.map((def) => ({ def, rowKey: def.key as string, value: (s: ExportSubject) => s.projection.kpis[def.key] })),
    ...AFTER_TAX_DEFS.map((def) => ({ def, rowKey: `afterTax.${def.key}`, value: (s: ExportSubject) => s.projection.kpis.afterTax?.[def.key] })),
  ];
  for (const { def, rowKey, value } of metrics) {
    const row = ws.getRow(r);
    row.getCell(1).value = def.label;
    row.getCell(2).value = def.unit;
    const fmt = def.kind === 'money' ? CURRENCY : NUMBER_FORMATS[def.kind];
    const values = context.subjects.map((s) => num(value(s)));
    values.forEach((v, i) => {
      const refs = allRefs[i];
      const kpiRow = refs?.kpiRow.get(rowKey);
      const cell = row.getCell(3 + i);
      // A live link to the scenario's KPI sheet, so a recomputed NPV flows through.
      if (refs && kpiRow !== undefined && v !== null) cell.value = { formula: `${quoteSheet(refs.kpiSheet)}!B${kpiRow}`, result: v };
      else cell.value = v ?? 'n/a';
      cell.numFmt = fmt;
    });
    const base = values[0];
    for (let i = 1; i < n; i += 1) {
      const v = values[i];
      const col = columnLetter(3 + i);
      const delta = row.getCell(2 + n + i);
      const ratio = row.getCell(1 + 2 * n + i);
      if (v === null || v === undefined || base === null || base === undefined) {
        delta.value = 'n/a';
        ratio.value = 'n/a';
        continue;
      }
      delta.value = { formula: `${col}${r}-C${r}`, result: v - base };
      delta.numFmt = fmt;
      if (base === 0) ratio.value = 'n/a';
      else {
        ratio.value = { formula: `${col}${r}/C${r}`, result: v / base };
        ratio.numFmt = '0.00"×"';
      }
    }
    r += 1;
  }
}
