/**
 * The Projection the analysis screens read is the model's output contract (spec §7,
 * packages/model/src/output/projectionSchema.ts), under the names the screens use.
 * ScenarioView is the part of a Scenario (spec §2) the screens need: names, teams, models and
 * which application runs where; the model's own `Scenario` is assignable to it.
 */
export type {
  Projection as ProjectionView,
  MonthRow as MonthView,
  FiscalYearRow as FiscalYearView,
  Kpis as KpisView,
  ProjectionWarning as WarningView,
} from '@tokenplan/model';
import type { ShowbackScenario } from '@tokenplan/model';

export interface ScenarioView extends ShowbackScenario {
  readonly name: string;
  readonly start: string;
  readonly idlePolicy?: 'separate' | 'spread' | undefined;
  /** §8: a cost centre has no revenue; the dashboard leads with what the fleet costs. */
  readonly revenueMode?: 'revenue' | 'costCentre' | undefined;
  readonly platforms: readonly { readonly id: string; readonly name: string; readonly acquisition?: { readonly type: string } | undefined }[];
}
