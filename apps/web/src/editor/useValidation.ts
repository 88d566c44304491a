import { useDeferredValue, useMemo, useState } from 'react';
import { validateScenario } from '@tokenplan/model';
import { issueMessage } from './issueMessages';

export interface EditorIssue {
  code: string;
  path: string;
  message: string;
}

interface Validation {
  issues: EditorIssue[];
  byPath: Map<string, string>;
}

/**
 * The document validated with the same zod schema as the API (`validateScenario`), deferred so
 * typing stays responsive on large scenarios. Messages are keyed by issue path. The same object is
 * returned while the messages are unchanged (most keystrokes), so the fields need not re-render.
 */
export function useValidation(doc: unknown): Validation {
  const deferred = useDeferredValue(doc);
  const next = useMemo(() => {
    const result = validateScenario(deferred);
    // In the user's words (issueMessages.ts): the field and the summary show this same text.
    const issues = result.ok ? [] : result.issues.map((i) => ({ code: i.code, path: i.path, message: issueMessage(i, deferred) }));
    const byPath = new Map<string, string>();
    for (const issue of issues) if (!byPath.has(issue.path)) byPath.set(issue.path, issue.message);
    return { issues, byPath };
  }, [deferred]);
  const [kept, setKept] = useState(next);
  const changed = !sameIssues(kept.issues, next.issues);
  if (changed) setKept(next);
  return changed ? next : kept;
}

function sameIssues(a: EditorIssue[], b: EditorIssue[]): boolean {
  return a.length === b.length && a.every((x, i) => x.code === b[i]?.code && x.path === b[i]?.path && x.message === b[i]?.message);
}
