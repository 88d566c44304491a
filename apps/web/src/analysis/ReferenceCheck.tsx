// "Reference check" (issue 22): KPIs and inputs far outside the reference library (payback under 6
// months on owned hardware, IRR above 300 %, revenue ≥ 3× the market price, throughput above the
// best published figure), each with the library entry beside it and its source one click away.
import { useMemo } from 'react';
import { isReferenceCheckScenario, referenceChecks, referenceClaimLibrary } from '@tokenplan/model';
import type { ProjectionView, ScenarioView } from './types';
import './referenceCheck.css';

export function ReferenceCheck({ projection, scenario }: { projection: ProjectionView; scenario?: ScenarioView | undefined }) {
  const checks = useMemo(
    () => (isReferenceCheckScenario(scenario) ? referenceChecks(scenario, projection, referenceClaimLibrary()) : null),
    [projection, scenario],
  );
  if (checks === null) return null;
  if (checks.length === 0) {
    return (
      <p className="tp-refcheck tp-refcheck--clear" role="note" aria-label="Reference check">
        Reference check: payback, IRR, revenue prices and throughput are within what the reference library supports.
      </p>
    );
  }
  return (
    <section className="tp-refcheck" role="region" aria-label="Reference check">
      <h2 className="tp-refcheck__title">Reference check: {checks.length === 1 ? '1 figure' : `${checks.length} figures`} far outside the reference library</h2>
      <ul>
        {checks.map((c) => (
          <li key={`${c.code}-${c.path}`} data-check={c.code}>
            <span className="tp-refcheck__message">{c.message}</span>
            {c.reference ? (
              <span className="tp-refcheck__ref">
                Reference: <a href={`/reference?id=${encodeURIComponent(c.reference.id)}`}>{c.reference.subject}</a> {c.reference.value} {c.reference.unit} ·{' '}
                <a href={c.reference.source.url} target="_blank" rel="noreferrer">{c.reference.source.publisher}, {c.reference.asOf}</a>
              </span>
            ) : null}
            <span className="tp-refcheck__path">{c.path}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
