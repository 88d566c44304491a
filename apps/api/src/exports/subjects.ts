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
  return { scenario: result.scenario, projection: project(result.scenario) };
}
