// The live workbook recalculates in a real spreadsheet: the KPI formulas of a v2 scenario's
// workbook, with every cached result removed, are computed by LibreOffice Calc (headless) and
// must give the app's values. soffice is required (.ci/run installs it: ensure-libreoffice.sh).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { subjectOf, v2Document } from './fixtures';
import { readBack } from './xlsxRead';

const SOFFICE = process.env['TOKENPLAN_SOFFICE'] ?? 'soffice';
const dir = mkdtempSync(join(tmpdir(), 'tokenplan-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every formula cell keeps its formula only: a value read back can only come from recalculation. */
async function stripCachedResults(wb: ExcelJS.Workbook): Promise<number> {
  let stripped = 0;
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        if (v !== null && typeof v === 'object' && 'formula' in v) {
          cell.value = { formula: v.formula } as ExcelJS.CellFormulaValue;
          stripped += 1;
        }
      }),
    ),
  );
  return stripped;
}

/** CSV as LibreOffice writes it (LF line ends, quoted fields): rows of fields. */
function parseLoCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
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
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** "242.3%" → 2.423, "6091729.05" → 6091729.05. */
const numberOf = (text: string | undefined): number => (text?.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text));

describe('LibreOffice recalculation of the live workbook', () => {
  it('after-tax NPV (and the pre-tax returns) recompute from the ledger to the app’s values', async () => {
    const subject = subjectOf(v2Document());
    const k = subject.projection.kpis;
    if (!k.afterTax) throw new Error('the v2 fixture has tax');
    const wb = await readBack([subject]);
    expect(await stripCachedResults(wb)).toBeGreaterThan(20);
    const file = join(dir, 'v2.xlsx');
    await wb.xlsx.writeFile(file);
    // The file holds formulas without results.
    const check = new ExcelJS.Workbook();
    await check.xlsx.readFile(file);
    const npvCell = check.getWorksheet('KPIs')?.getColumn(1).values.indexOf('After-tax NPV') ?? -1;
    const stored = check.getWorksheet('KPIs')?.getRow(npvCell).getCell(2).value as ExcelJS.CellFormulaValue;
    expect(stored.formula).toMatch(/^'Monthly ledger'!C\d+\+NPV\(MonthlyDiscountRate,'Monthly ledger'!D\d+:Z\d+\)$/);
    expect(stored.result).toBeUndefined();

    // Every sheet to CSV (filter option token 12 = -1), a private profile so parallel runs do not share a lock.
    const profile = pathToFileURL(join(dir, 'profile')).href;
    execFileSync(SOFFICE, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', dir, file], {
      timeout: 150_000,
      stdio: 'pipe',
    });
    const kpiCsv = readdirSync(dir).find((f) => f.endsWith('-KPIs.csv'));
    if (!kpiCsv) throw new Error(`LibreOffice wrote no KPI sheet: ${readdirSync(dir).join(', ')}`);
    const rows = parseLoCsv(readFileSync(join(dir, kpiCsv), 'utf8'));
    const value = (label: string) => numberOf(rows.find((r) => r[0] === label)?.[1]);

    // Independently: m = 1.1^(1/12) − 1 and NPV = Σ_t CF_t / (1 + m)^t over the after-tax cash flows (month 0 undiscounted).
    const m = Math.pow(1.1, 1 / 12) - 1;
    const npvOf = (flows: number[]) => flows.reduce((s, cf, t) => s + cf / Math.pow(1 + m, t), 0);
    const afterTaxFlows = subject.projection.months.map((mo) => Number(mo.afterTaxCashFlow));
    const lo = value('After-tax NPV');
    const close = (a: number, b: number, rel: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(b)));
    close(lo, npvOf(afterTaxFlows), 1e-9);
    close(lo, Number(k.afterTax.npv), 1e-9);
    // The after-tax row is not the pre-tax one: tax changes this scenario's NPV by more than $1M.
    expect(Math.abs(Number(k.npv) - Number(k.afterTax.npv))).toBeGreaterThan(1e6);
    close(value('NPV'), Number(k.npv), 1e-9);
    close(value('After-tax IRR'), Number(k.afterTax.irrAnnual), 1e-8);
    close(value('After-tax MIRR'), Number(k.afterTax.mirrAnnual), 1e-9);
    close(value('Present value of cost'), Number(k.presentValueOfCost), 1e-9);
    close(value('Total cost'), Number(k.totalCost), 1e-9);
  }, 200_000);
});
