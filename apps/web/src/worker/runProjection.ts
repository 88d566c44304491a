import { project, validateScenario } from '@tokenplan/model';
import type { ProjectionRequest, ProjectionResponse } from './protocol';

/** Validate then project one document; never throws (the worker and the in-page fallback share it). */
export function runProjection({ id, document }: ProjectionRequest): ProjectionResponse {
  const started = performance.now();
  const ms = () => performance.now() - started;
  const valid = validateScenario(document);
  if (!valid.ok) return { id, ok: false, invalid: true, ms: ms() };
  try {
    const projected = project(valid.scenario);
    // Plausibility warnings of validation (e.g. growth above +30 % a month) are shown with the projection's;
    // the message is the model's ("is above 200, …"): the warnings list puts the field's words before it.
    const plausibility = valid.warnings;
    const projection = plausibility.length === 0 ? projected : { ...projected, warnings: [...plausibility, ...projected.warnings] };
    return { id, ok: true, projection, scenario: valid.scenario, ms: ms() };
  } catch (error) {
    return { id, ok: false, invalid: false, message: error instanceof Error ? error.message : String(error), ms: ms() };
  }
}
