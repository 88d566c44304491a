// The Assumptions sheet: one row per Scenario field (assumptionRows), named DiscountRateAnnual;
// below, the points of every interactivity curve (spec §9) as a table of their own.
import type ExcelJS from 'exceljs';
import { assumptionRows, curvePoints } from '../assumptions';
import type { ExportSubject } from '../content';
import { throughputForm } from '../model';
import { NUMBER_FORMATS, SHEETS, quoteSheet, styleHeader, type ScenarioRefs } from './sheet';

/** Input cells in the usual financial-model style: blue text on pale yellow. */
const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF7D6' } };
const INPUT_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FF0000CC' } };

export function addAssumptions(wb: ExcelJS.Workbook, subject: ExportSubject, refs: ScenarioRefs): void {
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
    // Every field is a named input cell (model/inputs.ts): the Calculation sheet's formulas read them.
    if (r.path !== '' && r.input !== false) {
      cell.fill = INPUT_FILL;
      cell.font = INPUT_FONT;
      wb.definedNames.add(`${quoteSheet(ws.name)}!$C$${row.number}`, refs.inputs.register(r.path));
    }
    if (r.path === 'discountRateAnnual') {
      wb.definedNames.add(`${quoteSheet(ws.name)}!$C$${row.number}`, `${refs.namePrefix}DiscountRateAnnual`);
    }
  }
  ws.autoFilter = { from: 'A1', to: 'F1' };
  addClassTable(wb, ws, subject, refs);
  addMigrationTable(wb, ws, subject, refs);
  addCurveTable(wb, ws, subject, refs);
}

/** Names a value cell as an input (style and workbook name from its scenario path). */
function nameInput(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, cell: ExcelJS.Cell, path: string, refs: ScenarioRefs): void {
  cell.fill = INPUT_FILL;
  cell.font = INPUT_FONT;
  wb.definedNames.add(`${quoteSheet(ws.name)}!$${cell.address.replace(/(\d+)$/, '$$$1')}`, refs.inputs.register(path));
}

/** Migration paths (spec §8): one row per entry, its first month and its target (in words) named inputs. */
function addMigrationTable(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, subject: ExportSubject, refs: ScenarioRefs): void {
  const apps = subject.scenario.applications.map((a, i) => ({ a, i })).filter(({ a }) => Array.isArray(a.servedBy));
  if (apps.length === 0) return;
  ws.addRow({});
  const head = ws.addRow({});
  ['Migration path', 'Entry', 'From month', 'Served by', '', 'Scenario path'].forEach((h, i) => (head.getCell(i + 1).value = h));
  styleHeader(head);
  for (const { a, i } of apps) {
    (a.servedBy as { fromMonth: number; target: { platform: string } | { api: string } }[]).forEach((e, k) => {
      const row = ws.addRow({});
      const target = 'platform' in e.target ? `platform:${e.target.platform}` : `api:${e.target.api}`;
      [`${a.name} (${a.id})`, k + 1, e.fromMonth, target, '', `applications[${i}].servedBy[${k}].fromMonth`].forEach((v, c) => (row.getCell(c + 1).value = v));
      nameInput(wb, ws, row.getCell(3), `applications[${i}].servedBy[${k}].fromMonth`, refs);
      // The target is an input too: named by its field (…target.platform or …target.api).
      nameInput(wb, ws, row.getCell(4), `applications[${i}].servedBy[${k}].target.${'platform' in e.target ? 'platform' : 'api'}`, refs);
    });
  }
}

/** Throughputs by class (spec §9): one row per platform and model, input and output tokens/s per GPU as named inputs. */
function addClassTable(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, subject: ExportSubject, refs: ScenarioRefs): void {
  const rows = subject.scenario.platforms.flatMap((platform, i) =>
    Object.entries(platform.throughput).flatMap(([model, value]) => {
      const form = throughputForm(value);
      return form.kind === 'byClass' ? [{ platform: `${platform.name} (${platform.id})`, model, input: form.input, output: form.output, path: `platforms[${i}].throughput["${model}"]` }] : [];
    }),
  );
  if (rows.length === 0) return;
  ws.addRow({});
  const head = ws.addRow({});
  ['Throughput by class', 'Model', 'Input (tokens/s per GPU)', 'Output (tokens/s per GPU)', '', 'Scenario path'].forEach((h, i) => (head.getCell(i + 1).value = h));
  styleHeader(head);
  for (const r of rows) {
    const row = ws.addRow({});
    [r.platform, r.model, Number(r.input), Number(r.output), '', `${r.path}.input / .output`].forEach((v, i) => (row.getCell(i + 1).value = v));
    nameInput(wb, ws, row.getCell(3), `${r.path}.input`, refs);
    nameInput(wb, ws, row.getCell(4), `${r.path}.output`, refs);
  }
}

/** One row per curve point: where the curve is, its interactivity and the throughput there. */
function addCurveTable(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, subject: ExportSubject, refs: ScenarioRefs): void {
  const points = curvePoints(subject.scenario);
  if (points.length === 0) return;
  ws.addRow({});
  const head = ws.addRow({});
  ['Interactivity curve', 'Model', 'Point', 'Interactivity (tokens/s per user)', 'Throughput (tokens/s per GPU)', 'Scenario path'].forEach((h, i) => (head.getCell(i + 1).value = h));
  styleHeader(head);
  const curveRows = new Map<string, { first: number; last: number }>();
  for (const p of points) {
    const row = ws.addRow({});
    [p.section, p.model, p.point, Number(p.interactivity), Number(p.tokensPerSecondPerGpu), p.path].forEach((v, i) => (row.getCell(i + 1).value = v));
    row.getCell(4).numFmt = NUMBER_FORMATS.decimal;
    row.getCell(5).numFmt = NUMBER_FORMATS.decimal;
    nameInput(wb, ws, row.getCell(4), `${p.path}.interactivity`, refs);
    nameInput(wb, ws, row.getCell(5), `${p.path}.tokensPerSecondPerGpu`, refs);
    // Each curve's columns as two named ranges (its points are consecutive rows): the
    // Calculation sheet interpolates with MATCH/INDEX over them, whatever the number of points.
    const curve = p.path.replace(/\[\d+\]$/, '');
    const rows = curveRows.get(curve) ?? { first: row.number, last: row.number };
    rows.last = row.number;
    curveRows.set(curve, rows);
  }
  for (const [curve, { first, last }] of curveRows) {
    wb.definedNames.add(`${quoteSheet(ws.name)}!$D$${first}:$D$${last}`, refs.inputs.register(`${curve}.interactivities`));
    wb.definedNames.add(`${quoteSheet(ws.name)}!$E$${first}:$E$${last}`, refs.inputs.register(`${curve}.throughputs`));
  }
}
