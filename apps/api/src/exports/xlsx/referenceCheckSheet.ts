// The "Reference check" sheet (issue 22): one row per figure far outside the reference library, with
// the library entry beside it (id, value, unit, source, link, date); one all-clear row otherwise.
import type ExcelJS from 'exceljs';
import type { ExportSubject } from '../content';
import { ALL_CLEAR, subjectChecks } from '../referenceChecks';
import { styleHeader, type ScenarioRefs } from './sheet';

export const REFERENCE_CHECK_SHEET = 'Reference check';
const COLUMNS: [string, number][] = [
  ['Check', 26], ['Where', 34], ['Scenario value', 16], ['Reference entry', 34], ['Reference', 30],
  ['Reference value', 16], ['Unit', 22], ['Source', 30], ['Link', 40], ['As of', 12], ['Message', 90],
];

export function addReferenceCheck(wb: ExcelJS.Workbook, subject: ExportSubject, refs: ScenarioRefs): void {
  const ws = wb.addWorksheet(`${refs.prefix}${REFERENCE_CHECK_SHEET}`, { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = ws.getRow(1);
  COLUMNS.forEach(([label, width], i) => {
    header.getCell(i + 1).value = label;
    ws.getColumn(i + 1).width = width;
  });
  styleHeader(header);
  const checks = subjectChecks(subject);
  if (checks.length === 0) {
    ws.getRow(2).getCell(1).value = 'none';
    ws.getRow(2).getCell(11).value = ALL_CLEAR;
    return;
  }
  checks.forEach((c, i) => {
    const row = ws.getRow(2 + i);
    const r = c.reference;
    row.values = [
      c.code, c.path, Number(c.value), r?.id ?? '', r?.subject ?? '', r ? Number(r.value) : '', r?.unit ?? '',
      r ? `${r.source.publisher}: ${r.source.title}` : '', r ? { text: r.source.url, hyperlink: r.source.url } : '', r?.asOf ?? '', c.message,
    ];
  });
}
