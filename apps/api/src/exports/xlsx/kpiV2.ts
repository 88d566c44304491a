// The KPI sheet's formulas over a cash-flow row (NPV, IRR, MIRR: the pre-tax ones and §8's
// after-tax twins use the same ones), the after-tax rows, and §8's per-platform horizon table.
// NPV = CF0 + NPV(m; CF1…CFn) with m = (1 + r)^(1/12) − 1 (MonthlyDiscountRate), IRR and MIRR
// annualised as (1 + x)^12 − 1: spec §4, applied to the after-tax cash flow for kpis.afterTax.
import type ExcelJS from 'exceljs';
import { AFTER_TAX_DEFS, PLATFORM_KPI_LINES, num, type ExportSubject, type ValueKind } from '../content';
import type { Kpis } from '../model';
import { afterTaxPaybackFormula } from './model/kpiFormulas';
import { CURRENCY, NUMBER_FORMATS, ledgerCell, ledgerRange, quoteSheet, styleHeader, styleSection, type ScenarioRefs } from './sheet';

export function kpiValueCell(cell: ExcelJS.Cell, kind: ValueKind, value: number | null, formula?: string): void {
  if (formula) cell.value = value === null ? { formula } : { formula, result: value };
  else cell.value = value ?? 'n/a';
  cell.numFmt = kind === 'money' ? CURRENCY : NUMBER_FORMATS[kind];
  if (value === null && !formula) cell.alignment = { horizontal: 'right' };
}

type Returns = Partial<Pick<Kpis, 'irrAnnual' | 'mirrAnnual'>>;

/** NPV (always), IRR and MIRR (where the engine found them) as formulas over one ledger row. */
export function returnFormulas(refs: ScenarioRefs, line: string, rateName: string, values: Returns): { npv: string; irrAnnual?: string; mirrAnnual?: string } {
  const flows = ledgerRange(refs, line).replace(/\$/g, '');
  const cf0 = ledgerCell(refs, line, refs.firstMonthCol).replace(/\$/g, '');
  const rest = refs.lastMonthCol > refs.firstMonthCol ? ledgerRange(refs, line, refs.firstMonthCol + 1).replace(/\$/g, '') : null;
  const out: { npv: string; irrAnnual?: string; mirrAnnual?: string } = { npv: rest ? `${cf0}+NPV(${rateName},${rest})` : cf0 };
  if (values.irrAnnual !== null && values.irrAnnual !== undefined) {
    // The guess only picks where the search starts; the engine found this root to be the only one.
    const monthly = Math.pow(1 + Number(values.irrAnnual), 1 / 12) - 1;
    out.irrAnnual = `(1+IRR(${flows},${monthly.toPrecision(6)}))^12-1`;
  }
  if (values.mirrAnnual !== null && values.mirrAnnual !== undefined) out.mirrAnnual = `(1+MIRR(${flows},${rateName},${rateName}))^12-1`;
  return out;
}

/** The engine's value, the formula's and their difference on one KPI row. */
function withCheck(row: ExcelJS.Row, value: number | null, description: string, formula: string): void {
  const engine = row.getCell('engine');
  engine.value = value ?? 'n/a';
  engine.numFmt = row.getCell('value').numFmt;
  const diff = row.getCell('diff');
  diff.value = { formula: `B${row.number}-D${row.number}`, result: 0 };
  diff.numFmt = '0.00E+00';
  row.getCell('method').value = `${description} Spreadsheet: =${formula}`;
}

/** §8 kpis.afterTax: NPV, IRR, MIRR live over the AfterTaxCashFlow row; "n/a" without tax. */
export function addAfterTaxKpis(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, subject: ExportSubject, refs: ScenarioRefs, rateName: string): void {
  const afterTax = subject.projection.kpis.afterTax ?? null;
  ws.addRow({});
  styleSection(ws.addRow({ metric: 'After tax' }), 6);
  const formulas: Partial<Record<string, string>> = afterTax && refs.ledgerRow.has('afterTaxCashFlow') ? returnFormulas(refs, 'afterTaxCashFlow', rateName, afterTax) : {};
  const payback = afterTaxPaybackFormula(refs, subject.projection.months.length);
  if (afterTax && payback && subject.scenario.revenueMode !== 'costCentre') formulas['paybackMonths'] = payback;
  for (const def of AFTER_TAX_DEFS) {
    const value = afterTax ? num(afterTax[def.key]) : null;
    const formula = formulas[def.key];
    const row = ws.addRow({ metric: def.label, unit: def.unit, method: afterTax ? def.description : `${def.description} Not computed: the scenario has no tax.` });
    kpiValueCell(row.getCell('value'), def.kind, value, formula);
    refs.kpiRow.set(`afterTax.${def.key}`, row.number);
    if (formula) withCheck(row, value, def.description, formula);
    if (def.key === 'npv') {
      wb.definedNames.add(`${quoteSheet(ws.name)}!$B$${row.number}`, `${refs.namePrefix}AfterTaxNPV`);
      row.font = { bold: true };
    }
  }
}

/** §8 kpis.platforms: one row per platform, capital charge and node counts as SUMs of its ledger rows. */
export function addPlatformKpis(ws: ExcelJS.Worksheet, subject: ExportSubject, refs: ScenarioRefs): void {
  const list = subject.projection.kpis.platforms ?? [];
  if (list.length === 0) return;
  ws.addRow({});
  const head = ws.addRow({});
  ['Platform over the horizon', ...PLATFORM_KPI_LINES.map((l) => (l.unit ? `${l.label} (${l.unit})` : l.label))].forEach((h, i) => (head.getCell(i + 1).value = h));
  styleHeader(head);
  const summed = new Set(['capitalCharge', 'nodesOrdered', 'nodesRetired']);
  for (const pk of list) {
    const platform = subject.scenario.platforms.find((p) => p.id === pk.id);
    const row = ws.addRow({});
    row.getCell(1).value = platform ? `${platform.name} (${pk.id})` : pk.id;
    PLATFORM_KPI_LINES.forEach((line, i) => {
      const value = num(pk[line.key] === null ? null : String(pk[line.key]));
      const ledgerKey = `platform:${pk.id}:${line.key}`;
      const formula = summed.has(line.key) && refs.ledgerRow.has(ledgerKey) ? `SUM(${ledgerRange(refs, ledgerKey).replace(/\$/g, '')})` : undefined;
      kpiValueCell(row.getCell(2 + i), line.kind, value, formula);
    });
  }
}
