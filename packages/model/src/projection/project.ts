/**
 * `project(scenario)`: the Projection of spec §7 for a valid Scenario (from validateScenario
 * or scenarioSchema). Pure and deterministic: the same scenario always gives the same strings.
 */
import type { Scenario } from '../scenario/schema';
import { formatApplications, formatFiscalYears, formatKpis, formatMonths } from './format';
import { runProjection } from './run';
import type { Projection } from './types';

export function project(scenario: Scenario): Projection {
  const values = runProjection(scenario);
  return {
    scenarioName: scenario.name,
    months: formatMonths(values),
    fiscalYears: formatFiscalYears(values),
    kpis: formatKpis(values),
    applications: formatApplications(values),
    warnings: values.warnings,
  };
}
