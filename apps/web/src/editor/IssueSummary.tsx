import { focusField } from './focusField';
import type { EditorIssue } from './useValidation';

/** "3 fields need attention": every validation issue, each a link to its field when it has one. */
export function IssueSummary({ issues, labelOf }: { issues: EditorIssue[]; labelOf: (path: string) => string }) {
  if (issues.length === 0) return null;
  return (
    <div className="issue-summary" role="status" aria-live="polite">
      <h2>
        {issues.length === 1 ? '1 field needs attention' : `${issues.length} fields need attention`} — the projection shows the last valid inputs
      </h2>
      <ul>
        {issues.slice(0, 12).map((issue, i) => (
          <li key={`${issue.path}-${i}`}>
            <button type="button" className="link-button" onClick={() => void focusField(issue.path)}>
              {labelOf(issue.path)}
            </button>
            {/* The same words as at the field (issueMessages.ts). */}
            : {issue.message}
          </li>
        ))}
        {issues.length > 12 ? <li>…and {issues.length - 12} more</li> : null}
      </ul>
    </div>
  );
}
