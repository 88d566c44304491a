import { useEffect, useState } from 'react';
import { api, errorMessage } from '../api/client';
import { TableHead } from './AccessParts';
import { useAuth } from './AuthContext';
import { FormError } from './Field';
import { date } from './format';
import { ROLE_LABEL, type Role, type User } from './types';

export function MembersPanel({ version }: { version: number }) {
  const { me } = useAuth();
  const [users, setUsers] = useState<User[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api.get<{ users: User[] }>('/api/v1/users').then((r) => setUsers(r.users), (e: unknown) => setError(errorMessage(e)));
  }, [version]);

  async function changeRole(user: User, role: Role) {
    setError(null);
    try {
      const { user: updated } = await api.patch<{ user: User }>(`/api/v1/users/${user.id}`, { role });
      setUsers((list) => list?.map((u) => (u.id === updated.id ? updated : u)) ?? null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <section className="panel access-panel" aria-labelledby="members-title">
      <h2 id="members-title">Members</h2>
      <p className="panel-lede">Owners manage users; editors create and change scenarios; viewers read scenarios shared with the workspace.</p>
      <FormError message={error} />
      <table className="data-table">
        <TableHead columns={['Name', 'Email', 'Role', 'Joined']} />
        <tbody>
          {users?.map((u) => (
            <tr key={u.id}>
              <td>{u.name}</td>
              <td className="muted">{u.email}</td>
              <td>
                {u.id === me?.user.id ? (
                  <span className="badge badge-owner">{ROLE_LABEL[u.role]} (you)</span>
                ) : (
                  <select aria-label={`Role of ${u.name}`} value={u.role} onChange={(e) => void changeRole(u, e.target.value as Role)}>
                    <option value="OWNER">Owner</option>
                    <option value="EDITOR">Editor</option>
                    <option value="VIEWER">Viewer</option>
                  </select>
                )}
              </td>
              <td className="num">{date(u.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
