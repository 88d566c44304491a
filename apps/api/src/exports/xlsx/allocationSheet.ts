// The Allocation sheet: allocated cost by application over the horizon, in cents by largest
// remainder, one idle row per platform, and team / model / platform rollups as SUMIFs.
import type ExcelJS from 'exceljs';
import { num, type ExportSubject } from '../content';
import { Decimal, INPUT_LABELS, OUTPUT_LABELS, UNITS, allocateToCents, servedByLabel, type OutputField } from '../model';

/** The by-application columns after the application's names, as the model names them. */
const SUMMARY_COLUMNS = ['servedTokens', 'revenue', 'allocatedCost', 'costPerMTokens', 'costPerQuery', 'costPerTask', 'marginPct'] as const satisfies readonly OutputField[];

/** A column heading: the model's label, money with its currency ("Revenue (USD)"). */
function heading(field: OutputField): string {
  const { label, unit } = OUTPUT_LABELS[field];
  return unit === 'usd' ? `${label} (${UNITS[unit]})` : label;
}
import { CENTS, NUMBER_FORMATS, SHEETS, ledgerRange, quoteSheet, styleHeader, type ScenarioRefs } from './sheet';

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

export function addAllocation(wb: ExcelJS.Workbook, subject: ExportSubject, refs: ScenarioRefs): void {
  const { scenario } = subject;
  const ws = wb.addWorksheet(`${refs.prefix}${SHEETS.allocation}`, { views: [{ state: 'frozen', ySplit: 2 }] });
  const widths = [34, 22, 22, 20, 26, 20, 18, 20, 14, 14, 14, 12];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const note = ws.getRow(1);
  note.getCell(1).value = `Cost allocated over the horizon (idle policy: ${scenario.idlePolicy}); cents rounded by largest remainder so the parts sum to the rounded total. Fixed opex is not allocated.`;
  note.font = { italic: true, color: { argb: 'FF4A5868' } };
  const header = ws.getRow(2);
  [
    heading('name'),
    heading('id'),
    heading('team'),
    INPUT_LABELS['applications[].model']?.label ?? 'Model',
    INPUT_LABELS['applications[].servedBy']?.label ?? 'Served by',
    ...SUMMARY_COLUMNS.map(heading),
  ].forEach((h, i) => (header.getCell(i + 1).value = h));
  styleHeader(header);
  const totals = allocationTotals(subject);
  const appsById = new Map(scenario.applications.map((a) => [a.id, a]));
  const first = 3;
  let r = first;
  for (const { summary, cents } of totals.applications) {
    const app = appsById.get(summary.id);
    const servedBy = app ? servedByLabel(app.servedBy) : '';
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
  addLiveColumn(ws, subject, refs, first, lastApp, lastLine);
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
    [title, 'Key', '', '', '', ...SUMMARY_COLUMNS.slice(0, 3).map(heading)].forEach((h, i) => (head.getCell(i + 1).value = h));
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
    return app ? servedByLabel(app.servedBy) : '';
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

/**
 * Column M: the same allocation live, =SUM of the application's allocated-cost ledger row (idle
 * rows: the platform's idle-cost row), which recalculates with the assumptions; N its difference
 * from the cents of column H (the cent rounding).
 */
function addLiveColumn(ws: ExcelJS.Worksheet, subject: ExportSubject, refs: ScenarioRefs, first: number, lastApp: number, lastLine: number): void {
  if (refs.calcRow.size === 0) return;
  const header = ws.getRow(2);
  header.getCell(13).value = 'Allocated cost, live (USD)';
  header.getCell(14).value = 'Live − cents';
  ws.getColumn(13).width = 22;
  ws.getColumn(14).width = 14;
  for (let r = first; r <= lastLine; r += 1) {
    const row = ws.getRow(r);
    const id = String(row.getCell(2).value ?? '');
    const key = r <= lastApp ? `application:${id}:allocatedCost` : `platform:${id.replace(/^idle:/, '')}:idleCost`;
    if (!refs.ledgerRow.has(key)) continue;
    const exact = r <= lastApp
      ? Number(subject.projection.applications.find((a) => a.id === id)?.allocatedCost ?? 0)
      : subject.projection.months.reduce((sum, m) => sum + Number(m.platforms[subject.scenario.platforms.findIndex((p) => `idle:${p.id}` === id)]?.idleCost ?? 0), 0);
    row.getCell(13).value = { formula: `SUM(${ledgerRange(refs, key).replace(/\$/g, '')})`, result: exact };
    row.getCell(13).numFmt = CENTS;
    row.getCell(14).value = { formula: `M${r}-H${r}` };
    row.getCell(14).numFmt = '0.00E+00';
  }
}
