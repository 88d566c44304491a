// Helpers of the live-workbook tests: build a workbook, strip every cached formula result (so a
// value read back can only come from recalculation), recalculate a batch of files in ONE headless
// LibreOffice call (every sheet to CSV), and read the Calculation sheet's lines back by row.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import type { ExportSubject } from '../../src/exports/content';
import { buildXlsx } from '../../src/exports/xlsx';

const SOFFICE = process.env['TOKENPLAN_SOFFICE'] ?? 'soffice';

export async function strippedWorkbook(subjects: ExportSubject[]): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await buildXlsx({ subjects, generatedAt: new Date('2026-12-03T12:00:00Z') })) as unknown as ArrayBuffer);
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        if (v !== null && typeof v === 'object' && 'formula' in v) cell.value = { formula: v.formula } as ExcelJS.CellFormulaValue;
      }),
    ),
  );
  return wb;
}

/** Recalculates every file in LibreOffice (one process) and returns `<base>-<sheet>.csv` rows by file base and sheet name. */
export function recalculate(dir: string, files: readonly string[]): (base: string, sheet: string) => string[][] {
  const profile = pathToFileURL(join(dir, 'profile')).href;
  execFileSync(SOFFICE, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', join(dir, 'out'), ...files], {
    timeout: 170_000,
    stdio: 'pipe',
  });
  const written = new Set(readdirSync(join(dir, 'out')));
  return (base, sheet) => {
    const name = `${base}-${sheet}.csv`;
    if (!written.has(name)) throw new Error(`LibreOffice wrote no ${name}`);
    return parseLoCsv(readFileSync(join(dir, 'out', name), 'utf8'));
  };
}

/** CSV as LibreOffice writes it (LF line ends, quoted fields): rows of fields. */
export function parseLoCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endRow = () => {
    row.push(field);
    rows.push(row);
    row = [];
    field = '';
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      endRow();
    } else field += c;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

/** "242.3%" → 2.423, "6,091,729.05" → 6091729.05, "" → null. */
export function numberOf(text: string | undefined): number | null {
  if (text === undefined || text.trim() === '') return null;
  const t = text.replace(/,/g, '').replace(/\$/g, '');
  return t.endsWith('%') ? Number(t.slice(0, -1)) / 100 : Number(t);
}
