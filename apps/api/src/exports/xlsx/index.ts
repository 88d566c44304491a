// The XLSX workbook (exceljs): Assumptions (every input a named cell), Calculation (every monthly
// value a formula over them: model/*), Monthly ledger (links to the Calculation sheet), Fiscal
// years (SUMs), KPIs (formulas over the ledger and the Calculation sheet, beside the engine's
// values), Allocation, Check (the app's values beside the workbook's), How this workbook works;
// and Comparison when several scenarios are exported (one calculation block each).
// Every output formula carries the engine's value as its cached result, so a reader that does not
// recalculate shows the same numbers. Sheets and named ranges are listed in docs/exports.md.
import ExcelJS from 'exceljs';
import { isoDate, type ExportContext } from '../content';
import { addAllocation } from './allocationSheet';
import { addAssumptions } from './assumptionsSheet';
import { addComparison } from './comparisonSheet';
import { addFiscalYears } from './fiscalYearsSheet';
import { addKpis } from './kpiSheet';
import { addLedger } from './ledgerSheet';
import { CALCULATION_SHEET, addCalculation } from './model/calcSheet';
import { CHECK_SHEET, addCheck } from './model/checkSheet';
import { HOW_IT_WORKS_SHEET, addHowItWorks } from './model/howItWorks';
import { InputNames } from './model/inputs';
import { unsupportedFeatures } from './model/support';
import { REFERENCE_CHECK_SHEET, addReferenceCheck } from './referenceCheckSheet';
import { FIRST_MONTH_COL, SHEETS, type ScenarioRefs } from './sheet';
import { VARIANCE_SHEET, addVariance } from './varianceSheet';

export { allocationTotals } from './allocationSheet';
export { NUMBER_FORMATS, SHEETS, columnLetter } from './sheet';

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
      ledgerLabel: new Map(),
      firstMonthCol: FIRST_MONTH_COL,
      lastMonthCol: FIRST_MONTH_COL + s.projection.months.length - 1,
      kpiSheet: `${prefix}${SHEETS.kpis}`,
      kpiRow: new Map(),
      inputs: new InputNames(compare ? `S${i + 1}_` : ''),
      calcSheet: `${prefix}${CALCULATION_SHEET}`,
      calcRow: new Map(),
      notLive: unsupportedFeatures(s.scenario),
    };
  });
  context.subjects.forEach((subject, i) => {
    const refs = allRefs[i] as ScenarioRefs;
    addAssumptions(wb, subject, refs);
    if (refs.notLive.length === 0) refs.calcRow = addCalculation(wb, subject, refs).rows;
    addLedger(wb, subject, refs);
    addFiscalYears(wb, subject, refs);
    addKpis(wb, subject, refs);
    addAllocation(wb, subject, refs);
    addVariance(wb, subject, refs); // plan vs actual, when the scenario has a baseline and actuals
    addReferenceCheck(wb, subject, refs);
    if (refs.notLive.length === 0) addCheck(wb, subject, refs);
  });
  if (compare) addComparison(wb, context, allRefs);
  addHowItWorks(wb, allRefs);
  const order = (name: string): number => {
    if (name === HOW_IT_WORKS_SHEET) return 1000;
    if (name === SHEETS.comparison) return -1;
    const m = /^S(\d+) /.exec(name);
    const base = m ? name.slice(m[0].length) : name;
    const within = [SHEETS.assumptions, CALCULATION_SHEET, SHEETS.ledger, SHEETS.fiscalYears, SHEETS.kpis, SHEETS.allocation, VARIANCE_SHEET, CHECK_SHEET, REFERENCE_CHECK_SHEET].indexOf(base as never);
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
