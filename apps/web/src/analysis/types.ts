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
  PlatformMonth as PlatformMonthView,
  ApplicationMonth as ApplicationMonthView,
  Kpis as KpisView,
  ProjectionWarning as WarningView,
} from '@tokenplan/model';

export interface ScenarioView {
  readonly name: string;
  readonly start: string;
  readonly fiscalYearStartMonth: number;
  readonly idlePolicy?: 'separate' | 'spread' | undefined;
  readonly platforms: readonly { readonly id: string; readonly name: string; readonly acquisition?: { readonly type: string } | undefined }[];
  readonly apiOptions: readonly { readonly id: string; readonly name: string }[];
  readonly applications: readonly {
    readonly id: string;
    readonly name: string;
    readonly team: string;
    readonly model: string;
    readonly servedBy: { readonly platform: string } | { readonly api: string };
  }[];
}
