// Messages between the page and the projection worker.
import type { Projection, Scenario } from '@tokenplan/model';

export interface ProjectionRequest {
  id: number;
  document: unknown;
}

export type ProjectionResponse =
  | { id: number; ok: true; projection: Projection; scenario: Scenario; ms: number }
  | { id: number; ok: false; invalid: true; ms: number }
  | { id: number; ok: false; invalid: false; message: string; ms: number };
