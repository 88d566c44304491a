// The model entry points the exports use, in one place. Imports the model package's modules
// directly until its public index (`@tokenplan/model`) lands; then this file re-exports from it.
export { validateScenario } from '../../../../packages/model/src/scenario/validate';
export { project } from '../../../../packages/model/src/projection/project';
export { PRESETS } from '../../../../packages/model/src/presets/index';
export type { Scenario, Platform, Application, ApiOption } from '../../../../packages/model/src/scenario/schema';
export type {
  Projection,
  MonthRow,
  FiscalYearRow,
  Kpis,
  ApplicationSummary,
  MonthFlowLine,
} from '../../../../packages/model/src/projection/types';
export { MONTH_FLOW_LINES } from '../../../../packages/model/src/projection/types';
export { allocateToCents } from '../../../../packages/model/src/allocation/largestRemainder';
export { Decimal } from '../../../../packages/model/src/decimal';
