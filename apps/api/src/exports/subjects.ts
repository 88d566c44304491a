// Turning scenario documents into export subjects (validated scenario + projection), with 400s
// that name the field for a document that is not a valid scenario.
import { HttpError, joinPath, type ErrorDetail } from '../errors';
import type { ExportSubject } from './content';
import { project, validateScenario } from './model';

/** Validates and projects one document; `prefix` names where it sits in the request ("scenarios[1]"). */
export function subjectFromDocument(document: unknown, prefix = ''): ExportSubject {
  const result = validateScenario(document);
  if (!result.ok) {
    const details: ErrorDetail[] = result.issues.slice(0, 50).map((i) => ({
      path: joinPath(prefix, i.path),
      message: i.message,
    }));
    throw new HttpError(400, 'validation_failed', `${prefix === '' ? 'The scenario' : prefix} is not a valid scenario: ${details[0]?.path ?? ''} ${details[0]?.message ?? ''}`.trim(), details);
  }
  // Validation's plausibility warnings (a price above 200 per M tokens, …) are listed with the projection's, as on the web.
  const projection = project(result.scenario);
  const warnings = [...result.warnings, ...projection.warnings];
  return { scenario: result.scenario, projection: result.warnings.length === 0 ? projection : { ...projection, warnings } };
}
