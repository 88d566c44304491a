import { useCallback, useEffect, useState } from 'react';
import { ApiError, getRevision, listRevisions, type RevisionSummary, type ScenarioDocument } from '../scenarios/api';
import { formatDateTime } from '../format';
import { diffDocuments } from '../scenarios/diffDocuments';
import { usePeople } from '../scenarios/usePeople';
import { describePath } from './describePath';
import { historyValue } from './historyValue';

interface RevisionPanelProps {
  scenarioId: string;
  currentVersion: number;
  current: ScenarioDocument;
  onRestore: (document: ScenarioDocument, version: number) => void;
  onClose: () => void;
}

/** Saved versions, newest first: what changed from each to the editor (old → new), and restore into the editor. */
export function RevisionPanel({ scenarioId, currentVersion, current, onRestore, onClose }: RevisionPanelProps) {
  const [revisions, setRevisions] = useState<RevisionSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<{ version: number; document: ScenarioDocument } | null>(null);
  const { nameOf } = usePeople();

  const load = useCallback(() => {
    setError(null);
    setRevisions(null);
    listRevisions(scenarioId).then(
      (items) => setRevisions([...items].sort((a, b) => b.version - a.version)),
      (e: unknown) => setError(e instanceof ApiError ? e.message : 'Could not load the history.'),
    );
  }, [scenarioId]);
  useEffect(load, [load, currentVersion]);

  const view = (version: number) =>
    getRevision(scenarioId, version).then(
      (document) => setOpen({ version, document }),
      () => setError(`Could not load version ${version}.`),
    );

  // Forwards: from the saved version (before) to what the editor holds now (after).
  const changes = open ? diffDocuments(open.document, current) : [];
  return (
    <aside className="revision-panel panel" aria-labelledby="revisions-title">
      <header className="revision-panel-head">
        <h2 id="revisions-title">History</h2>
        <button type="button" className="button button--quiet" onClick={onClose} aria-label="Close history">
          ×
        </button>
      </header>
      {error ? (
        <div className="inline-error" role="alert">
          {error}{' '}
          <button type="button" className="link-button" onClick={load}>
            Retry
          </button>
        </div>
      ) : null}
      {revisions === null && !error ? <p className="muted">Loading versions…</p> : null}
      {revisions?.length === 0 ? <p className="muted">No saved versions yet.</p> : null}
      <ol className="revision-list">
        {revisions?.map((r) => (
          <li key={r.version} className={open?.version === r.version ? 'is-open' : undefined}>
            <div className="revision-line">
              <strong>v{r.version}</strong>
              {r.version === currentVersion ? <span className="badge">current</span> : null}
              <span className="muted">{formatDateTime(r.createdAt)}</span>
            </div>
            <div>{r.message ?? <span className="muted">No message</span>}</div>
            {r.author ? <div className="muted">by {nameOf(r.author)}</div> : null}
            <div className="button-row">
              <button type="button" className="button button--small" onClick={() => void view(r.version)} aria-label={`Compare version ${r.version} with the editor`}>
                Compare
              </button>
              {r.version !== currentVersion ? (
                <button
                  type="button"
                  className="button button--small"
                  aria-label={`Restore version ${r.version} into the editor`}
                  onClick={() => void getRevision(scenarioId, r.version).then((d) => onRestore(d, r.version), () => setError(`Could not load version ${r.version}.`))}
                >
                  Restore
                </button>
              ) : null}
            </div>
            {open?.version === r.version ? (
              changes.length === 0 ? (
                <p className="muted">Same as the editor.</p>
              ) : (
                <ul className="change-list">
                  {changes.slice(0, 30).map((c) => (
                    <li key={c.path}>
                      <span>{describePath(current, c.path)}</span>: {historyValue(c.path, c.before)} → <strong>{historyValue(c.path, c.after)}</strong>
                    </li>
                  ))}
                  {changes.length > 30 ? <li>…{changes.length - 30} more</li> : null}
                </ul>
              )
            ) : null}
          </li>
        ))}
      </ol>
      <p className="muted small">Restoring puts that version in the editor as unsaved edits; save to make it the current version.</p>
    </aside>
  );
}
