import { useEffect, useRef, useState } from 'react';
import { api, errorMessage } from '../api/client';
import { Dialog } from '../editor/Dialog';
import { TableHead } from './AccessParts';
import { useAuth } from './AuthContext';
import { FormError } from './Field';
import { date } from './format';
import { ROLE_LABEL, type Role, type User } from './types';

/** Members with their roles; the owner changes roles and deactivates or reactivates anyone but themselves. */
export function MembersPanel({ version, onChange }: { version: number; onChange?: () => void }) {
  const { me } = useAuth();
  const [users, setUsers] = useState<User[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<User | null>(null);
  const [busy, setBusy] = useState(false);
  // The button that opened the confirmation gets the focus back when it closes.
  const opener = useRef<HTMLElement | null>(null);

  useEffect(() => {
    api.get<{ users: User[] }>('/api/v1/users').then((r) => setUsers(r.users), (e: unknown) => setError(errorMessage(e)));
  }, [version]);

  async function update(user: User, body: { role?: Role; disabled?: boolean }): Promise<void> {
    setError(null);
    try {
      const { user: updated } = await api.patch<{ user: User }>(`/api/v1/users/${user.id}`, body);
      setUsers((list) => list?.map((u) => (u.id === updated.id ? updated : u)) ?? null);
      onChange?.();
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  function closeConfirmation() {
    setConfirming(null);
    const button = opener.current;
    opener.current = null;
    // After React has removed the dialog.
    setTimeout(() => button?.isConnected && button.focus(), 0);
  }

  async function deactivate(user: User) {
    setBusy(true);
    await update(user, { disabled: true });
    setBusy(false);
    closeConfirmation();
  }

  return (
    <section className="panel access-panel" aria-labelledby="members-title">
      <h2 id="members-title">Members</h2>
      <p className="panel-lede">
        Owners manage users; editors create and change scenarios; viewers read scenarios shared with the workspace. A deactivated member cannot
        sign in and their API tokens stop working; their scenarios stay.
      </p>
      <FormError message={error} />
      <table className="data-table">
        <TableHead columns={['Name', 'Email', 'Role', 'Joined', 'Status', { hidden: 'Actions' }]} />
        <tbody>
          {users?.map((u) => {
            const self = u.id === me?.user.id;
            return (
              <tr key={u.id} className={u.disabled ? 'is-disabled' : undefined}>
                <td>{u.name}</td>
                <td className="muted">{u.email}</td>
                <td>
                  {self ? (
                    <span className="badge badge-owner">{ROLE_LABEL[u.role]} (you)</span>
                  ) : (
                    <select aria-label={`Role of ${u.name}`} value={u.role} onChange={(e) => void update(u, { role: e.target.value as Role })}>
                      <option value="OWNER">Owner</option>
                      <option value="EDITOR">Editor</option>
                      <option value="VIEWER">Viewer</option>
                    </select>
                  )}
                </td>
                <td className="num">{date(u.createdAt)}</td>
                <td>
                  {u.disabled ? (
                    <span className="badge badge-disabled" title={u.disabledAt ? `Since ${date(u.disabledAt)}` : undefined}>
                      Disabled
                    </span>
                  ) : (
                    <span className="muted">Active</span>
                  )}
                </td>
                <td className="actions">
                  {self ? null : u.disabled ? (
                    <button type="button" className="btn btn-quiet" aria-label={`Reactivate ${u.name}`} onClick={() => void update(u, { disabled: false })}>
                      Reactivate
                    </button>
                  ) : (
                    <button
                      type="button"
                      className="btn btn-quiet btn-danger"
                      aria-label={`Deactivate ${u.name}`}
                      onClick={(e) => {
                        opener.current = e.currentTarget;
                        setConfirming(u);
                      }}
                    >
                      Deactivate
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {confirming ? (
        <Dialog title={`Deactivate ${confirming.name}?`} onClose={busy ? undefined : closeConfirmation}>
          <p>
            {confirming.name} ({confirming.email}) is signed out at once, their API tokens are revoked and the invite links they created stop working.
            They cannot sign in until you reactivate them; their scenarios stay.
          </p>
          <div className="dialog-actions">
            <button type="button" className="btn" onClick={closeConfirmation} disabled={busy}>
              Cancel
            </button>
            <button type="button" className="btn btn-danger-solid" onClick={() => void deactivate(confirming)} disabled={busy}>
              {busy ? 'Deactivating…' : 'Deactivate'}
            </button>
          </div>
        </Dialog>
      ) : null}
    </section>
  );
}
