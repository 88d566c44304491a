// The scenario page's "Share" button and dialog: the workspace (nobody, viewers, editors) and named
// members as viewer or editor, picked from the workspace's members. Only the owner (or the workspace
// owner) may change it; everyone else sees who has access. Saved with If-Match: a stale copy shows
// the current settings and asks to review them.
import { useEffect, useRef, useState } from 'react';
import { ApiError, errorMessage } from '../api/client';
import { Dialog } from '../editor/Dialog';
import { getSharing, putSharing, ROLE_WORDS, type Member, type ShareRole, type Sharing } from './api';
import './sharing.css';

type Workspace = 'PRIVATE' | ShareRole;

interface Draft {
  workspace: Workspace;
  grants: { id: string; role: ShareRole }[];
}

const draftOf = (s: Sharing): Draft => ({
  workspace: s.visibility === 'PRIVATE' ? 'PRIVATE' : s.workspaceRole,
  grants: s.grants.map((g) => ({ id: g.id, role: g.role })),
});

export function ShareButton({ scenarioId, scenarioName }: { scenarioId: string; scenarioName: string }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  // Back to the Share button once the modal is gone (while it is open the page behind is inert).
  useEffect(() => {
    if (wasOpen.current && !open) button.current?.focus();
    wasOpen.current = open;
  }, [open]);
  const close = () => setOpen(false);
  return (
    <>
      <button ref={button} type="button" className="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Share
      </button>
      {open ? <ShareDialog scenarioId={scenarioId} scenarioName={scenarioName} onClose={close} /> : null}
    </>
  );
}

export function ShareDialog({ scenarioId, scenarioName, onClose }: { scenarioId: string; scenarioName: string; onClose: () => void }) {
  const [sharing, setSharing] = useState<Sharing | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [pick, setPick] = useState('');
  const [pickRole, setPickRole] = useState<ShareRole>('VIEWER');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    let alive = true;
    getSharing(scenarioId).then(
      (s) => {
        if (!alive) return;
        setSharing(s);
        setDraft(draftOf(s));
      },
      (e: unknown) => alive && setError(errorMessage(e, 'Could not load who this scenario is shared with.')),
    );
    return () => {
      alive = false;
    };
  }, [scenarioId]);

  const members: Member[] = sharing?.members ?? [];
  const nameOf = (id: string) => members.find((m) => m.id === id)?.name ?? sharing?.grants.find((g) => g.id === id)?.name ?? 'Former member';
  const granted = new Set(draft?.grants.map((g) => g.id));
  const candidates = members.filter((m) => m.id !== sharing?.ownerId && !granted.has(m.id));
  const readOnly = !sharing?.manage;

  const update = (change: (d: Draft) => Draft) => setDraft((d) => (d ? change(d) : d));
  const add = () => {
    if (!pick) return;
    update((d) => ({ ...d, grants: [...d.grants, { id: pick, role: pickRole }] }));
    setPick('');
  };

  const save = async () => {
    if (!sharing || !draft) return;
    setSaving(true);
    setError(null);
    try {
      await putSharing(scenarioId, sharing.etag, {
        visibility: draft.workspace === 'PRIVATE' ? 'PRIVATE' : 'WORKSPACE',
        workspaceRole: draft.workspace === 'PRIVATE' ? sharing.workspaceRole : draft.workspace,
        grants: draft.grants.map((g) => ({ userId: g.id, role: g.role })),
      });
      onClose();
    } catch (e) {
      const current = e instanceof ApiError && e.status === 412 ? (e.body as { current?: Sharing } | null)?.current : undefined;
      if (current) {
        setSharing({ ...current, members: sharing.members ?? [] });
        setDraft(draftOf(current));
        setError('Someone changed the sharing while you were editing. These are the current settings: review them and save again.');
      } else setError(errorMessage(e, 'Could not save the sharing.'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog title={`Share “${scenarioName}”`} onClose={onClose} wide>
      {error ? (
        <div className="inline-error" role="alert">
          {error}
        </div>
      ) : null}
      {!draft || !sharing ? (
        <p className="muted" aria-busy="true">Loading…</p>
      ) : (
        <div className="share-dialog">
          {readOnly ? <p className="muted">Only the owner of this scenario (or the workspace owner) can change who has access.</p> : null}
          <label className="share-row">
            <span>Everyone in the workspace</span>
            <select value={draft.workspace} disabled={readOnly} onChange={(e) => update((d) => ({ ...d, workspace: e.target.value as Workspace }))}>
              <option value="PRIVATE">No access</option>
              <option value="VIEWER">{ROLE_WORDS.VIEWER}</option>
              <option value="EDITOR">{ROLE_WORDS.EDITOR}</option>
            </select>
          </label>
          <h3 className="share-subtitle">People</h3>
          <ul className="share-people" aria-label="People with access">
            <li className="share-row">
              <span>{nameOf(sharing.ownerId)}</span>
              <span className="muted">Owner</span>
            </li>
            {draft.grants.map((g) => (
              <li key={g.id} className="share-row">
                <span>{nameOf(g.id)}</span>
                <span className="share-actions">
                  <select
                    aria-label={`Access of ${nameOf(g.id)}`}
                    value={g.role}
                    disabled={readOnly}
                    onChange={(e) => update((d) => ({ ...d, grants: d.grants.map((x) => (x.id === g.id ? { ...x, role: e.target.value as ShareRole } : x)) }))}
                  >
                    <option value="VIEWER">{ROLE_WORDS.VIEWER}</option>
                    <option value="EDITOR">{ROLE_WORDS.EDITOR}</option>
                  </select>
                  {readOnly ? null : (
                    <button type="button" className="button button--small" aria-label={`Remove ${nameOf(g.id)}`} onClick={() => update((d) => ({ ...d, grants: d.grants.filter((x) => x.id !== g.id) }))}>
                      Remove
                    </button>
                  )}
                </span>
              </li>
            ))}
          </ul>
          {readOnly ? null : (
            <div className="share-add">
              <label>
                <span>Add a person</span>
                <select value={pick} onChange={(e) => setPick(e.target.value)}>
                  <option value="">Choose a member…</option>
                  {candidates.map((m) => (
                    <option key={m.id} value={m.id}>
                      {m.name} ({m.email})
                    </option>
                  ))}
                </select>
              </label>
              <label>
                <span>Access</span>
                <select value={pickRole} onChange={(e) => setPickRole(e.target.value as ShareRole)}>
                  <option value="VIEWER">{ROLE_WORDS.VIEWER}</option>
                  <option value="EDITOR">{ROLE_WORDS.EDITOR}</option>
                </select>
              </label>
              <button type="button" className="button" onClick={add} disabled={!pick}>
                Add
              </button>
            </div>
          )}
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          {readOnly ? 'Close' : 'Cancel'}
        </button>
        {readOnly ? null : (
          <button type="button" className="button button--primary" onClick={() => void save()} disabled={saving || !draft}>
            {saving ? 'Saving…' : 'Save'}
          </button>
        )}
      </div>
    </Dialog>
  );
}
