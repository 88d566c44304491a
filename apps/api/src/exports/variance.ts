// Plan vs actual for the variance route and the exports (issue 18, docs/actuals.md): the model's
// variance, rolling forecast and exhaustion date for one locked version and the workspace's actuals.
import {
  exhaustionOf,
  monthlyActuals,
  planCostOf,
  rollingForecast,
  varianceOf,
  type ActualFact,
  type Exhaustion,
  type MappingRule,
  type Projection,
  type RollingForecast,
  type Scenario,
  type Variance,
} from '@tokenplan/model';
import { project, validateScenario } from '../scenarios/model';

export interface VarianceReport extends Variance {
  forecast: RollingForecast;
  exhaustion: Exhaustion;
}

/** Variance of `projection` (the version's) against the stored actuals, mapped by `rules`. */
export function varianceReport(scenario: Scenario, projection: Projection, facts: readonly ActualFact[], rules: readonly MappingRule[], rescale: boolean): VarianceReport {
  const monthly = monthlyActuals(facts, rules);
  const variance = varianceOf(
    {
      months: projection.months,
      applications: scenario.applications.map((a) => ({ id: a.id, name: a.name, team: a.team })),
      platforms: scenario.platforms.map((p) => ({ id: p.id, name: p.name })),
    },
    monthly,
  );
  const planCosts = projection.months.map((m) => ({ month: m.month, cost: planCostOf(m) }));
  const actualCosts = monthly.map((m) => ({ month: m.month, cost: m.cost }));
  const forecast = rollingForecast(planCosts, actualCosts, rescale);
  const exhaustion = exhaustionOf(planCosts, actualCosts, forecast.months, scenario.fiscalYearStartMonth);
  return { ...variance, forecast, exhaustion };
}

/** What an export job needs to add the variance page and sheet (plain data: it crosses to a worker). */
export interface VarianceInput {
  versionName: string;
  /** The locked revision's document. */
  document: unknown;
  facts: ActualFact[];
  rules: MappingRule[];
}

export interface ExportVariance extends VarianceReport {
  versionName: string;
}

/** The export's variance, or null when the version's document is not a complete scenario. */
export function exportVariance(input: VarianceInput): ExportVariance | null {
  const checked = validateScenario(input.document);
  if (!checked.ok) return null;
  return { versionName: input.versionName, ...varianceReport(checked.scenario, project(checked.scenario), input.facts, input.rules, false) };
}
