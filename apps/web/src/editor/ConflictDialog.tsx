import { useState } from 'react';
import type { Conflict } from '../scenarios/useScenarioEditor';
import { diffDocuments, showValue } from '../scenarios/diffDocuments';
import { usePeople } from '../scenarios/usePeople';
import { describePath } from './describePath';
import { Dialog } from './Dialog';

interface ConflictDialogProps {
  conflict: Conflict;
  saving: boolean;
  onKeepMine: (message: string) => void;
  onTakeTheirs: () => void;
}

/** A save refused as stale (412): what changed on each side, and an explicit choice — never a silent overwrite. */
export function ConflictDialog({ conflict, saving, onKeepMine, onTakeTheirs }: ConflictDialogProps) {
  const [message, setMessage] = useState('Kept my edits over a newer version');
  const theirs = diffDocuments(conflict.base, conflict.theirs.document);
  const mine = diffDocuments(conflict.base, conflict.mine);
  const minePaths = new Set(mine.map((c) => c.path));
  const rows = [...new Set([...mine.map((c) => c.path), ...theirs.map((c) => c.path)])];
  const mineValue = new Map(mine.map((c) => [c.path, c.after]));
  const theirValue = new Map(theirs.map((c) => [c.path, c.after]));
  const baseValue = new Map([...mine, ...theirs].map((c) => [c.path, c.before]));
  const { nameOf } = usePeople();
  const editor = nameOf(conflict.theirs.updatedBy);
  const who = editor ? ` by ${editor}` : '';
  const when = conflict.theirs.updatedAt ? ` at ${new Date(conflict.theirs.updatedAt).toLocaleString()}` : '';

  return (
    <Dialog title="This scenario was changed while you were editing" wide>
      <p>
        Version {conflict.theirs.version} was saved{who}
        {when}, after the version your edits started from. Nothing has been overwritten. Choose which version to keep.
      </p>
      <div className="table-scroll">
        <table className="diff-table">
          <caption className="visually-hidden">Differences between your edits and the stored version</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">When you started</th>
              <th scope="col">Your edit</th>
              <th scope="col">Stored now</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((path) => {
              const both = minePaths.has(path) && theirValue.has(path);
              return (
                <tr key={path} className={both ? 'diff-row--both' : undefined}>
                  <th scope="row">
                    {describePath(conflict.mine, path)}
                    {both ? <span className="badge badge--warn">both changed</span> : null}
                  </th>
                  <td>{showValue(baseValue.get(path))}</td>
                  <td className={mineValue.has(path) ? 'diff-cell--changed' : undefined}>{showValue(mineValue.has(path) ? mineValue.get(path) : baseValue.get(path))}</td>
                  <td className={theirValue.has(path) ? 'diff-cell--changed' : undefined}>{showValue(theirValue.has(path) ? theirValue.get(path) : baseValue.get(path))}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <label className="field" htmlFor="conflict-message">
        <span>Save message (if you keep yours)</span>
        <input id="conflict-message" className="input" value={message} onChange={(e) => setMessage(e.target.value)} />
      </label>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onTakeTheirs} disabled={saving}>
          Take the stored version (discard mine)
        </button>
        <button type="button" className="button button--primary" onClick={() => onKeepMine(message)} disabled={saving}>
          {saving ? 'Saving…' : `Keep mine (save as version ${conflict.theirs.version + 1})`}
        </button>
      </div>
    </Dialog>
  );
}
