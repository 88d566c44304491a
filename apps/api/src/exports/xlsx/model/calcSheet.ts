// The Calculation sheet of one scenario: every monthly value of the model as a formula over the
// Assumptions sheet's named inputs (calendar, applications, platforms, API options, month totals,
// KPI helpers). The Monthly ledger's lines point here; the engine's values are the cached results.
import type ExcelJS from 'exceljs';
import type { ExportSubject } from '../../content';
import type { ScenarioRefs } from '../sheet';
import { addApplicationRows } from './applicationRows';
import { Calc, FMT } from './calc';
import { addPlatformRows } from './platformRows';
import { addApiOptionRows } from './apiRows';
import { cachedOf } from './shared';
import { addTotalRows } from './totalRows';

export const CALCULATION_SHEET = 'Calculation';

export function addCalculation(wb: ExcelJS.Workbook, subject: ExportSubject, refs: ScenarioRefs): Calc {
  const { scenario, projection } = subject;
  const H = projection.months.length;
  const ws = wb.addWorksheet(`${refs.prefix}${CALCULATION_SHEET}`, { views: [{ state: 'frozen', xSplit: 2, ySplit: 2 }] });
  const calc = new Calc(wb, ws, refs.inputs, refs.namePrefix, H);
  calc.platformIds = scenario.platforms.map((p) => p.id);
  const cached = cachedOf(projection);
  calc.header(projection.months.map((m) => m.month));

  calc.section('Calendar');
  const start = calc.in('start');
  calc.line('date', 'First day of the month', 'date', 'yyyy-mm-dd', (c) => `DATE(VALUE(LEFT(${start},4)),VALUE(MID(${start},6,2))+${calc.t(c)},1)`);
  calc.line('hours', 'Hours = days · 24', 'hours', FMT.count, (c) => `DAY(EOMONTH(${calc.at('date', c)},0))*24`, cached.month('hours'));
  calc.line('year', 'Model year = INT(t / 12)', 'year', FMT.count, (c) => `INT(${calc.t(c)}/12)`);

  scenario.applications.forEach((_, i) => addApplicationRows(calc, scenario, i, cached));
  scenario.platforms.forEach((_, i) => addPlatformRows(calc, scenario, i, cached));
  scenario.apiOptions.forEach((_, i) => addApiOptionRows(calc, scenario, i, cached));
  addTotalRows(calc, scenario, cached);
  calc.flush();
  return calc;
}
