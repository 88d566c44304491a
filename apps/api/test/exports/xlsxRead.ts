// Reading a built workbook back in tests: sheets by name, a cell's value or cached formula result,
// its formula, and rows found by their label in column A.
import ExcelJS from 'exceljs';
import type { ExportSubject } from '../../src/exports/content';
import { buildXlsx } from '../../src/exports/xlsx';

export async function readBack(subjects: ExportSubject[]): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await buildXlsx({ subjects, generatedAt: new Date('2026-12-03T12:00:00Z') })) as unknown as ArrayBuffer);
  return wb;
}

export function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** Value of a plain cell or the cached result of a formula cell. */
export function valueOf(cell: ExcelJS.Cell): unknown {
  const v = cell.value;
  if (v === null || typeof v !== 'object' || !('formula' in v)) return v;
  // exceljs drops a cached result of 0 (it copies truthy fields only); '' is a formula's "no value".
  return v.result === undefined ? 0 : v.result === '' ? null : v.result;
}

export function formulaOf(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || typeof v !== 'object' || !('formula' in v)) throw new Error(`${cell.address} holds no formula`);
  return v.formula ?? '';
}

/** Every row whose column A is `label`, in sheet order. */
export function rowsLabelled(ws: ExcelJS.Worksheet, label: string): ExcelJS.Row[] {
  const found: ExcelJS.Row[] = [];
  ws.eachRow((row) => {
    if (row.getCell(1).value === label) found.push(row);
  });
  return found;
}

/** The first row labelled `label` after the row whose column A starts with `section` (a ledger section). */
export function rowInSection(ws: ExcelJS.Worksheet, section: string, label: string): ExcelJS.Row {
  let start = 0;
  ws.eachRow((row) => {
    if (start === 0 && String(row.getCell(1).value ?? '').startsWith(section)) start = row.number;
  });
  if (start === 0) throw new Error(`no section ${section}`);
  const row = rowsLabelled(ws, label).find((r) => r.number > start);
  if (!row) throw new Error(`no row ${label} in ${section}`);
  return row;
}

/** Numbers of a row from column C over `count` months. */
export function monthValues(row: ExcelJS.Row, count: number): unknown[] {
  return Array.from({ length: count }, (_, i) => valueOf(row.getCell(3 + i)));
}
