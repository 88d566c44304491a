// The writer of a calculation sheet: months across (column C = month 0, as on the Monthly ledger),
// one line per row, each row ONE formula copied across (written per cell with its column's
// references). Rows are found by key (the ledger's keys: "revenue", "platform:h100:nodes", …) so
// the ledger, KPIs and Check sheets can point at them. A row may carry the engine's values as
// cached results (readers that do not recalculate show them); intermediate rows carry none.
import type ExcelJS from 'exceljs';
import { columnLetter, quoteSheet, styleHeader, styleSection } from '../sheet';
import type { InputNames } from './inputs';

export const CALC_FIRST_COL = 3;

/** One month column: `t`, its letter, and the previous month's letter (null in month 0). */
export interface Col {
  t: number;
  L: string;
  prev: string | null;
}

export class Calc {
  readonly rows = new Map<string, number>();
  private r = 3;
  private readonly pending: { row: number; numFmt: string; formula: (col: Col) => string; cached: readonly (number | null | undefined)[] | undefined }[] = [];
  readonly cols: Col[];
  readonly lastL: string;
  /** Platform ids by index (for row keys). */
  platformIds: string[] = [];

  constructor(
    readonly wb: ExcelJS.Workbook,
    readonly ws: ExcelJS.Worksheet,
    readonly names: InputNames,
    readonly namePrefix: string,
    readonly H: number,
  ) {
    this.cols = Array.from({ length: H }, (_, t) => ({ t, L: columnLetter(CALC_FIRST_COL + t), prev: t === 0 ? null : columnLetter(CALC_FIRST_COL + t - 1) }));
    this.lastL = columnLetter(CALC_FIRST_COL + H - 1);
    ws.getColumn(1).width = 48;
    ws.getColumn(2).width = 18;
    for (let i = 0; i < H; i += 1) ws.getColumn(CALC_FIRST_COL + i).width = 15;
  }

  /** The input cell's name for a scenario path. */
  in(path: string): string {
    return this.names.of(path);
  }

  /** The input's name, or `fallback` (a literal) when the scenario leaves it unset and has no row. */
  inOr(path: string, fallback: string): string {
    return this.names.has(path) ? this.names.of(path) : fallback;
  }

  rowOf(key: string): number {
    const row = this.rows.get(key);
    if (row === undefined) throw new Error(`no calculation row ${key}`);
    return row;
  }

  /** `D15`: the line `key` in column `col` (same sheet). */
  at(key: string, col: Col | string): string {
    return `${typeof col === 'string' ? col : col.L}${this.rowOf(key)}`;
  }

  /** The line in the previous month, or `first` in month 0. */
  prev(key: string, col: Col, first = '0'): string {
    return col.prev === null ? first : `${col.prev}${this.rowOf(key)}`;
  }

  /** `$C$15:$Z$15`: the whole line. */
  span(key: string): string {
    const row = this.rowOf(key);
    return `$C$${row}:$${this.lastL}$${row}`;
  }

  /** `'Calculation'!$C$15:$Z$15`, for formulas on other sheets. */
  external(key: string): string {
    return `${quoteSheet(this.ws.name)}!${this.span(key)}`;
  }

  /** `t` and `year(t)` of a column (rows of the header). */
  t(col: Col): string {
    return `${col.L}$2`;
  }

  year(col: Col): string {
    return this.at('year', col);
  }

  header(monthLabels: readonly string[]): void {
    const head = this.ws.getRow(1);
    head.getCell(1).value = 'Line';
    head.getCell(2).value = 'Unit';
    monthLabels.forEach((m, i) => (head.getCell(CALC_FIRST_COL + i).value = m));
    styleHeader(head);
    const tRow = this.ws.getRow(2);
    tRow.getCell(1).value = 'Month index t';
    this.cols.forEach((c) => (tRow.getCell(CALC_FIRST_COL + c.t).value = c.t === 0 ? 0 : { formula: `${c.prev}2+1`, result: c.t }));
    tRow.font = { italic: true, color: { argb: 'FF4A5868' } };
    this.rows.set('t', 2);
  }

  section(title: string): void {
    this.r += 1;
    styleSection(this.ws.getRow(this.r), CALC_FIRST_COL + this.H - 1);
    this.ws.getRow(this.r).getCell(1).value = title;
    this.r += 1;
  }

  /** A line: `formula(col)` in every month; `cached[t]` the engine's value (optional). */
  line(key: string, label: string, unit: string, numFmt: string, formula: (col: Col) => string, cached?: readonly (number | null | undefined)[]): number {
    const row = this.ws.getRow(this.r);
    row.getCell(1).value = label;
    row.getCell(2).value = unit;
    if (this.rows.has(key)) throw new Error(`calculation row ${key} twice`);
    this.rows.set(key, this.r);
    this.pending.push({ row: this.r, numFmt, formula, cached });
    this.r += 1;
    return this.r - 1;
  }

  /** Writes every line's formulas (rows are numbered first, so a line may refer to one below it). */
  flush(): void {
    for (const p of this.pending) {
      const row = this.ws.getRow(p.row);
      for (const col of this.cols) {
        const cell = row.getCell(CALC_FIRST_COL + col.t);
        const result = p.cached?.[col.t];
        const formula = p.formula(col);
        cell.value = result === null || result === undefined ? { formula } : { formula, result };
        cell.numFmt = p.numFmt;
      }
    }
    this.pending.length = 0;
  }

  /** Names a whole line (`CashFlow`, …) for formulas elsewhere. */
  nameLine(key: string, name: string): void {
    this.wb.definedNames.add(`${quoteSheet(this.ws.name)}!${this.span(key)}`, `${this.namePrefix}${name}`);
  }
}

/** Sum of cells, or 0 when there are none. */
export const sumOf = (cells: readonly string[]): string => (cells.length === 0 ? '0' : cells.join('+'));

/**
 * The float engine's `ceil` (packages/model numeric.ts ceilSnapped): a ratio within 1e-12
 * relative of a whole number is that number (an exact decimal fit a few ulps off in binary);
 * otherwise rounded up. `x` must be a non-negative expression.
 */
export const ceilSnapped = (x: string): string => `IF(ABS((${x})-ROUND(${x},0))<=1E-12*(${x}),ROUND(${x},0),ROUNDUP(${x},0))`;
/** floorSnapped: the same snapping, otherwise rounded down. */
export const floorSnapped = (x: string): string => `IF(ABS((${x})-ROUND(${x},0))<=1E-12*(${x}),ROUND(${x},0),ROUNDDOWN(${x},0))`;

export const FMT = {
  tokens: '#,##0',
  money: '#,##0.00;[Red]-#,##0.00',
  count: '#,##0',
  ratio: '0.0000',
  fraction: '0.00%',
  mwh: '#,##0.000',
  hours: '#,##0.0',
  decimal: '#,##0.00####',
} as const;
