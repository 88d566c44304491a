// Shapes of the actuals API (/api/v1/actuals, /api/v1/scenarios/:id/versions|baseline|variance),
// as the contract between the back end and this UI sets them: money and tokens are decimal strings.
import type { VarianceMonth } from '@tokenplan/model';
export type ActualsFormat = 'focus' | 'litellm' | 'opencost';
export type Target = { application: string } | { platform: string };
export type RowError = { row: number; field: string; message: string };
export type Totals = { cost: string; tokens: string };

export interface ImportPreview {
  format: ActualsFormat;
  rows: number;
  newRows: number;
  duplicateRows: number;
  months: string[];
  totals: Totals;
  byTarget: { target: Target | null; cost: string; tokens: string; rows: number }[];
  unmapped: { cost: string; tokens: string; rows: number; samples: { row: number; dimensions: Record<string, unknown> }[] };
  errors: RowError[];
}

export interface ActualsImport {
  id: string;
  format: ActualsFormat;
  fileName: string;
  createdAt: string;
  createdBy: string | null;
  rows: number;
  insertedRows: number;
  duplicateRows: number;
  totals: Totals;
  undoneAt?: string | null;
}

export type RuleSource = 'tag' | 'team' | 'model' | 'namespace' | 'service' | 'resource';
export interface MappingRule {
  id?: string;
  source: RuleSource;
  /** The tag key, for source "tag" only. */
  key: string | null;
  value: string;
  target: Target;
}

export type VersionKind = 'budget' | 'forecast' | 'other';
export interface ScenarioVersion {
  id: string;
  scenarioId: string;
  name: string;
  kind: VersionKind;
  revision: number;
  lockedAt: string;
  lockedBy: string | null;
}

/** One month of plan vs actuals: the model's own type (packages/model/src/actuals/variance.ts), as the API serves it. */
export type { VarianceMonth };

/** A line by application (id, name, team), team (team) or platform (id, name). */
export interface VarianceLine {
  id?: string;
  name?: string;
  team?: string;
  planCost: string;
  actualCost: string;
  varianceCost: string;
  variancePct: string | null;
  planTokens?: string;
  actualTokens?: string;
}

export interface Variance {
  version: ScenarioVersion;
  months: VarianceMonth[];
  byApplication: VarianceLine[];
  byTeam: VarianceLine[];
  byPlatform: VarianceLine[];
  unmapped: Totals;
  forecast: { rescaled: boolean; factor: string | null; months: { month: string; cost: string; source: 'actual' | 'plan' }[]; total: string };
  exhaustion: { budget: string; atBurnRate: string | null; atForecast: string | null; fiscalYearEnd: string; withinFiscalYear: boolean };
}
