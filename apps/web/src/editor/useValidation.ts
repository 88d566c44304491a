import { useDeferredValue, useMemo } from 'react';
import { validateScenario } from '@tokenplan/model';

export interface EditorIssue {
  code: string;
  path: string;
  message: string;
}

/**
 * The document validated with the same zod schema as the API (`validateScenario`), deferred so
 * typing stays responsive on large scenarios. Messages are keyed by issue path.
 */
export function useValidation(doc: unknown): { issues: EditorIssue[]; byPath: Map<string, string> } {
  const deferred = useDeferredValue(doc);
  return useMemo(() => {
    const result = validateScenario(deferred);
    const issues = result.ok ? [] : result.issues.map((i) => ({ code: i.code, path: i.path, message: i.message }));
    const byPath = new Map<string, string>();
    for (const issue of issues) if (!byPath.has(issue.path)) byPath.set(issue.path, issue.message);
    return { issues, byPath };
  }, [deferred]);
}
