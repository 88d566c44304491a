// The model entry points the exports use, in one place.
export { validateScenario, project, PRESETS, allocateToCents, Decimal, MONTH_FLOW_LINES, tornado, runMonteCarlo, MAX_PATHS } from '@tokenplan/model';
export type { Scenario, Platform, Application, ApiOption, Projection, MonthRow, FiscalYearRow, Kpis, ApplicationSummary, MonthFlowLine, Driver, Triangular } from '@tokenplan/model';
