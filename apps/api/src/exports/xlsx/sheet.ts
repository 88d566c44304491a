// What the workbook's sheets share: number formats, header and section styles, sheet names,
// and where one scenario's ledger and KPI cells are (for formulas on other sheets).
import type ExcelJS from 'exceljs';
import type { ValueKind } from '../content';
import type { InputNames } from './model/inputs';

export const NUMBER_FORMATS: Record<ValueKind, string> = {
  money: '#,##0;[Red]-#,##0',
  unitPrice: '"$"#,##0.0000',
  tokens: '#,##0',
  mwh: '#,##0.0',
  hours: '#,##0',
  count: '#,##0',
  fraction: '0.0%',
  ratio: '0.00"×"',
  months: '0.0',
  decimal: '#,##0.00##',
  text: '@',
};
export const CURRENCY = '"$"#,##0;[Red]-"$"#,##0';
export const CENTS = '"$"#,##0.00;[Red]-"$"#,##0.00';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F3A5F' } };
const SECTION_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE3E8EE' } };
const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true, color: { argb: 'FFFFFFFF' } };

/** Sheet names of one scenario; in a comparison each is prefixed "S1 ", "S2 ", … */
export const SHEETS = {
  assumptions: 'Assumptions',
  ledger: 'Monthly ledger',
  fiscalYears: 'Fiscal years',
  kpis: 'KPIs',
  allocation: 'Allocation',
  comparison: 'Comparison',
} as const;

/** 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export function styleHeader(row: ExcelJS.Row): void {
  row.font = HEADER_FONT;
  row.fill = HEADER_FILL;
  row.alignment = { vertical: 'middle' };
}

export function styleSection(row: ExcelJS.Row, width: number): void {
  for (let c = 1; c <= width; c += 1) {
    const cell = row.getCell(c);
    cell.fill = SECTION_FILL;
    cell.font = { bold: true };
  }
}

/** Where one scenario's key cells are, for formulas elsewhere. */
export interface ScenarioRefs {
  prefix: string;
  namePrefix: string;
  ledgerSheet: string;
  /** Row of each ledger line in the ledger sheet, and its label. */
  ledgerRow: Map<string, number>;
  ledgerLabel: Map<string, string>;
  firstMonthCol: number;
  lastMonthCol: number;
  kpiSheet: string;
  /** Row of each KPI on the KPI sheet (value in column B). */
  kpiRow: Map<string, number>;
  /** Named input cells of the Assumptions sheet, by scenario path. */
  inputs: InputNames;
  /** The Calculation sheet and its rows by line key; empty when the scenario uses features not yet in formulas. */
  calcSheet: string;
  calcRow: Map<string, number>;
  /** Features the formulas do not cover (the ledger then holds the engine's pasted values). */
  notLive: string[];
}

export const FIRST_MONTH_COL = 3; // A: line, B: unit

export function ledgerRange(refs: ScenarioRefs, line: string, fromCol = refs.firstMonthCol, toCol = refs.lastMonthCol): string {
  const row = refs.ledgerRow.get(line);
  if (row === undefined) throw new Error(`no ledger row ${line}`);
  return `${quoteSheet(refs.ledgerSheet)}!$${columnLetter(fromCol)}$${row}:$${columnLetter(toCol)}$${row}`;
}

export function ledgerCell(refs: ScenarioRefs, line: string, col: number): string {
  const row = refs.ledgerRow.get(line);
  if (row === undefined) throw new Error(`no ledger row ${line}`);
  return `${quoteSheet(refs.ledgerSheet)}!$${columnLetter(col)}$${row}`;
}

