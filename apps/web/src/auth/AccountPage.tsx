import { useEffect, useState, type FormEvent } from 'react';
import { api, errorMessage } from '../api/client';
import { OneTimeSecret, TableHead } from './AccessParts';
import { useAuth } from './AuthContext';
import { ChangePasswordForm } from './ChangePasswordForm';
import { FormError } from './Field';
import { date, dateTime } from './format';
import { ROLE_LABEL, type ApiToken } from './types';
import './auth.css';

/** Every user's own page: who they are, their password and their personal API tokens. */
export function AccountPage() {
  const { me } = useAuth();
  const [tokens, setTokens] = useState<ApiToken[]>([]);
  const [name, setName] = useState('');
  const [scope, setScope] = useState<'READ' | 'READ_WRITE'>('READ');
  const [days, setDays] = useState(90);
  const [secret, setSecret] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const viewer = me?.user.role === 'VIEWER';

  const load = () => api.get<{ tokens: ApiToken[] }>('/api/v1/tokens').then((r) => setTokens(r.tokens), (e: unknown) => setError(errorMessage(e)));
  useEffect(() => {
    void load();
  }, []);

  async function create(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setCopied(false);
    try {
      const created = await api.post<{ secret: string }>('/api/v1/tokens', { name: name.trim() || 'API token', scope, ...(days ? { expiresInDays: days } : {}) });
      setSecret(created.secret);
      setName('');
      await load();
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  async function revoke(token: ApiToken) {
    setError(null);
    try {
      await api.delete(`/api/v1/tokens/${token.id}`);
      await load();
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  if (!me) return null;
  return (
    <section className="page access-page">
      <div className="page-head">
        <div>
          <h1>Your account</h1>
          <p className="lede">
            {me.user.name} · {me.user.email} · {ROLE_LABEL[me.user.role]}
          </p>
        </div>
      </div>
      <section className="panel access-panel" aria-labelledby="password-title">
        <h2 id="password-title">Change password</h2>
        <p className="panel-lede">Changing it signs you out everywhere else; API tokens keep working until you revoke them.</p>
        <ChangePasswordForm />
      </section>
      <section className="panel access-panel" aria-labelledby="tokens-title">
        <h2 id="tokens-title">API tokens</h2>
        <p className="panel-lede">
          For Excel, Python or other scripts: send <code>Authorization: Bearer &lt;token&gt;</code>. A token acts as you; read tokens cannot change anything.
        </p>
        <form className="inline-form" onSubmit={create}>
          <label className="grow">
            Name
            <input value={name} maxLength={100} placeholder="e.g. FP&A workbook refresh" onChange={(e) => setName(e.target.value)} />
          </label>
          <label>
            Access
            <select value={scope} onChange={(e) => setScope(e.target.value as 'READ' | 'READ_WRITE')}>
              <option value="READ">Read only</option>
              {viewer ? null : <option value="READ_WRITE">Read and write</option>}
            </select>
          </label>
          <label>
            Expires after
            <select value={days} onChange={(e) => setDays(Number(e.target.value))}>
              <option value={30}>30 days</option>
              <option value={90}>90 days</option>
              <option value={365}>1 year</option>
              <option value={0}>Never</option>
            </select>
          </label>
          <button className="btn btn-primary" type="submit">
            Create token
          </button>
        </form>
        <FormError message={error} />
        {secret ? (
          <OneTimeSecret
            intro="Your new token — copy it now, it will not be shown again:"
            value={secret}
            testId="token-secret"
            copied={copied}
            onCopied={setCopied}
          />
        ) : null}
        {tokens.length ? (
          <table className="data-table">
            <TableHead columns={['Name', 'Token', 'Access', 'Created', 'Last used', 'Expires', { hidden: 'Status' }]} />
            <tbody>
              {tokens.map((t) => (
                <tr key={t.id} className={t.revokedAt ? 'is-revoked' : undefined}>
                  <td>{t.name}</td>
                  <td className="mono">{t.prefix}…</td>
                  <td>{t.scope === 'READ' ? 'Read only' : 'Read and write'}</td>
                  <td className="num">{date(t.createdAt)}</td>
                  <td className="num">{dateTime(t.lastUsedAt)}</td>
                  <td className="num">{t.expiresAt ? date(t.expiresAt) : 'Never'}</td>
                  <td className="actions">
                    {t.revokedAt ? (
                      <span className="badge badge-expired">Revoked</span>
                    ) : (
                      <button type="button" className="btn btn-quiet btn-danger" onClick={() => void revoke(t)}>
                        Revoke
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="muted">No tokens yet.</p>
        )}
      </section>
    </section>
  );
}
