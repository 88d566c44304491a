// A warning as the exports print it: its field in words (describePath of the model: the application's
// or platform's name, the field's label), never its raw path, worded as the web's warnings list.
import type { ProjectionWarning, Scenario } from '@tokenplan/model';
import { describePath } from './model';

/**
 * "Code assistant › revenue per M tokens is above 200, …" for a validation warning (its message
 * follows its field); "Platform "b200" cannot serve … (NVIDIA B200)" for a projection's (a sentence).
 */
export function warningText(scenario: Scenario, w: ProjectionWarning): string {
  if (w.path === undefined) return w.message;
  const place = describePath(scenario, w.path);
  return /^\p{Ll}/u.test(w.message) ? `${place} ${w.message}` : `${w.message} (${place})`;
}
