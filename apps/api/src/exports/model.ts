// The model entry points the exports use, in one place: the engine, and its output contract
// (labels, units, line lists, chart series, the fiscal-year rule).
export { validateScenario, describePath, targetAt, targetLabel, servedByLabel, throughputForm, project, PRESETS, allocateToCents, Decimal, tornado, runMonteCarlo, MAX_PATHS } from '@tokenplan/model';
export {
  APPLICATION_MONTH_LINES,
  COST_STACK_LINES,
  INPUT_LABELS,
  KPI_FIELDS,
  MONTH_FLOW_LINES,
  OUTPUT_LABELS,
  PLATFORM_MONTH_LINES,
  UNITS,
  cashFlowRows,
  costPerMTokensRows,
  costStackFiscal,
  energyRows,
  fiscalYearOfMonth,
  fleetRows,
  inputLabel,
  inputValueLabel,
  paybackMonthIndex,
  platformList,
} from '@tokenplan/model';
export type { Scenario, Throughput, Platform, Application, ApiOption, Projection, MonthRow, FiscalYearRow, Kpis, ApplicationSummary, MonthFlowLine, Driver, Triangular, TornadoResult } from '@tokenplan/model';
export type { CostStackLine, OutputField, Unit } from '@tokenplan/model';
