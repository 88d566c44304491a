// The "How this workbook works" sheet: what each sheet holds, how to audit a number, the
// conventions (named inputs, one formula per row copied across, snapped ceilings), and which
// scenarios are exported with pasted values because their features are not in formulas yet.
import type ExcelJS from 'exceljs';
import { styleHeader, type ScenarioRefs } from '../sheet';

export const HOW_IT_WORKS_SHEET = 'How this workbook works';

const TEXT: readonly (readonly [string, string])[] = [
  ['Assumptions', 'Every scenario input, one row each (section, field, value, unit, scenario path). Input cells are blue on pale yellow and each has a name built from its path: platforms[0].powerKwPerNode is In_P0_powerKwPerNode, applications[2].growth.monthlyRate is In_A2_growth_monthlyRate, apiOptions[1].inputPricePerMTokens is In_X1_inputPricePerMTokens (in a comparison each name starts S1_, S2_, …). Change an input and every line that depends on it recalculates.'],
  ['Calculation', 'The model, month by month (columns C… are months 0…H−1; row 2 is t). Each row is one formula copied across: calendar hours (DAY(EOMONTH)·24), demand by growth type (compound D0·(1+g)^t, linear max(0, D0 + k·t), logistic C/(1+(C/D0−1)·e^(−r·t))), each application’s GPU time D/T, served tokens, revenue on its eroding price path p0·(1−e)^(t/12), API cost at the blended class price; per platform the software multiplier, demand weight W, busy GPU-hours B = W/(M·3600), nodes needed, node cap, fleet, served fraction, utilisation, energy, energy cost with escalation, hosting, maintenance, capex, cohort depreciation and capital charge (a cohort is charged for n months from its month: the capex of the last n months), rental, the idle line and the part the applications carry; then the month totals, cash flow, cumulative cash flow, budget, and the KPI helper lines (discount factor, payback crossings).'],
  ['Capital (§8)', 'Owned platforms by cohort: a column of a cohort line is the cohort entering service that month. Nodes still in service alive = N(t−1) − q(t − life); entering q = N − alive; ordered and paid in max(0, s − lag); depreciation and capital charge for min(n, life) months; at s + life the book value comes back as disposal proceeds; with terminal value the book value of what is still held is counted at H−1; tax depreciation is the bonus in the service month plus book or MACRS-5 charges, and the tax basis left is released where a cohort exits. Tax = rate · taxable income (negative: a shield used the same month).'],
  ['Demand realism (§9)', 'Seats: demand = seats · tokens per seat, seat revenue at the served share. A migration path is a 1/0 line per target (its months are fixed at export). Throughput by class: GPU time D · ((1 − o)(1 − c)/input + o/output). On an interactivity curve the throughput is the curve interpolated at the application’s minInteractivity (below the first point: the first point). API commitments: cost = MAX(minimum, usage · (1 − discount)), the shortfall is the unused commitment. Reserved rented nodes are a floor paid at the reserved price.'],
  ['Monthly ledger', 'The model’s output lines in the app’s layout. In a live workbook every cell is a link to the Calculation sheet (=Calculation!C15). When a scenario uses a feature not yet computed by formulas, the ledger says so in red at the top and holds the app’s values, pasted.'],
  ['Fiscal years', 'SUMs of the ledger months of each fiscal year.'],
  ['KPIs', 'NPV = CF0 + NPV(m; CF1…CFn) with m = (1 + annual rate)^(1/12) − 1; IRR and MIRR annualised as (1 + x)^12 − 1; payback = (k − 1) + (−cumulative(k−1)) / CF(k) at the first month k the cumulative cash flow turns non-negative (the spreadsheet convention: month 0’s flow at time 0), 0 if month 0 is already non-negative; every ratio a quotient of SUMs, “n/a” where the app reports none. Beside each: the app’s value and the difference.'],
  ['Allocation', 'Cost by application (cents by largest remainder) and SUMIF rollups by team, model and platform, with the idle line.'],
  ['Check', 'For every monthly line of the ledger, the app’s values pasted beside the workbook’s (Σ |workbook − app| and that relative to Σ |app|), and every KPI: workbook, app, difference. They agree within 1e-9 relative.'],
  ['Rounding', 'The app computes in 34-digit decimals, money on a 1e-20 grid and tokens on a 1e-6 grid; a spreadsheet computes in binary floating point (15–17 digits). The two agree within 1e-9 relative on every line, except where a whole number of nodes is at stake: a node count that is an exact integer in decimal may land 1e-15 above it in binary, and a plain ROUNDUP would add a node. So every ceiling and floor of a node count is snapped as the app’s float engine snaps it (packages/model numeric.ts ceilSnapped): a ratio within 1e-12 relative of a whole number is that number, IF(ABS(x − ROUND(x,0)) <= 1E-12·x, ROUND(x,0), ROUNDUP(x,0)).'],
  ['Functions', 'Only functions Excel and LibreOffice compute alike: SUM, SUMPRODUCT, MIN, MAX, IF, AND, ABS, ROUND, ROUNDUP, ROUNDDOWN, INT, POWER, EXP, DATE, DAY, EOMONTH, VALUE, LEFT, MID, COUNT, NPV, IRR, MIRR, SUMIF. No macros, no array formulas, no volatile functions.'],
  ['Structure', 'Choices that change the shape of the model (a growth type, a fleet mode, owned or rented, a cap set or not, which platform or API serves an application, the idle policy) are fixed when the workbook is exported: change them in the app and export again. Every number is an input cell.'],
  ['Dates', 'Months are calendar months from the start month; hours = days × 24 (a leap February has 696 hours). Excel counts 1900 as a leap year: a scenario starting before March 1900 would show February 1900 with 696 hours in Excel only.'],
];

export function addHowItWorks(wb: ExcelJS.Workbook, refs: readonly ScenarioRefs[]): void {
  const ws = wb.addWorksheet(HOW_IT_WORKS_SHEET);
  ws.columns = [
    { header: 'Topic', key: 'topic', width: 22 },
    { header: 'How it works', key: 'text', width: 140 },
  ];
  styleHeader(ws.getRow(1));
  for (const [topic, text] of TEXT) ws.addRow({ topic, text });
  for (const r of refs) {
    const who = r.prefix === '' ? 'This scenario' : `Scenario ${r.prefix.trim()}`;
    ws.addRow({ topic: 'Live?', text: r.notLive.length === 0 ? `${who}: every monthly value is a formula.` : `${who}: pasted values in the ledger, because it uses ${r.notLive.join(', ')} (not yet in formulas).` });
  }
  ws.getColumn('text').alignment = { wrapText: true, vertical: 'top' };
}
