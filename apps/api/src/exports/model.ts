// The model entry points the exports use, in one place.
export { validateScenario, project, PRESETS, allocateToCents, Decimal, MONTH_FLOW_LINES, tornado } from '@tokenplan/model';
export type { Scenario, Platform, Application, ApiOption, Projection, MonthRow, FiscalYearRow, Kpis, ApplicationSummary, MonthFlowLine } from '@tokenplan/model';
