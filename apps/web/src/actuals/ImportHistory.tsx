import { useState } from 'react';
import { errorMessage } from '../api/client';
import { Dialog } from '../editor/Dialog';
import { formatCount, formatTokens } from '../format';
import { FORMAT_LABELS } from './detectFormat';
import { formatMoneyCents } from './money';
import type { ActualsImport } from './types';

export interface ImportHistoryProps {
  imports: ActualsImport[];
  canWrite: boolean;
  nameOf: (userId: string | null) => string | null;
  onUndo: (id: string) => Promise<void>;
}

/** Past imports, newest first, with Undo (confirmed): an undone import stays listed, its rows gone. */
export function ImportHistory({ imports, canWrite, nameOf, onUndo }: ImportHistoryProps) {
  const [confirm, setConfirm] = useState<ActualsImport | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (imports.length === 0) return null;
  return (
    <section className="panel act-section" aria-labelledby="act-history">
      <h2 id="act-history">Import history</h2>
      <div className="tp-table-wrap">
        <table className="tp-table act-history">
          <thead>
            <tr>
              <th scope="col">Imported</th>
              <th scope="col">File</th>
              <th scope="col">Format</th>
              <th scope="col">Rows (new / already imported)</th>
              <th scope="col">Cost, USD</th>
              <th scope="col">Tokens</th>
              <th scope="col">By</th>
              <th scope="col"><span className="visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {imports.map((i) => (
              <tr key={i.id} className={i.undoneAt ? 'act-undone' : undefined} data-import={i.id}>
                <th scope="row">{new Date(i.createdAt).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' })}</th>
                <td>{i.fileName}</td>
                <td>{FORMAT_LABELS[i.format] ?? i.format}</td>
                <td>
                  {formatCount(i.rows)} ({formatCount(i.insertedRows)} / {formatCount(i.duplicateRows)})
                </td>
                <td>{formatMoneyCents(i.totals.cost)}</td>
                <td>{formatTokens(i.totals.tokens, false)}</td>
                <td>{nameOf(i.createdBy) ?? '—'}</td>
                <td>
                  {i.undoneAt ? (
                    <span className="badge">Undone {new Date(i.undoneAt).toLocaleDateString('en-US', { dateStyle: 'medium' })}</span>
                  ) : canWrite ? (
                    <button type="button" className="button button--small" onClick={() => setConfirm(i)} aria-label={`Undo import of ${i.fileName}`}>
                      Undo
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {confirm ? (
        <Dialog title="Undo this import?" onClose={() => !busy && setConfirm(null)}>
          <p>
            The {formatCount(confirm.insertedRows)} rows imported from <strong>{confirm.fileName}</strong> ({formatMoneyCents(confirm.totals.cost)}) are removed from
            the actuals; the import stays in the history as undone. Rows it skipped as already imported belong to an earlier import and stay.
          </p>
          {error ? <p className="inline-error" role="alert">{error}</p> : null}
          <div className="dialog-actions">
            <button type="button" className="button" disabled={busy} onClick={() => setConfirm(null)}>Keep it</button>
            <button
              type="button"
              className="button button--primary"
              disabled={busy}
              onClick={() => {
                setBusy(true);
                setError(null);
                onUndo(confirm.id).then(
                  () => {
                    setBusy(false);
                    setConfirm(null);
                  },
                  (e: unknown) => {
                    setBusy(false);
                    setError(errorMessage(e, 'The import could not be undone.'));
                  },
                );
              }}
            >
              {busy ? 'Undoing…' : 'Undo import'}
            </button>
          </div>
        </Dialog>
      ) : null}
    </section>
  );
}
