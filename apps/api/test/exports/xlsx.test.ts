import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { leaves } from '../../src/exports/assumptions';
import { LEDGER_LINES, PLATFORM_LINES, APPLICATION_LINES, type ExportSubject } from '../../src/exports/content';
import { buildXlsx } from '../../src/exports/xlsx';
import { presetDocuments, subjectOf, upfrontDocument } from './fixtures';

const subject = subjectOf(upfrontDocument());

async function readBack(subjects: ExportSubject[]): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await buildXlsx({ subjects, generatedAt: new Date('2026-05-01T12:00:00Z') })) as unknown as ArrayBuffer);
  return wb;
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** Value of a plain cell or the cached result of a formula cell. */
function valueOf(cell: ExcelJS.Cell): unknown {
  const v = cell.value;
  if (v === null || typeof v !== 'object' || !('formula' in v)) return v;
  // exceljs drops a cached result of 0 (it copies truthy fields only); '' is a formula's "no value".
  return v.result === undefined ? 0 : v.result === '' ? null : v.result;
}

function formulaOf(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || typeof v !== 'object' || !('formula' in v)) throw new Error(`${cell.address} holds no formula`);
  return v.formula ?? '';
}

/** Numbers of a row range like `'Monthly ledger'!C20:BJ20` read from the workbook. */
function rangeValues(wb: ExcelJS.Workbook, ref: string): number[] {
  const m = /^'((?:[^']|'')+)'!\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(ref);
  if (!m) throw new Error(`not a row range: ${ref}`);
  const [, name, c1, r1, c2, r2] = m as unknown as [string, string, string, string, string, string];
  expect(r1).toBe(r2);
  const ws = sheet(wb, name.replace(/''/g, "'"));
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const out: number[] = [];
  for (let c = col(c1); c <= col(c2); c += 1) out.push(Number(valueOf(ws.getRow(Number(r1)).getCell(c))));
  return out;
}

function cellValue(wb: ExcelJS.Workbook, ref: string): number {
  const m = /^'((?:[^']|'')+)'!\$?([A-Z]+)\$?(\d+)$/.exec(ref);
  if (!m) throw new Error(`not a cell: ${ref}`);
  return Number(valueOf(sheet(wb, (m[1] as string).replace(/''/g, "'")).getCell(`${m[2]}${m[3]}`)));
}

const close = (actual: number, expected: number, rel = 1e-9) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(expected)));

function kpiRow(ws: ExcelJS.Worksheet, label: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  ws.eachRow((row) => {
    if (row.getCell(1).value === label) found = row;
  });
  if (!found) throw new Error(`no KPI row ${label}`);
  return found;
}

describe('XLSX workbook', () => {
  it('has the documented sheets, frozen headers and named ranges', async () => {
    const wb = await readBack([subject]);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Assumptions', 'Calculation', 'Monthly ledger', 'Fiscal years', 'KPIs', 'Allocation', 'Check', 'Reference check', 'How this workbook works']);
    expect(sheet(wb, 'Monthly ledger').views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 2 });
    expect(sheet(wb, 'KPIs').views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const names = (wb.definedNames as unknown as { model: { name: string }[] }).model.map((d) => d.name);
    expect(names).toEqual(expect.arrayContaining(['CashFlow', 'DiscountRateAnnual', 'MonthlyDiscountRate', 'NPV', 'IRRAnnual', 'AllocatedCost']));
  });

  it('the monthly ledger holds every value of the projection (totals, platforms, applications)', async () => {
    const wb = await readBack([subject]);
    const ws = sheet(wb, 'Monthly ledger');
    const months = subject.projection.months;
    expect(months.map((_, i) => ws.getRow(1).getCell(3 + i).value)).toEqual(months.map((m) => m.month));
    const rowsByLabel = new Map<string, ExcelJS.Row[]>();
    ws.eachRow((row) => {
      const label = String(row.getCell(1).value ?? '');
      rowsByLabel.set(label, [...(rowsByLabel.get(label) ?? []), row]);
    });
    let checked = 0;
    for (const line of LEDGER_LINES) {
      const row = rowsByLabel.get(line.label)?.[0];
      months.forEach((m, i) => {
        expect(valueOf(row?.getCell(3 + i) as ExcelJS.Cell), `${line.key} ${m.month}`).toBe(Number(m[line.key]));
        checked += 1;
      });
    }
    subject.scenario.platforms.forEach((_, p) => {
      for (const line of PLATFORM_LINES) {
        const row = rowsByLabel.get(line.label)?.filter((r) => r.number > (rowsByLabel.get('Budget incl. contingency')?.[0]?.number ?? 0))[p];
        months.forEach((m, i) => {
          const v = m.platforms[p]?.[line.key];
          expect(valueOf(row?.getCell(3 + i) as ExcelJS.Cell), `platform ${line.key}`).toBe(v === null || v === undefined ? null : Number(v));
        });
      }
    });
    subject.scenario.applications.forEach((app, a) => {
      let start = 0;
      ws.eachRow((row) => {
        if (String(row.getCell(1).value).startsWith(`Application: ${app.name} (${app.id})`)) start = row.number;
      });
      APPLICATION_LINES.forEach((line, k) => {
        const row = ws.getRow(start + 1 + k);
        expect(row.getCell(1).value).toBe(line.label);
        months.forEach((m, i) => expect(valueOf(row.getCell(3 + i))).toBe(Number(m.applications[a]?.[line.key])));
      });
    });
    expect(checked).toBe(LEDGER_LINES.length * months.length);
  });

  it('NPV, IRR and MIRR are live formulas over the cash-flow row that recompute to the engine’s values', async () => {
    const k = subject.projection.kpis;
    expect(k.irrAnnual).not.toBeNull();
    expect(k.mirrAnnual).not.toBeNull();
    const wb = await readBack([subject]);
    const kpis = sheet(wb, 'KPIs');
    const m = Math.pow(1 + Number(subject.scenario.discountRateAnnual), 1 / 12) - 1;
    close(Number(valueOf(kpiRow(kpis, 'Monthly discount rate m').getCell(2))), m);

    // NPV: =<CF0>+NPV(MonthlyDiscountRate,<CF1…CFn>), evaluated here in float.
    const npvCell = kpiRow(kpis, 'NPV').getCell(2);
    const npv = /^('.+'!\$?[A-Z]+\$?\d+)\+NPV\(MonthlyDiscountRate,('.+'!\$?[A-Z]+\$?\d+:\$?[A-Z]+\$?\d+)\)$/.exec(formulaOf(npvCell));
    expect(npv, formulaOf(npvCell)).not.toBeNull();
    const cf0 = cellValue(wb, npv?.[1] ?? '');
    const rest = rangeValues(wb, npv?.[2] ?? '');
    const cashFlows = subject.projection.months.map((mo) => Number(mo.cashFlow));
    expect([cf0, ...rest]).toEqual(cashFlows);
    const npvFloat = cf0 + rest.reduce((s, cf, i) => s + cf / Math.pow(1 + m, i + 1), 0);
    close(npvFloat, Number(k.npv));
    expect(valueOf(npvCell)).toBe(Number(k.npv));

    // IRR: =(1+IRR(<CF0…CFn>,guess))^12-1, the root found here by bisection.
    const irrCell = kpiRow(kpis, 'IRR').getCell(2);
    const irr = /^\(1\+IRR\(('.+'!\$?[A-Z]+\$?\d+:\$?[A-Z]+\$?\d+),[-0-9.e]+\)\)\^12-1$/.exec(formulaOf(irrCell));
    expect(irr, formulaOf(irrCell)).not.toBeNull();
    const flows = rangeValues(wb, irr?.[1] ?? '');
    expect(flows).toEqual(cashFlows);
    const f = (x: number) => flows.reduce((s, cf, t) => s + cf / Math.pow(1 + x, t), 0);
    let [lo, hi] = [-0.99, 10];
    expect(Math.sign(f(lo))).not.toBe(Math.sign(f(hi)));
    for (let i = 0; i < 200; i += 1) {
      const mid = (lo + hi) / 2;
      if (Math.sign(f(mid)) === Math.sign(f(lo))) lo = mid;
      else hi = mid;
    }
    close(Math.pow(1 + (lo + hi) / 2, 12) - 1, Number(k.irrAnnual), 1e-8);

    // MIRR: =(1+MIRR(<CF0…CFn>,m,m))^12-1, by the spreadsheet definition.
    const mirrCell = kpiRow(kpis, 'MIRR').getCell(2);
    const mirr = /^\(1\+MIRR\(('.+'!\$?[A-Z]+\$?\d+:\$?[A-Z]+\$?\d+),MonthlyDiscountRate,MonthlyDiscountRate\)\)\^12-1$/.exec(formulaOf(mirrCell));
    expect(mirr, formulaOf(mirrCell)).not.toBeNull();
    const n = flows.length;
    const fvPos = flows.reduce((s, cf, t) => s + Math.max(cf, 0) * Math.pow(1 + m, n - 1 - t), 0);
    const pvNeg = -flows.reduce((s, cf, t) => s + Math.min(cf, 0) / Math.pow(1 + m, t), 0);
    close(Math.pow(Math.pow(fvPos / pvNeg, 1 / (n - 1)), 12) - 1, Number(k.mirrAnnual), 1e-9);
  });

  it('fiscal years are SUMs of their ledger months and equal the projection', async () => {
    const wb = await readBack([subject]);
    const ws = sheet(wb, 'Fiscal years');
    const fys = subject.projection.fiscalYears;
    const revenueRow = kpiRow(ws, 'Revenue');
    fys.forEach((fy, i) => {
      const cell = revenueRow.getCell(3 + i);
      expect(valueOf(cell)).toBe(Number(fy.revenue));
      const sum = /^SUM\((.+)\)$/.exec(formulaOf(cell));
      close(rangeValues(wb, sum?.[1] ?? '').reduce((s, v) => s + v, 0), Number(fy.revenue), 1e-12);
    });
    expect(valueOf(kpiRow(ws, 'Budget incl. contingency').getCell(3))).toBe(Number(fys[0]?.budget));
  });

  it('assumptions list every field of the scenario with its value', async () => {
    const wb = await readBack([subject]);
    const ws = sheet(wb, 'Assumptions');
    const byPath = new Map<string, unknown>();
    ws.eachRow((row, n) => n > 1 && byPath.set(String(row.getCell(6).value), row.getCell(3).value));
    for (const [path, value] of leaves(JSON.parse(JSON.stringify(subject.scenario)))) {
      expect(byPath.has(path), path).toBe(true);
      const cell = byPath.get(path);
      expect(typeof cell === 'number' ? cell : String(cell), path).toBe(typeof cell === 'number' ? Number(value) : String(value));
    }
  });

  it('allocation: cents by largest remainder sum to the rounded total; rollups are SUMIFs', async () => {
    const wb = await readBack([subject]);
    const ws = sheet(wb, 'Allocation');
    const total = kpiRow(ws, 'Total allocated');
    const parts: number[] = [];
    for (let r = 3; r < total.number; r += 1) parts.push(Number(ws.getRow(r).getCell(8).value));
    const exact = subject.projection.months.reduce(
      (s, mo) => s + mo.platforms.reduce((p, pm) => p + Number(pm.energyCost) + Number(pm.hosting) + Number(pm.maintenance) + Number(pm.depreciation) + Number(pm.rentalCost), 0) + Number(mo.apiCost),
      0,
    );
    const cents = parts.map((p) => Math.round(p * 100));
    expect(cents.reduce((a, b) => a + b, 0)).toBe(Math.round(exact * 100));
    expect(formulaOf(total.getCell(8))).toBe(`SUM(H3:H${total.number - 1})`);
    const team = kpiRow(ws, 'Engineering');
    expect(formulaOf(team.getCell(8))).toMatch(/^SUMIF\(\$C\$3:\$C\$\d+,B\d+,\$H\$3:\$H\$\d+\)$/);
  });

  it('a comparison workbook has a Comparison sheet linked to each scenario’s KPIs', async () => {
    const two = presetDocuments().map(subjectOf);
    const wb = await readBack(two);
    expect(wb.worksheets[0]?.name).toBe('Comparison');
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['S1 KPIs', 'S2 Monthly ledger', 'S2 Allocation']));
    const row = kpiRow(sheet(wb, 'Comparison'), 'NPV');
    expect(valueOf(row.getCell(3))).toBe(Number(two[0]?.projection.kpis.npv));
    expect(valueOf(row.getCell(4))).toBe(Number(two[1]?.projection.kpis.npv));
    expect(formulaOf(row.getCell(4))).toMatch(/^'S2 KPIs'!B\d+$/);
    expect(formulaOf(row.getCell(5))).toBe(`D${row.number}-C${row.number}`);
  });
});
