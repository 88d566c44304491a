// The XLSX workbook (exceljs): Assumptions, Monthly ledger, Fiscal years, KPIs, Allocation, and
// Comparison when several scenarios are exported. Cells hold the projection's values as numbers
// (the nearest double to each decimal string); the audit trail is in live formulas:
// - Fiscal years: SUM over the ledger months of each fiscal year;
// - KPIs: NPV = CF0 + NPV(m; CF1…CFn), IRR = (1 + IRR(CF0…CFn))^12 − 1, MIRR likewise, and the
//   horizon totals as SUMs of ledger rows, each beside the engine's value and the difference;
// - Allocation: team / model / platform rollups as SUMIFs over the by-application table.
// Every formula cell carries the engine's value as its cached result, so a reader that does not
// recalculate shows the same numbers. Sheets and named ranges are listed in docs/exports.md.
import ExcelJS from 'exceljs';
import { assumptionRows } from './assumptions';
import { APPLICATION_LINES, KPI_DEFS, LEDGER_LINES, PLATFORM_LINES, isoDate, num, type ExportContext, type ExportSubject, type ValueKind } from './content';
import { fiscalYearOf } from './csv';
import { Decimal, MONTH_FLOW_LINES, allocateToCents } from './model';

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
const CURRENCY = '"$"#,##0;[Red]-"$"#,##0';
const CENTS = '"$"#,##0.00;[Red]-"$"#,##0.00';

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

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function styleHeader(row: ExcelJS.Row): void {
  row.font = HEADER_FONT;
  row.fill = HEADER_FILL;
  row.alignment = { vertical: 'middle' };
}

function styleSection(row: ExcelJS.Row, width: number): void {
  for (let c = 1; c <= width; c += 1) {
    const cell = row.getCell(c);
    cell.fill = SECTION_FILL;
    cell.font = { bold: true };
  }
}

/** Where one scenario's key cells are, for formulas elsewhere. */
interface ScenarioRefs {
  prefix: string;
  namePrefix: string;
  ledgerSheet: string;
  /** Row of each ledger line in the ledger sheet. */
  ledgerRow: Map<string, number>;
  firstMonthCol: number;
  lastMonthCol: number;
  kpiSheet: string;
  /** Row of each KPI on the KPI sheet (value in column B). */
  kpiRow: Map<string, number>;
}

const FIRST_MONTH_COL = 3; // A: line, B: unit

function ledgerRange(refs: ScenarioRefs, line: string, fromCol = refs.firstMonthCol, toCol = refs.lastMonthCol): string {
  const row = refs.ledgerRow.get(line);
  if (row === undefined) throw new Error(`no ledger row ${line}`);
  return `${quoteSheet(refs.ledgerSheet)}!$${columnLetter(fromCol)}$${row}:$${columnLetter(toCol)}$${row}`;
}

function ledgerCell(refs: ScenarioRefs, line: string, col: number): string {
  const row = refs.ledgerRow.get(line);
  if (row === undefined) throw new Error(`no ledger row ${line}`);
  return `${quoteSheet(refs.ledgerSheet)}!$${columnLetter(col)}$${row}`;
}

function addAssumptions(wb: ExcelJS.Workbook, subject: ExportSubject, refs: ScenarioRefs): void {
  const ws = wb.addWorksheet(`${refs.prefix}${SHEETS.assumptions}`, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    { header: 'Section', key: 'section', width: 40 },
    { header: 'Field', key: 'label', width: 34 },
    { header: 'Value', key: 'value', width: 22 },
    { header: 'Unit', key: 'unit', width: 24 },
    { header: 'Note', key: 'note', width: 26 },
    { header: 'Scenario path', key: 'path', width: 52 },
  ];
  styleHeader(ws.getRow(1));
  for (const r of assumptionRows(subject.scenario)) {
    const numeric = r.kind !== 'text' && typeof r.value === 'string' && r.value !== '' ? Number(r.value) : r.value;
    const row = ws.addRow({ section: r.section, label: r.label, value: numeric, unit: r.unit, note: r.note ?? '', path: r.path });
    const cell = row.getCell('value');
    if (typeof numeric === 'number') cell.numFmt = r.kind === 'fraction' ? '0.00%' : NUMBER_FORMATS[r.kind];
    cell.alignment = { horizontal: 'right' };
    if (r.path === 'discountRateAnnual') {
      wb.definedNames.add(`${quoteSheet(ws.name)}!$C$${row.number}`, `${refs.namePrefix}DiscountRateAnnual`);
    }
  }
  ws.autoFilter = { from: 'A1', to: 'F1' };
}

function addLedger(wb: ExcelJS.Workbook, subject: ExportSubject, refs: ScenarioRefs): void {
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

  let r = 3;
  const write = (label: string, unit: string, kind: ValueKind, values: readonly (string | number)[], key?: string) => {
    const row = ws.getRow(r);
    row.getCell(1).value = label;
    row.getCell(2).value = unit;
    values.forEach((v, i) => {
      const cell = row.getCell(FIRST_MONTH_COL + i);
      cell.value = typeof v === 'number' ? v : Number(v);
      cell.numFmt = NUMBER_FORMATS[kind];
    });
    if (key) refs.ledgerRow.set(key, r);
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

  const width = FIRST_MONTH_COL + months.length - 1;
  scenario.platforms.forEach((platform, p) => {
    r += 1;
    const section = ws.getRow(r);
    section.getCell(1).value = `Platform: ${platform.name} (${platform.id}, ${platform.acquisition.type === 'rent' ? 'rented' : 'owned'})`;
    styleSection(section, width);
    r += 1;
    for (const line of PLATFORM_LINES) {
      write(line.label, line.unit, line.kind, months.map((m) => m.platforms[p]?.[line.key] ?? 0), `platform:${platform.id}:${line.key}`);
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
  });
}

function addFiscalYears(wb: ExcelJS.Workbook, subject: ExportSubject, refs: ScenarioRefs): void {
  const { projection, scenario } = subject;
  const ws = wb.addWorksheet(`${refs.prefix}${SHEETS.fiscalYears}`, { views: [{ state: 'frozen', xSplit: 2, ySplit: 2 }] });
  // First and last month column of each fiscal year in the ledger (months are contiguous).
  const spans = new Map<number, { from: number; to: number; count: number }>();
  projection.months.forEach((m, i) => {
    const fy = fiscalYearOf(m.month, scenario.fiscalYearStartMonth);
    const col = refs.firstMonthCol + i;
    const span = spans.get(fy);
    if (span) {
      span.to = col;
      span.count += 1;
    } else spans.set(fy, { from: col, to: col, count: 1 });
  });
  const header = ws.getRow(1);
  header.getCell(1).value = 'Line';
  header.getCell(2).value = 'Unit';
  projection.fiscalYears.forEach((fy, i) => (header.getCell(3 + i).value = `FY${fy.fiscalYear}`));
  styleHeader(header);
  const countRow = ws.getRow(2);
  countRow.getCell(1).value = 'Months in horizon';
  projection.fiscalYears.forEach((fy, i) => (countRow.getCell(3 + i).value = spans.get(fy.fiscalYear)?.count ?? 0));
  countRow.font = { italic: true, color: { argb: 'FF4A5868' } };
  ws.getColumn(1).width = 34;
  ws.getColumn(2).width = 10;
  projection.fiscalYears.forEach((_, i) => (ws.getColumn(3 + i).width = 18));

  let r = 3;
  const lines = [...MONTH_FLOW_LINES, 'cumulativeCashFlow' as const];
  for (const key of lines) {
    const def = LEDGER_LINES.find((l) => l.key === key);
    const row = ws.getRow(r);
    row.getCell(1).value = def?.label ?? key;
    row.getCell(2).value = def?.unit ?? '';
    projection.fiscalYears.forEach((fy, i) => {
      const span = spans.get(fy.fiscalYear);
      const cell = row.getCell(3 + i);
      const value = num(fy[key]) ?? 0;
      if (!span) cell.value = value;
      else if (key === 'cumulativeCashFlow') cell.value = { formula: ledgerCell(refs, key, span.to).replace(/\$/g, ''), result: value };
      else cell.value = { formula: `SUM(${ledgerRange(refs, key, span.from, span.to).replace(/\$/g, '')})`, result: value };
      cell.numFmt = NUMBER_FORMATS[def?.kind ?? 'money'];
    });
    if (key === 'budget' || key === 'cashFlow') row.font = { bold: true };
    r += 1;
  }
}

function kpiValueCell(cell: ExcelJS.Cell, kind: ValueKind, value: number | null, formula?: string): void {
  if (formula) cell.value = value === null ? { formula } : { formula, result: value };
  else cell.value = value ?? 'n/a';
  cell.numFmt = kind === 'money' ? CURRENCY : NUMBER_FORMATS[kind];
  if (value === null && !formula) cell.alignment = { horizontal: 'right' };
}

function addKpis(wb: ExcelJS.Workbook, subject: ExportSubject, refs: ScenarioRefs): void {
  const { projection, scenario } = subject;
  const k = projection.kpis;
  const ws = wb.addWorksheet(`${refs.prefix}${SHEETS.kpis}`, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    { header: 'Metric', key: 'metric', width: 32 },
    { header: 'Value', key: 'value', width: 20 },
    { header: 'Unit', key: 'unit', width: 16 },
    { header: 'Tokenplan engine value', key: 'engine', width: 24 },
    { header: 'Difference', key: 'diff', width: 14 },
    { header: 'How it is computed', key: 'method', width: 90 },
  ];
  styleHeader(ws.getRow(1));
  const cashFlow = ledgerRange(refs, 'cashFlow').replace(/\$/g, '');
  const cf0 = ledgerCell(refs, 'cashFlow', refs.firstMonthCol).replace(/\$/g, '');
  const rest = refs.lastMonthCol > refs.firstMonthCol ? ledgerRange(refs, 'cashFlow', refs.firstMonthCol + 1).replace(/\$/g, '') : null;

  // Monthly discount rate first: NPV and MIRR refer to it by name.
  const rateRow = ws.addRow({ metric: 'Monthly discount rate m', unit: '% / month', method: 'm = (1 + annual discount rate)^(1/12) − 1, from Assumptions (named DiscountRateAnnual).' });
  const annualRate = Number(scenario.discountRateAnnual);
  rateRow.getCell('value').value = { formula: `(1+${refs.namePrefix}DiscountRateAnnual)^(1/12)-1`, result: Math.pow(1 + annualRate, 1 / 12) - 1 };
  rateRow.getCell('value').numFmt = '0.0000%';
  const rateName = `${refs.namePrefix}MonthlyDiscountRate`;
  wb.definedNames.add(`${quoteSheet(ws.name)}!$B$${rateRow.number}`, rateName);

  const formulas: Partial<Record<string, string>> = {
    npv: rest ? `${cf0}+NPV(${rateName},${rest})` : cf0,
    totalRevenue: `SUM(${ledgerRange(refs, 'revenue').replace(/\$/g, '')})`,
    totalOpex: `SUM(${ledgerRange(refs, 'opex').replace(/\$/g, '')})`,
    totalCapex: `SUM(${ledgerRange(refs, 'capex').replace(/\$/g, '')})`,
    totalDepreciation: `SUM(${ledgerRange(refs, 'depreciation').replace(/\$/g, '')})`,
    totalTokens: `SUM(${ledgerRange(refs, 'servedTokens').replace(/\$/g, '')})`,
    unmetTokens: `SUM(${ledgerRange(refs, 'unmetTokens').replace(/\$/g, '')})`,
  };
  if (k.irrAnnual !== null) {
    // The guess only picks where the search starts; the engine found this root to be the only one.
    const monthly = Math.pow(1 + Number(k.irrAnnual), 1 / 12) - 1;
    formulas['irrAnnual'] = `(1+IRR(${cashFlow},${monthly.toPrecision(6)}))^12-1`;
  }
  if (k.mirrAnnual !== null) formulas['mirrAnnual'] = `(1+MIRR(${cashFlow},${rateName},${rateName}))^12-1`;

  for (const def of KPI_DEFS) {
    const value = num(k[def.key]);
    const formula = formulas[def.key];
    const row = ws.addRow({ metric: def.label, unit: def.unit, method: def.method });
    kpiValueCell(row.getCell('value'), def.kind, value, formula);
    refs.kpiRow.set(def.key, row.number);
    if (formula) {
      const engine = row.getCell('engine');
      engine.value = value ?? 'n/a';
      engine.numFmt = row.getCell('value').numFmt;
      const diff = row.getCell('diff');
      diff.value = { formula: `B${row.number}-D${row.number}`, result: 0 };
      diff.numFmt = '0.00E+00';
      row.getCell('method').value = `${def.method} Spreadsheet: =${formula}`;
    }
    if (def.key === 'npv' || def.key === 'irrAnnual') {
      wb.definedNames.add(`${quoteSheet(ws.name)}!$B$${row.number}`, `${refs.namePrefix}${def.key === 'npv' ? 'NPV' : 'IRRAnnual'}`);
      row.font = { bold: true };
    }
    if (value === null && def.key === 'irrAnnual') {
      const warning = projection.warnings.find((w) => w.code.startsWith('irr'));
      row.getCell('method').value = `${def.method} ${warning ? warning.message : 'No single rate makes NPV zero for these flows.'}`;
    }
  }
  ws.getColumn('method').alignment = { wrapText: true, vertical: 'top' };
  if (projection.warnings.length > 0) {
    ws.addRow({});
    styleSection(ws.addRow({ metric: 'Warnings' }), 6);
    for (const w of projection.warnings) ws.addRow({ metric: w.code, method: `${w.message}${w.path ? ` (${w.path})` : ''}` });
  }
}

/** Allocation totals over the horizon, in cents by largest remainder (spec §5). */
export function allocationTotals(subject: ExportSubject) {
  const { scenario, projection } = subject;
  const appExact = projection.applications.map((a) => new Decimal(a.allocatedCost));
  const idleExact = scenario.platforms.map((p, i) =>
    projection.months.reduce((sum, m) => sum.plus(m.platforms[i]?.idleCost ?? '0'), new Decimal(0)),
  );
  const cents = allocateToCents([...appExact, ...idleExact]);
  return {
    applications: projection.applications.map((a, i) => ({ summary: a, cents: cents[i] ?? new Decimal(0) })),
    idle: scenario.platforms.map((p, i) => ({ platform: p, cents: cents[appExact.length + i] ?? new Decimal(0) })),
  };
}

function addAllocation(wb: ExcelJS.Workbook, subject: ExportSubject, refs: ScenarioRefs): void {
  const { scenario } = subject;
  const ws = wb.addWorksheet(`${refs.prefix}${SHEETS.allocation}`, { views: [{ state: 'frozen', ySplit: 2 }] });
  const widths = [34, 22, 22, 20, 26, 20, 18, 20, 14, 14, 14, 12];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const note = ws.getRow(1);
  note.getCell(1).value = `Cost allocated over the horizon (idle policy: ${scenario.idlePolicy}); cents rounded by largest remainder so the parts sum to the rounded total. Fixed opex is not allocated.`;
  note.font = { italic: true, color: { argb: 'FF4A5868' } };
  const header = ws.getRow(2);
  [
    'Application',
    'Id',
    'Team',
    'Model',
    'Served by',
    'Tokens served',
    'Revenue (USD)',
    'Allocated cost (USD)',
    'Cost / M tokens',
    'Cost / query',
    'Cost / task',
    'Margin',
  ].forEach((h, i) => (header.getCell(i + 1).value = h));
  styleHeader(header);
  const totals = allocationTotals(subject);
  const appsById = new Map(scenario.applications.map((a) => [a.id, a]));
  const first = 3;
  let r = first;
  for (const { summary, cents } of totals.applications) {
    const app = appsById.get(summary.id);
    const servedBy = app ? ('platform' in app.servedBy ? `platform:${app.servedBy.platform}` : `api:${app.servedBy.api}`) : '';
    const row = ws.getRow(r);
    const values: (string | number | null)[] = [
      summary.name,
      summary.id,
      summary.team,
      app?.model ?? '',
      servedBy,
      num(summary.servedTokens),
      num(summary.revenue),
      cents.toNumber(),
      num(summary.costPerMTokens),
      num(summary.costPerQuery),
      num(summary.costPerTask),
      num(summary.marginPct),
    ];
    values.forEach((v, i) => (row.getCell(i + 1).value = v ?? 'n/a'));
    row.getCell(6).numFmt = NUMBER_FORMATS.tokens;
    row.getCell(7).numFmt = CENTS;
    row.getCell(8).numFmt = CENTS;
    row.getCell(9).numFmt = NUMBER_FORMATS.unitPrice;
    row.getCell(10).numFmt = '"$"#,##0.000000';
    row.getCell(11).numFmt = '"$"#,##0.000000';
    row.getCell(12).numFmt = NUMBER_FORMATS.fraction;
    r += 1;
  }
  const lastApp = r - 1;
  for (const { platform, cents } of totals.idle) {
    const row = ws.getRow(r);
    row.getCell(1).value = `Idle capacity — ${platform.name}`;
    row.getCell(2).value = `idle:${platform.id}`;
    row.getCell(5).value = `platform:${platform.id}`;
    row.getCell(8).value = cents.toNumber();
    row.getCell(8).numFmt = CENTS;
    row.font = { italic: true };
    r += 1;
  }
  const lastLine = r - 1;
  const totalRow = ws.getRow(r);
  totalRow.getCell(1).value = 'Total allocated';
  const sum = (col: string, to: number, result: number) => ({ formula: `SUM(${col}${first}:${col}${to})`, result });
  const totalCents = [...totals.applications.map((a) => a.cents), ...totals.idle.map((i) => i.cents)].reduce((s, c) => s.plus(c), new Decimal(0));
  totalRow.getCell(6).value = sum('F', lastApp, totals.applications.reduce((s, a) => s + Number(a.summary.servedTokens), 0));
  totalRow.getCell(6).numFmt = NUMBER_FORMATS.tokens;
  totalRow.getCell(7).value = sum('G', lastApp, totals.applications.reduce((s, a) => s + Number(a.summary.revenue), 0));
  totalRow.getCell(7).numFmt = CENTS;
  totalRow.getCell(8).value = sum('H', lastLine, totalCents.toNumber());
  totalRow.getCell(8).numFmt = CENTS;
  totalRow.font = { bold: true };
  totalRow.border = { top: { style: 'thin' } };
  const appRange = (col: string) => `$${col}$${first}:$${col}$${lastLine}`;
  wb.definedNames.add(`${quoteSheet(ws.name)}!$H$${first}:$H$${lastLine}`, `${refs.namePrefix}AllocatedCost`);

  // Rollups: SUMIF over the table above, so each group's figure is traceable to its applications.
  const rollup = (title: string, keyCol: string, keys: readonly { key: string; label: string; cents: Decimal; tokens: number; revenue: number }[]) => {
    r += 2;
    const head = ws.getRow(r);
    [title, 'Key', '', '', '', 'Tokens served', 'Revenue (USD)', 'Allocated cost (USD)'].forEach((h, i) => (head.getCell(i + 1).value = h));
    styleHeader(head);
    for (const g of keys) {
      r += 1;
      const row = ws.getRow(r);
      row.getCell(1).value = g.label;
      row.getCell(2).value = g.key;
      row.getCell(6).value = { formula: `SUMIF(${appRange(keyCol)},B${r},${appRange('F')})`, result: g.tokens };
      row.getCell(6).numFmt = NUMBER_FORMATS.tokens;
      row.getCell(7).value = { formula: `SUMIF(${appRange(keyCol)},B${r},${appRange('G')})`, result: g.revenue };
      row.getCell(7).numFmt = CENTS;
      row.getCell(8).value = { formula: `SUMIF(${appRange(keyCol)},B${r},${appRange('H')})`, result: g.cents.toNumber() };
      row.getCell(8).numFmt = CENTS;
    }
  };
  const group = (keyOf: (id: string) => string, labelOf: (key: string) => string) => {
    const groups = new Map<string, { key: string; label: string; cents: Decimal; tokens: number; revenue: number }>();
    for (const { summary, cents } of totals.applications) {
      const key = keyOf(summary.id);
      const g = groups.get(key) ?? { key, label: labelOf(key), cents: new Decimal(0), tokens: 0, revenue: 0 };
      g.cents = g.cents.plus(cents);
      g.tokens += Number(summary.servedTokens);
      g.revenue += Number(summary.revenue);
      groups.set(key, g);
    }
    return [...groups.values()];
  };
  const servedByKey = (id: string) => {
    const app = appsById.get(id);
    return app ? ('platform' in app.servedBy ? `platform:${app.servedBy.platform}` : `api:${app.servedBy.api}`) : '';
  };
  rollup('By team', 'C', group((id) => appsById.get(id)?.team ?? '', (k) => k));
  rollup('By model', 'D', group((id) => appsById.get(id)?.model ?? '', (k) => k));
  const byServer = group(servedByKey, (k) => {
    const [kind, id] = k.split(':');
    const found = kind === 'platform' ? scenario.platforms.find((p) => p.id === id) : scenario.apiOptions.find((o) => o.id === id);
    return found?.name ?? k;
  });
  // Platforms also carry their idle line (its "Served by" is the platform too).
  for (const { platform, cents } of totals.idle) {
    const key = `platform:${platform.id}`;
    const g = byServer.find((x) => x.key === key);
    if (g) g.cents = g.cents.plus(cents);
    else byServer.push({ key, label: platform.name, cents, tokens: 0, revenue: 0 });
  }
  rollup('By platform / API option (incl. idle)', 'E', byServer);
}

function addComparison(wb: ExcelJS.Workbook, context: ExportContext, allRefs: readonly ScenarioRefs[]): void {
  const ws = wb.addWorksheet(SHEETS.comparison, { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
  const n = context.subjects.length;
  const header = ws.getRow(1);
  header.getCell(1).value = 'Metric';
  header.getCell(2).value = 'Unit';
  context.subjects.forEach((s, i) => (header.getCell(3 + i).value = `S${i + 1}: ${s.scenario.name}`));
  for (let i = 1; i < n; i += 1) {
    header.getCell(2 + n + i).value = `S${i + 1} − S1`;
    header.getCell(1 + 2 * n + i).value = `S${i + 1} / S1`;
  }
  styleHeader(header);
  header.alignment = { wrapText: true, vertical: 'middle' };
  header.height = 32;
  ws.getColumn(1).width = 32;
  ws.getColumn(2).width = 14;
  for (let c = 3; c <= 2 + n + 2 * (n - 1); c += 1) ws.getColumn(c).width = 20;
  let r = 2;
  for (const def of KPI_DEFS) {
    const row = ws.getRow(r);
    row.getCell(1).value = def.label;
    row.getCell(2).value = def.unit;
    const fmt = def.kind === 'money' ? CURRENCY : NUMBER_FORMATS[def.kind];
    const values = context.subjects.map((s) => num(s.projection.kpis[def.key]));
    values.forEach((v, i) => {
      const refs = allRefs[i];
      const kpiRow = refs?.kpiRow.get(def.key);
      const cell = row.getCell(3 + i);
      // A live link to the scenario's KPI sheet, so a recomputed NPV flows through.
      if (refs && kpiRow !== undefined && v !== null) cell.value = { formula: `${quoteSheet(refs.kpiSheet)}!B${kpiRow}`, result: v };
      else cell.value = v ?? 'n/a';
      cell.numFmt = fmt;
    });
    const base = values[0];
    for (let i = 1; i < n; i += 1) {
      const v = values[i];
      const col = columnLetter(3 + i);
      const delta = row.getCell(2 + n + i);
      const ratio = row.getCell(1 + 2 * n + i);
      if (v === null || v === undefined || base === null || base === undefined) {
        delta.value = 'n/a';
        ratio.value = 'n/a';
        continue;
      }
      delta.value = { formula: `${col}${r}-C${r}`, result: v - base };
      delta.numFmt = fmt;
      if (base === 0) ratio.value = 'n/a';
      else {
        ratio.value = { formula: `${col}${r}/C${r}`, result: v / base };
        ratio.numFmt = '0.00"×"';
      }
    }
    r += 1;
  }
}

/** The workbook for one scenario, or a comparison (2–6 scenarios: Comparison first, then S1…Sn sheets). */
export function buildWorkbook(context: ExportContext): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tokenplan';
  wb.created = context.generatedAt;
  wb.modified = context.generatedAt;
  wb.title = context.subjects.map((s) => s.scenario.name).join(' vs ');
  wb.subject = `Tokenplan export of ${isoDate(context.generatedAt)}`;
  wb.calcProperties = { fullCalcOnLoad: true };
  const compare = context.subjects.length > 1;
  const allRefs: ScenarioRefs[] = context.subjects.map((s, i) => {
    const prefix = compare ? `S${i + 1} ` : '';
    return {
      prefix,
      namePrefix: compare ? `S${i + 1}_` : '',
      ledgerSheet: `${prefix}${SHEETS.ledger}`,
      ledgerRow: new Map(),
      firstMonthCol: FIRST_MONTH_COL,
      lastMonthCol: FIRST_MONTH_COL + s.projection.months.length - 1,
      kpiSheet: `${prefix}${SHEETS.kpis}`,
      kpiRow: new Map(),
    };
  });
  context.subjects.forEach((subject, i) => {
    const refs = allRefs[i] as ScenarioRefs;
    addAssumptions(wb, subject, refs);
    addLedger(wb, subject, refs);
    addFiscalYears(wb, subject, refs);
    addKpis(wb, subject, refs);
    addAllocation(wb, subject, refs);
  });
  if (compare) addComparison(wb, context, allRefs);
  const order = (name: string): number => {
    if (name === SHEETS.comparison) return -1;
    const m = /^S(\d+) /.exec(name);
    const base = m ? name.slice(m[0].length) : name;
    const within = [SHEETS.assumptions, SHEETS.ledger, SHEETS.fiscalYears, SHEETS.kpis, SHEETS.allocation].indexOf(base as never);
    return (m ? Number(m[1]) : 0) * 10 + within;
  };
  const sorted = [...wb.worksheets].sort((a, b) => order(a.name) - order(b.name));
  // exceljs writes sheets by `orderNo` (not in its typings).
  sorted.forEach((ws, i) => ((ws as unknown as { orderNo: number }).orderNo = i));
  return wb;
}

export async function buildXlsx(context: ExportContext): Promise<Buffer> {
  const wb = buildWorkbook(context);
  const data = await wb.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}
