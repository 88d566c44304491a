import { choiceWarnings, type ChoiceWarning, type CommitmentProjection, type Scenario } from '@tokenplan/model';
import { useMemo } from 'react';
import { describePath } from './describePath';
import { pathText } from './documentPath';
import { focusField } from './focusField';

export interface ProjectedInputs {
  /** The last valid scenario the projection ran on. */
  scenario: unknown;
  projection: unknown;
}

/**
 * "Choices to check": the model's choice warnings (an SLA past a curve's knee, a commitment mostly
 * unused, cached input without a cached price) for the last projected scenario, each a link to
 * its field. Advice, not errors: saving is not blocked.
 */
export function ChoiceWarningsPanel({ projected, doc }: { projected: ProjectedInputs | null | undefined; doc: Record<string, unknown> }) {
  const warnings = useMemo(() => safeWarnings(projected), [projected]);
  if (warnings.length === 0) return null;
  return (
    <div className="choice-warnings" role="status" aria-live="polite">
      <h2>{warnings.length === 1 ? '1 choice to check' : `${warnings.length} choices to check`}</h2>
      <ul>
        {warnings.map((w, i) => {
          const path = pathText(w.path);
          return (
            <li key={`${w.code}-${path}-${i}`} data-code={w.code}>
              <button type="button" className="link-button" onClick={() => void focusField(path)}>
                {describePath(doc, path)}
              </button>{' '}
              {w.message}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function safeWarnings(projected: ProjectedInputs | null | undefined): ChoiceWarning[] {
  if (!projected?.scenario) return [];
  try {
    return choiceWarnings(projected.scenario as Scenario, (projected.projection ?? null) as CommitmentProjection | null);
  } catch {
    return []; // a scenario from an older engine shape: no advice rather than a broken editor
  }
}
