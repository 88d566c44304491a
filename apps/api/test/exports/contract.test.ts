// The exports read the model's output contract (issue 15): every label, unit and line list comes
// from OUTPUT_LABELS / INPUT_LABELS / UNITS / MONTH_FLOW_LINES / KPI_FIELDS, and fiscal years from
// fiscalYearOfMonth. Expected texts here are the model's table entries, read independently.
import ExcelJS from 'exceljs';
import { INPUT_LABELS, KPI_FIELDS, MONTH_FLOW_LINES, OUTPUT_LABELS, UNITS } from '@tokenplan/model';
import { describe, expect, it } from 'vitest';
import { buildCsv, FISCAL_YEAR_COLUMNS } from '../../src/exports/csv';
import { buildXlsx } from '../../src/exports/xlsx';
import { parseCsv, subjectOf, upfrontDocument } from './fixtures';

const subject = subjectOf(upfrontDocument());

async function workbook(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await buildXlsx({ subjects: [subject], generatedAt: new Date('2026-05-01T12:00:00Z') })) as unknown as ArrayBuffer);
  return wb;
}

function column(ws: ExcelJS.Worksheet, col: number, skip = 1): string[] {
  const out: string[] = [];
  ws.eachRow((row, n) => n > skip && out.push(String(row.getCell(col).value ?? '')));
  return out;
}

describe('exports read the model’s contract', () => {
  it('the ledger sheet names each month line and its unit as OUTPUT_LABELS does', async () => {
    const ws = (await workbook()).getWorksheet('Monthly ledger');
    if (!ws) throw new Error('no ledger sheet');
    const labels = column(ws, 1, 2);
    const units = column(ws, 2, 2);
    // hours, then the flow lines with the cumulative cash flow before the budget (§7 order).
    const lines = ['hours', ...MONTH_FLOW_LINES.filter((l) => l !== 'budget'), 'cumulativeCashFlow', 'budget'] as const;
    expect(labels.slice(0, lines.length)).toEqual(lines.map((l) => OUTPUT_LABELS[l].label));
    expect(units.slice(0, lines.length)).toEqual(lines.map((l) => UNITS[OUTPUT_LABELS[l].unit]));
    expect(labels).toContain('GPU rental');
    expect(labels).toContain('API cost');
  });

  it('the KPI sheet lists KPI_FIELDS with the model’s labels, units and descriptions', async () => {
    const ws = (await workbook()).getWorksheet('KPIs');
    if (!ws) throw new Error('no KPI sheet');
    const metrics = column(ws, 1);
    const start = metrics.indexOf(OUTPUT_LABELS[KPI_FIELDS[0]].label);
    expect(metrics.slice(start, start + KPI_FIELDS.length)).toEqual(KPI_FIELDS.map((k) => OUTPUT_LABELS[k].label));
    const row = ws.getRow(start + 2 + KPI_FIELDS.indexOf('npv'));
    expect(row.getCell(3).value).toBe(UNITS[OUTPUT_LABELS.npv.unit]);
    expect(String(row.getCell(6).value).startsWith(OUTPUT_LABELS.npv.description)).toBe(true);
  });

  it('assumptions are labelled by INPUT_LABELS (nested fields with their group), with their units in words', () => {
    const [header, ...rows] = parseCsv(buildCsv([subject], 'assumptions'));
    const at = (name: string) => header?.indexOf(name) ?? -1;
    const row = (path: string) => rows.find((r) => r[at('path')] === path);
    // A nested field carries its group's label: no card around a table row says what it belongs to.
    expect(row('energy.pricePerMWh')?.[at('label')]).toBe(`${INPUT_LABELS['energy']?.label} · ${INPUT_LABELS['energy.pricePerMWh']?.label}`);
    expect(row('platforms[0].fleet.mode')?.[at('label')]).toBe(`${INPUT_LABELS['platforms[].fleet']?.label} · ${INPUT_LABELS['platforms[].fleet.mode']?.label}`);
    expect(row('energy.pricePerMWh')?.[at('unit')]).toBe('USD/MWh');
    expect(row('platforms[0].gpusPerNode')?.[at('label')]).toBe(INPUT_LABELS['platforms[].gpusPerNode']?.label);
    expect(row('applications[0].tokensMonth0')?.[at('label')]).toBe(INPUT_LABELS['applications[].tokensMonth0']?.label);
    expect(row('applications[0].tokensMonth0')?.[at('unit')]).toBe('tokens/month');
  });

  it('fiscal years: the columns are the flow lines; a fiscal year starting in April counts its months as the model names them', () => {
    expect(FISCAL_YEAR_COLUMNS.slice(3, 3 + MONTH_FLOW_LINES.length)).toContain('rental_cost');
    const doc = upfrontDocument();
    doc['start'] = '2027-01';
    doc['horizonMonths'] = 24;
    doc['fiscalYearStartMonth'] = 4;
    const s = subjectOf(doc);
    const [header, ...rows] = parseCsv(buildCsv([s], 'fiscal-years'));
    const fy = header?.indexOf('fiscal_year') ?? -1;
    const months = header?.indexOf('months') ?? -1;
    // Jan–Mar 2027 end FY2027; Apr 2027–Mar 2028 are FY2028; Apr–Dec 2028 are FY2029.
    expect(rows.map((r) => [r[fy], r[months]])).toEqual([
      ['2027', '3'],
      ['2028', '12'],
      ['2029', '9'],
    ]);
  });
});
