// The KPIs sheet: the model's KPI_FIELDS with their labels, units and definitions; NPV, IRR,
// MIRR and the horizon totals as live formulas over the ledger, beside the engine's values;
// then §8's after-tax returns (live over the after-tax cash flow row) and the platforms' horizon figures.
import type ExcelJS from 'exceljs';
import { KPI_DEFS, num, type ExportSubject } from '../content';
import { liveKpiFormulas } from './model/kpiFormulas';
import { addAfterTaxKpis, addPlatformKpis, kpiValueCell, returnFormulas } from './kpiV2';
import { warningText } from '../warnings';
import { SHEETS, ledgerRange, quoteSheet, styleHeader, styleSection, type ScenarioRefs } from './sheet';

export function addKpis(wb: ExcelJS.Workbook, subject: ExportSubject, refs: ScenarioRefs): void {
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

  // Monthly discount rate first: NPV and MIRR refer to it by name.
  const rateRow = ws.addRow({ metric: 'Monthly discount rate m', unit: '% / month', method: 'm = (1 + annual discount rate)^(1/12) − 1, from Assumptions (named DiscountRateAnnual).' });
  const annualRate = Number(scenario.discountRateAnnual);
  rateRow.getCell('value').value = { formula: `(1+${refs.namePrefix}DiscountRateAnnual)^(1/12)-1`, result: Math.pow(1 + annualRate, 1 / 12) - 1 };
  rateRow.getCell('value').numFmt = '0.0000%';
  const rateName = `${refs.namePrefix}MonthlyDiscountRate`;
  wb.definedNames.add(`${quoteSheet(ws.name)}!$B$${rateRow.number}`, rateName);

  const sum = (line: string) => `SUM(${ledgerRange(refs, line).replace(/\$/g, '')})`;
  const returns = returnFormulas(refs, 'cashFlow', rateName, k);
  const formulas: Partial<Record<string, string>> = {
    ...returns,
    totalRevenue: `SUM(${ledgerRange(refs, 'revenue').replace(/\$/g, '')})`,
    totalOpex: `SUM(${ledgerRange(refs, 'opex').replace(/\$/g, '')})`,
    totalCapex: `SUM(${ledgerRange(refs, 'capex').replace(/\$/g, '')})`,
    totalDepreciation: `SUM(${ledgerRange(refs, 'depreciation').replace(/\$/g, '')})`,
    totalTokens: `SUM(${ledgerRange(refs, 'servedTokens').replace(/\$/g, '')})`,
    unmetTokens: `SUM(${ledgerRange(refs, 'unmetTokens').replace(/\$/g, '')})`,
  };
  // §8: the cost of serving the demand, and its present value (= PV of revenue − NPV, as cost = revenue − cash flow).
  if (refs.ledgerRow.has('disposalProceeds') && refs.ledgerRow.has('terminalValue')) {
    formulas['totalCost'] = `${sum('opex')}+${sum('capex')}-${sum('disposalProceeds')}-${sum('terminalValue')}`;
    formulas['presentValueOfCost'] = `${returnFormulas(refs, 'revenue', rateName, {}).npv}-(${returns.npv})`;
  }

  // Live workbook: every other KPI as a formula over the Calculation sheet too.
  Object.assign(formulas, liveKpiFormulas(refs, projection.months.length, scenario.revenueMode === 'costCentre'));

  for (const def of KPI_DEFS) {
    const value = num(k[def.key]);
    const formula = formulas[def.key];
    const row = ws.addRow({ metric: def.label, unit: def.unit, method: def.description });
    kpiValueCell(row.getCell('value'), def.kind, value, formula);
    refs.kpiRow.set(def.key, row.number);
    if (formula) {
      const engine = row.getCell('engine');
      engine.value = value ?? 'n/a';
      engine.numFmt = row.getCell('value').numFmt;
      const diff = row.getCell('diff');
      diff.value = { formula: `B${row.number}-D${row.number}`, result: 0 };
      diff.numFmt = '0.00E+00';
      row.getCell('method').value = `${def.description} Spreadsheet: =${formula}`;
    }
    if (def.key === 'npv' || def.key === 'irrAnnual') {
      wb.definedNames.add(`${quoteSheet(ws.name)}!$B$${row.number}`, `${refs.namePrefix}${def.key === 'npv' ? 'NPV' : 'IRRAnnual'}`);
      row.font = { bold: true };
    }
    if (value === null && def.key === 'irrAnnual') {
      const warning = projection.warnings.find((w) => w.code.startsWith('irr'));
      row.getCell('method').value = `${def.description} ${warning ? warning.message : 'No single rate makes NPV zero for these flows.'}`;
    }
  }
  addAfterTaxKpis(wb, ws, subject, refs, rateName);
  addPlatformKpis(ws, subject, refs);
  ws.getColumn('method').alignment = { wrapText: true, vertical: 'top' };
  if (projection.warnings.length > 0) {
    ws.addRow({});
    styleSection(ws.addRow({ metric: 'Warnings' }), 6);
    for (const w of projection.warnings) ws.addRow({ metric: w.code, method: warningText(scenario, w) });
  }
}
