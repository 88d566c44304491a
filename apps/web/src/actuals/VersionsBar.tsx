import './actuals.css';
import { useId, useState } from 'react';
import { ApiError, errorMessage } from '../api/client';
import { Dialog } from '../editor/Dialog';
import { formatCount } from '../format';
import { useVersions } from './useVersions';
import type { VersionKind } from './types';

export const KIND_LABELS: Record<VersionKind, string> = { budget: 'Budget', forecast: 'Forecast', other: 'Other' };

export interface VersionsBarProps {
  scenarioId: string;
  /** The current saved revision: what "Lock as version" locks. */
  revision: number;
  /** Unsaved edits are not part of a locked version. */
  dirty: boolean;
  canWrite: boolean;
  nameOf: (userId: string | null) => string | null;
}

const when = (iso: string) => new Date(iso).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' });

/** Which version the scenario is measured against, the selector, "Lock as version" and the list. */
export function VersionsBar({ scenarioId, revision, dirty, canWrite, nameOf }: VersionsBarProps) {
  const v = useVersions(scenarioId);
  const selectId = useId();
  const [locking, setLocking] = useState(false);
  const [listOpen, setListOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);

  return (
    <div className="act-versions" aria-label="Versions">
      <div className="act-versions__bar">
        {v.baseline ? (
          <span className="act-baseline-badge" data-baseline>
            Measured against: {v.baseline.name} ({KIND_LABELS[v.baseline.kind]}, revision {v.baseline.revision})
          </span>
        ) : (
          <span className="act-baseline-badge act-baseline-badge--none" data-baseline>No baseline version</span>
        )}
        {v.versions.length > 0 ? (
          <span className="field field--inline">
            <label htmlFor={selectId}>Measure against</label>
            <select
              id={selectId}
              className="input"
              value={v.baselineVersionId ?? ''}
              disabled={!canWrite}
              onChange={(e) => {
                setError(null);
                v.measureAgainst(e.target.value || null).catch((err: unknown) => setError(errorMessage(err, 'The baseline could not be changed.')));
              }}
            >
              <option value="">No baseline</option>
              {v.versions.map((x) => (
                <option key={x.id} value={x.id}>{x.name} ({KIND_LABELS[x.kind]}, rev {x.revision})</option>
              ))}
            </select>
          </span>
        ) : null}
        {canWrite ? <button type="button" className="button button--small" onClick={() => setLocking(true)}>Lock as version…</button> : null}
        {v.versions.length > 0 ? (
          <button type="button" className="button button--small button--quiet" aria-expanded={listOpen} onClick={() => setListOpen((o) => !o)}>
            {listOpen ? 'Hide versions' : `Versions (${formatCount(v.versions.length)})`}
          </button>
        ) : null}
      </div>
      {error || v.error ? <p className="inline-error" role="alert">{error ?? v.error}</p> : null}
      {listOpen ? (
        <div className="tp-table-wrap">
          <table className="tp-table tp-table--compact">
            <caption className="visually-hidden">Locked versions of this scenario</caption>
            <thead>
              <tr><th scope="col">Name</th><th scope="col">Kind</th><th scope="col">Revision</th><th scope="col">Locked by</th><th scope="col">Locked at</th></tr>
            </thead>
            <tbody>
              {v.versions.map((x) => (
                <tr key={x.id}>
                  <th scope="row">{x.name}{x.id === v.baselineVersionId ? <span className="badge">baseline</span> : null}</th>
                  <td>{KIND_LABELS[x.kind]}</td>
                  <td>{x.revision}</td>
                  <td>{nameOf(x.lockedBy) ?? '—'}</td>
                  <td>{when(x.lockedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {locking ? <LockDialog revision={revision} dirty={dirty} onClose={() => setLocking(false)} onLock={v.lock} hasBaseline={v.baselineVersionId !== null} onMeasure={v.measureAgainst} /> : null}
    </div>
  );
}

interface LockDialogProps {
  revision: number;
  dirty: boolean;
  hasBaseline: boolean;
  onClose: () => void;
  onLock: (input: { name: string; kind: VersionKind; revision: number }) => Promise<{ id: string }>;
  onMeasure: (versionId: string) => Promise<void>;
}

function LockDialog({ revision, dirty, hasBaseline, onClose, onLock, onMeasure }: LockDialogProps) {
  const nameId = useId();
  const kindId = useId();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<VersionKind>('budget');
  const [measure, setMeasure] = useState(!hasBaseline);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    if (name.trim() === '') return setError('Name the version (e.g. "FY2027 Budget").');
    setBusy(true);
    setError(null);
    try {
      const version = await onLock({ name: name.trim(), kind, revision });
      if (measure) await onMeasure(version.id);
      onClose();
    } catch (e) {
      setBusy(false);
      setError(e instanceof ApiError && e.code === 'version_name_taken' ? `A version named "${name.trim()}" already exists on this scenario: choose another name.` : errorMessage(e, 'The version could not be locked.'));
    }
  };
  return (
    <Dialog title="Lock as version" onClose={() => !busy && onClose()}>
      <form onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <p>Locks saved revision {revision} as a named version. A version never changes and is kept forever; actuals are measured against it.</p>
        {dirty ? <p className="notice">Your unsaved edits are not part of revision {revision}. Save first to lock them.</p> : null}
        <div className="field">
          <label htmlFor={nameId}>Name</label>
          <input id={nameId} className="input" value={name} maxLength={120} onChange={(e) => setName(e.target.value)} placeholder="FY2027 Budget" autoFocus />
        </div>
        <div className="field">
          <label htmlFor={kindId}>Kind</label>
          <select id={kindId} className="input" value={kind} onChange={(e) => setKind(e.target.value as VersionKind)}>
            {(Object.keys(KIND_LABELS) as VersionKind[]).map((k) => <option key={k} value={k}>{KIND_LABELS[k]}</option>)}
          </select>
        </div>
        <label className="act-check">
          <input type="checkbox" checked={measure} onChange={(e) => setMeasure(e.target.checked)} /> Measure actuals against this version
        </label>
        {error ? <p className="inline-error" role="alert">{error}</p> : null}
        <div className="dialog-actions">
          <button type="button" className="button" disabled={busy} onClick={onClose}>Cancel</button>
          <button type="submit" className="button button--primary" disabled={busy}>{busy ? 'Locking…' : 'Lock version'}</button>
        </div>
      </form>
    </Dialog>
  );
}
