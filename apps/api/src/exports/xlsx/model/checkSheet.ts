// The Check sheet: the app's own values beside the workbook's formulas. One row per monthly line
// of the Monthly ledger (the engine's values across the months, pasted; Σ|workbook − app| and the
// same relative to Σ|app|, as SUMPRODUCT formulas both spreadsheets evaluate alike), then one row
// per KPI (workbook formula, app value, difference).
import type ExcelJS from 'exceljs';
import { KPI_DEFS, num, type ExportSubject } from '../../content';
import { columnLetter, quoteSheet, styleHeader, styleSection, type ScenarioRefs } from '../sheet';

export const CHECK_SHEET = 'Check';
const FIRST = 5; // A line, B section, C Σ|diff|, D relative, E… the app's months

export function addCheck(wb: ExcelJS.Workbook, subject: ExportSubject, refs: ScenarioRefs): void {
  const months = subject.projection.months;
  const ws = wb.addWorksheet(`${refs.prefix}${CHECK_SHEET}`, { views: [{ state: 'frozen', xSplit: 4, ySplit: 1 }] });
  const head = ws.getRow(1);
  ['Line', 'Ledger key', 'Σ |workbook − app|', 'Relative to Σ |app|', ...months.map((m) => `app ${m.month}`)].forEach((h, i) => (head.getCell(i + 1).value = h));
  styleHeader(head);
  ws.getColumn(1).width = 40;
  ws.getColumn(2).width = 34;
  ws.getColumn(3).width = 18;
  ws.getColumn(4).width = 18;
  const ledger = quoteSheet(refs.ledgerSheet);
  const last = columnLetter(FIRST + months.length - 1);
  const ledgerLast = columnLetter(refs.lastMonthCol);
  let r = 2;
  for (const [key, ledgerRow] of refs.ledgerRow) {
    const values = months.map((m) => appValue(m as unknown as Record<string, unknown>, key, subject));
    if (values.some((v) => v === undefined || v === null || typeof v === 'string')) continue;
    const row = ws.getRow(r);
    row.getCell(1).value = refs.ledgerLabel.get(key) ?? key;
    row.getCell(2).value = key;
    values.forEach((v, i) => (row.getCell(FIRST + i).value = v as number));
    const app = `$${columnLetter(FIRST)}${r}:$${last}${r}`;
    const book = `${ledger}!$C$${ledgerRow}:$${ledgerLast}$${ledgerRow}`;
    row.getCell(3).value = { formula: `SUMPRODUCT(ABS(${book}-${app}))`, result: 0 };
    row.getCell(3).numFmt = '0.00E+00';
    row.getCell(4).value = { formula: `IF(SUMPRODUCT(ABS(${app}))=0,C${r},C${r}/SUMPRODUCT(ABS(${app})))`, result: 0 };
    row.getCell(4).numFmt = '0.00E+00';
    r += 1;
  }
  r += 1;
  styleSection(ws.getRow(r), 5);
  ws.getRow(r).getCell(1).value = 'KPIs: workbook (KPIs sheet) · app · difference';
  r += 1;
  const kpis = quoteSheet(refs.kpiSheet);
  for (const def of KPI_DEFS) {
    const kr = refs.kpiRow.get(def.key);
    const value = num(subject.projection.kpis[def.key]);
    if (kr === undefined) continue;
    const row = ws.getRow(r);
    row.getCell(1).value = def.label;
    row.getCell(2).value = { formula: `${kpis}!B${kr}` };
    row.getCell(3).value = value ?? 'n/a';
    row.getCell(4).value = { formula: `IF(AND(ISNUMBER(B${r}),ISNUMBER(C${r})),B${r}-C${r},IF(B${r}=C${r},0,"differs"))` };
    row.getCell(4).numFmt = '0.00E+00';
    r += 1;
  }
}

function appValue(month: Record<string, unknown>, key: string, subject: ExportSubject): number | null | undefined | string {
  const parts = key.split(':');
  const pick = (list: unknown, match: (x: Record<string, unknown>, i: number) => boolean) => (list as Record<string, unknown>[] | undefined)?.find(match);
  let v: unknown;
  if (parts.length === 1) v = month[key];
  else if (parts[0] === 'platform') v = pick(month['platforms'], (_, i) => subject.scenario.platforms[i]?.id === parts[1])?.[parts[2] as string];
  else if (parts[0] === 'application') v = pick(month['applications'], (_, i) => subject.scenario.applications[i]?.id === parts[1])?.[parts[2] as string] ?? (parts[2] === 'seatRevenue' ? '0' : undefined);
  else if (parts[0] === 'api') v = pick(month['apiOptions'], (x) => x['id'] === parts[1])?.[parts[2] as string] ?? '0';
  if (v === null || v === undefined) return v as null | undefined;
  if (typeof v === 'object') return 'text';
  return Number(v);
}
