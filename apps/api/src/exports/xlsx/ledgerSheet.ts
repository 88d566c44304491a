// The Monthly ledger sheet: months across, the model's month lines down (then per platform and
// per application), each labelled and united as the model's OUTPUT_LABELS say. Named ranges
// CashFlow, Revenue, Budget (and AfterTaxCashFlow); every other sheet's formulas point here.
// A ratio with no denominator (all-in cost per GPU-hour without nodes) is an empty cell.
import type ExcelJS from 'exceljs';
import { API_OPTION_LINES, APPLICATION_LINES, LEDGER_LINES, PLATFORM_LINES, SEATS_LINE, TARGET_LINE, type ExportSubject, type ValueKind } from '../content';
import { targetLabel } from '../model';
import { FIRST_MONTH_COL, NUMBER_FORMATS, SHEETS, columnLetter, quoteSheet, styleHeader, styleSection, type ScenarioRefs } from './sheet';

export function addLedger(wb: ExcelJS.Workbook, subject: ExportSubject, refs: ScenarioRefs): void {
  const { projection, scenario } = subject;
  const months = projection.months;
  const ws = wb.addWorksheet(`${refs.prefix}${SHEETS.ledger}`, { views: [{ state: 'frozen', xSplit: 2, ySplit: 2 }] });
  const header = ws.getRow(1);
  header.getCell(1).value = 'Line';
  header.getCell(2).value = 'Unit';
  months.forEach((m, i) => (header.getCell(FIRST_MONTH_COL + i).value = m.month));
  styleHeader(header);
  const tRow = ws.getRow(2);
  tRow.getCell(1).value = 'Month index t';
  months.forEach((m, i) => (tRow.getCell(FIRST_MONTH_COL + i).value = m.t));
  tRow.font = { italic: true, color: { argb: 'FF4A5868' } };
  ws.getColumn(1).width = 42;
  ws.getColumn(2).width = 16;
  for (let i = 0; i < months.length; i += 1) ws.getColumn(FIRST_MONTH_COL + i).width = 15;

  const calcSheet = quoteSheet(refs.calcSheet);
  let r = 3;
  if (refs.notLive.length > 0) {
    // Features not yet in formulas: the ledger holds the engine's values, pasted, and says so.
    ws.getRow(r).getCell(1).value = `Pasted values (not formulas): this scenario uses ${refs.notLive.join(', ')}, which the Calculation sheet does not compute yet.`;
    ws.getRow(r).font = { bold: true, color: { argb: 'FFB00020' } };
    r += 2;
  }
  const write = (label: string, unit: string, kind: ValueKind, values: readonly (string | number | null | undefined)[], key?: string) => {
    const row = ws.getRow(r);
    row.getCell(1).value = label;
    row.getCell(2).value = unit;
    const calcRow = key === undefined ? undefined : refs.calcRow.get(key);
    values.forEach((v, i) => {
      const cell = row.getCell(FIRST_MONTH_COL + i);
      const value = v === null || v === undefined ? null : typeof v === 'number' || kind === 'text' ? v : Number(v);
      // Live: the Calculation sheet's cell, with the engine's value as the cached result.
      // (A null — no value, e.g. cost per GPU-hour without nodes — is cached as the empty text the formula gives.)
      if (calcRow !== undefined) cell.value = { formula: `${calcSheet}!${columnLetter(FIRST_MONTH_COL + i)}${calcRow}`, result: value ?? '' };
      else cell.value = value;
      if (kind !== 'text') cell.numFmt = NUMBER_FORMATS[kind];
    });
    if (key) {
      refs.ledgerRow.set(key, r);
      refs.ledgerLabel.set(key, label);
    }
    r += 1;
    return row;
  };
  for (const line of LEDGER_LINES) {
    const row = write(line.label, line.unit, line.kind, months.map((m) => m[line.key]), line.key);
    if (line.key === 'cashFlow' || line.key === 'cumulativeCashFlow') row.font = { bold: true };
  }
  const last = columnLetter(refs.lastMonthCol);
  wb.definedNames.add(`${quoteSheet(ws.name)}!$C$${refs.ledgerRow.get('cashFlow')}:$${last}$${refs.ledgerRow.get('cashFlow')}`, `${refs.namePrefix}CashFlow`);
  wb.definedNames.add(`${quoteSheet(ws.name)}!$C$${refs.ledgerRow.get('revenue')}:$${last}$${refs.ledgerRow.get('revenue')}`, `${refs.namePrefix}Revenue`);
  wb.definedNames.add(`${quoteSheet(ws.name)}!$C$${refs.ledgerRow.get('budget')}:$${last}$${refs.ledgerRow.get('budget')}`, `${refs.namePrefix}Budget`);
  const afterTax = refs.ledgerRow.get('afterTaxCashFlow');
  if (afterTax !== undefined) wb.definedNames.add(`${quoteSheet(ws.name)}!$C$${afterTax}:$${last}$${afterTax}`, `${refs.namePrefix}AfterTaxCashFlow`);

  const width = FIRST_MONTH_COL + months.length - 1;
  scenario.platforms.forEach((platform, p) => {
    r += 1;
    const section = ws.getRow(r);
    section.getCell(1).value = `Platform: ${platform.name} (${platform.id}, ${platform.acquisition.type === 'rent' ? 'rented' : 'owned'})`;
    styleSection(section, width);
    r += 1;
    for (const line of PLATFORM_LINES) {
      write(line.label, line.unit, line.kind, months.map((m) => m.platforms[p]?.[line.key]), `platform:${platform.id}:${line.key}`);
    }
  });
  scenario.applications.forEach((app, a) => {
    r += 1;
    const section = ws.getRow(r);
    section.getCell(1).value = `Application: ${app.name} (${app.id}) — ${app.team}, ${app.model}`;
    styleSection(section, width);
    r += 1;
    for (const line of APPLICATION_LINES) {
      write(line.label, line.unit, line.kind, months.map((m) => m.applications[a]?.[line.key] ?? 0), `application:${app.id}:${line.key}`);
    }
    if (app.seats) write(SEATS_LINE.label, SEATS_LINE.unit, 'decimal', months.map((m) => m.applications[a]?.seats), `application:${app.id}:seats`);
    const target = (m: (typeof months)[number]) => {
      const am = m.applications[a];
      return am?.target ? targetLabel(am.target) : null;
    };
    write(TARGET_LINE.label, '', 'text', months.map(target), `application:${app.id}:target`);
  });
  scenario.apiOptions.forEach((option) => {
    r += 1;
    const section = ws.getRow(r);
    section.getCell(1).value = `API option: ${option.name} (${option.id})`;
    styleSection(section, width);
    r += 1;
    for (const line of API_OPTION_LINES) {
      write(line.label, line.unit, line.kind, months.map((m) => m.apiOptions?.find((o) => o.id === option.id)?.[line.key] ?? 0), `api:${option.id}:${line.key}`);
    }
  });
}
