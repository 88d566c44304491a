/**
 * @tokenplan/model — the projection engine of spec/model.md.
 *
 * validateScenario(input) → { ok, scenario | issues }   untrusted JSON in, a valid Scenario out
 * project(scenario)       → Projection                   the §7 response, decimal strings
 * runProjection(scenario) → ProjectionValues             the same in Decimal, for analyses
 */

// Scenario: schema, validation, messages
export { scenarioSchema, scenarioObjectSchema, MAX_HORIZON_MONTHS } from './scenario/schema';
export type {
  Scenario,
  ScenarioInput,
  Platform,
  ApiOption,
  Application,
  SoftwareCurve,
  Fleet,
  Growth,
  Target,
  ServedBy,
  Throughput,
  Seats,
  Tax,
} from './scenario/schema';
export { scheduleOf, targetAt, targetsOf, targetLabel, servedByLabel, throughputForm, type ScheduleEntry, type ThroughputForm } from './scenario/servedBy';
// §9 curves (throughput at an SLA, knee, CSV import) and the editor's choice warnings
export { curveThroughputAt, curveKnee, isPastKnee, type CurvePointInput } from './scenario/curve';
export { parseCurveCsv, CURVE_CSV_COLUMNS, type CurveCsvResult, type CurveCsvHardware, type ImportedCurve, type CurvePoint } from './scenario/curveCsv';
export { choiceWarnings, CHOICE_WARNING_CODES, UNUSED_COMMITMENT_SHARE, type ChoiceWarning, type ChoiceWarningCode, type CommitmentProjection } from './scenario/choiceWarnings';
export { validateScenario, toValidationIssues } from './scenario/validate';
export type { ValidationIssue, ValidationResult } from './scenario/validate';
export { CODES as VALIDATION_CODES, MESSAGES as VALIDATION_MESSAGES } from './scenario/messages';
export type { ValidationCode } from './scenario/messages';
export { formatPath } from './scenario/paths';
export { scenarioFieldPaths, fieldPattern, type ScenarioFieldPath } from './scenario/fieldPaths';
export { describePath } from './scenario/describePath';
// Typed text every API field accepts (no lone surrogates, NUL or control characters)
export { safeText, unsafeTextProblem, type SafeTextOptions } from './text';
export { LIMITS as VALIDATION_LIMITS } from './scenario/limits';
export { plausibilityWarnings } from './scenario/plausibility';
export { ID_PATTERN, MODEL_ID_PATTERN, DECIMAL_PATTERN, decimalField } from './scenario/fields';

// Projection
export { project } from './projection/project';
export { runProjection } from './projection/run';
export type { ProjectionValues } from './projection/run';
export type {
  Projection,
  MonthRow,
  PlatformMonth,
  ApplicationMonth,
  FiscalYearRow,
  Kpis,
  ApplicationSummary,
  ProjectionWarning,
  DecimalString,
  MonthFlowLine,
} from './projection/types';
export { MONTH_FLOW_LINES } from './projection/types';
export { WARNING_CODES, WARNING_MESSAGES } from './projection/warnings';
export type { WarningCode } from './projection/warnings';
export { buildCalendar, fiscalYearOf, hoursInMonth, daysInMonth, isLeapYear } from './projection/calendar';
// The output contract: projectionSchema, labels and units of every field, chart series, showback
export * from './output';
export type { CalendarMonth } from './projection/calendar';
export { MONEY_DECIMAL_PLACES, TOKEN_DECIMAL_PLACES, toMoneyGrid, toTokenGrid } from './projection/grids';

// Allocation and rollups
export { splitPlatformCost, allocateOnMoneyGrid } from './allocation/allocate';
export type { IdlePolicy, PlatformCostSplit } from './allocation/allocate';
export { fiscalYearRollup } from './rollups/fiscalYears';
export type { FiscalYearLines } from './rollups/fiscalYears';

// KPIs (cash-flow functions, unit costs) and presentation rounding
export * from './kpis';
export { summarizeKpis, summarizeApplication } from './kpis/summary';
export type { KpiValues, ApplicationTotals, PlatformTotals } from './kpis/summary';

// Decimal helpers (the model's private decimal.js clone)
export { Decimal, ZERO, ONE, dec, toDecimalString, ratio } from './decimal';
export type { DecimalInput } from './decimal';

// Modules of the package written alongside the engine: scenario presets, the float64 fast path
export { PRESETS, findPreset, presetFrom, resolveTemplate, type RefLeaf, type Traced } from './presets';
export { NEW_ITEM_DEFAULTS } from './presets/defaults';
export type { Preset } from './presets';
export * from './fast';

// Reference library (issue 22): cited figures behind presets, templates and editor defaults
export * from './reference';

// Scenario analysis (spec §6): drivers, compare, tornado, Monte Carlo, goal seek
export * from './analysis';

// Actuals: FOCUS / LiteLLM / OpenCost parsers, mapping rules, variance, rolling forecast (issue 18)
export * from './actuals/index';

// Claim check and reference checks (issue 22): vendor claims against the reference library
export * from './claims';
