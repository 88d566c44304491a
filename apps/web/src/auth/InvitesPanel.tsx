import { useEffect, useState, type FormEvent } from 'react';
import { api, errorMessage } from '../api/client';
import { OneTimeSecret, TableHead } from './AccessParts';
import { FormError } from './Field';
import { dateTime } from './format';
import { ROLE_LABEL, type Invite } from './types';

export function InvitesPanel({ version, onChange }: { version: number; onChange: () => void }) {
  const [invites, setInvites] = useState<Invite[]>([]);
  const [role, setRole] = useState<'EDITOR' | 'VIEWER'>('EDITOR');
  const [email, setEmail] = useState('');
  const [hours, setHours] = useState(72);
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const load = () => api.get<{ invites: Invite[] }>('/api/v1/invites').then((r) => setInvites(r.invites), (e: unknown) => setError(errorMessage(e)));
  useEffect(() => {
    void load();
  }, [version]);

  async function create(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setCopied(false);
    try {
      const body = { role, expiresInHours: hours, ...(email.trim() ? { email: email.trim() } : {}) };
      const created = await api.post<{ path: string }>('/api/v1/invites', body);
      setLink(`${window.location.origin}${created.path}`);
      setEmail('');
      await load();
      onChange();
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  async function revoke(invite: Invite) {
    setError(null);
    try {
      await api.delete(`/api/v1/invites/${invite.id}`);
      await load();
      onChange();
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <section className="panel access-panel" aria-labelledby="invites-title">
      <h2 id="invites-title">Invite a colleague</h2>
      <p className="panel-lede">An invite link works once and expires. Send it through your usual channel; it is shown only now.</p>
      <form className="inline-form" onSubmit={create}>
        <label>
          Role
          <select value={role} onChange={(e) => setRole(e.target.value as 'EDITOR' | 'VIEWER')}>
            <option value="EDITOR">Editor</option>
            <option value="VIEWER">Viewer</option>
          </select>
        </label>
        <label className="grow">
          Email (optional)
          <input type="email" value={email} placeholder="Restricts the link to this address" onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label>
          Expires after
          <select value={hours} onChange={(e) => setHours(Number(e.target.value))}>
            <option value={24}>1 day</option>
            <option value={72}>3 days</option>
            <option value={168}>7 days</option>
          </select>
        </label>
        <button className="btn btn-primary" type="submit">
          Create invite link
        </button>
      </form>
      <FormError message={error} />
      {link ? (
        <OneTimeSecret
          intro="Invite link — copy it now, it will not be shown again:"
          value={link}
          testId="invite-link"
          copied={copied}
          onCopied={setCopied}
        />
      ) : null}
      {invites.length ? (
        <table className="data-table">
          <TableHead columns={['Role', 'Email', 'Created', 'Expires', 'Status', { hidden: 'Actions' }]} />
          <tbody>
            {invites.map((i) => (
              <tr key={i.id}>
                <td>{ROLE_LABEL[i.role]}</td>
                <td className="muted">{i.email ?? 'Any'}</td>
                <td className="num">{dateTime(i.createdAt)}</td>
                <td className="num">{dateTime(i.expiresAt)}</td>
                <td>
                  <span className={`badge badge-${i.status}`}>{i.status === 'used' && i.usedBy ? `Used by ${i.usedBy.name}` : i.status}</span>
                </td>
                <td className="actions">
                  {i.status === 'pending' ? (
                    <button type="button" className="btn btn-quiet btn-danger" onClick={() => void revoke(i)}>
                      Revoke
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
