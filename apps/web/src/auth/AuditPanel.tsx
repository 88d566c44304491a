import { useCallback, useEffect, useState } from 'react';
import { api, errorMessage } from '../api/client';
import { TableHead } from './AccessParts';
import { FormError } from './Field';
import { dateTime } from './format';
import type { AuditEvent } from './types';

const ACTIONS: Record<string, string> = {
  'workspace.setup': 'Set up the workspace',
  'auth.login': 'Signed in',
  'auth.login_failed': 'Sign-in failed',
  'invite.create': 'Created an invite',
  'invite.revoke': 'Revoked an invite',
  'invite.accept': 'Joined by invite',
  'auth.password_change': 'Changed their password',
  'auth.password_change_failed': 'Password change failed (wrong current password)',
  'user.role_change': 'Changed a role',
  'user.disable': 'Deactivated a member',
  'user.enable': 'Reactivated a member',
  'token.create': 'Created an API token',
  'token.revoke': 'Revoked an API token',
  'scenario.create': 'Created a scenario',
  'scenario.update': 'Changed a scenario',
  'scenario.share': 'Changed who sees a scenario',
  'scenario.delete': 'Deleted a scenario',
  'scenario.restore': 'Restored a scenario',
  'scenario.revision_restore': 'Restored an earlier version',
  'comment.create': 'Commented',
  'comment.edit': 'Edited a comment',
  'comment.delete': 'Deleted a comment',
};

function describe(action: string): string {
  return ACTIONS[action] ?? action.replace(/[._]/g, ' ').replace(/^\w/, (c) => c.toUpperCase());
}

const ENTITY_WORDS: Record<string, string> = { scenario: 'scenario', user: 'member', token: 'API token', invite: 'invite', workspace: 'workspace' };

/** What an event is about, in words: "scenario Blackwell B200 — owned fleet"; "deleted scenario (id 9f6ba714)". */
export function objectText(e: Pick<AuditEvent, 'entityType' | 'entityId' | 'entity'>): string {
  const kind = ENTITY_WORDS[e.entityType] ?? e.entityType;
  const shortId = e.entityId ? e.entityId.slice(0, 8) : '';
  if (!e.entity) return shortId ? `${kind} (id ${shortId})` : kind;
  if (e.entity.deleted) return e.entity.name ? `deleted ${kind} ${e.entity.name} (id ${shortId})` : `deleted ${kind} (id ${shortId})`;
  return e.entity.name ? `${kind} ${e.entity.name}` : `${kind} (id ${shortId})`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** The details a reader needs: no internal ids, timestamps in the app's date format. */
export function summary(details: unknown): string {
  if (!details || typeof details !== 'object') return '';
  return Object.entries(details as Record<string, unknown>)
    .filter(([k, v]) => v !== null && v !== undefined && typeof v !== 'object' && !(typeof v === 'string' && UUID.test(v)) && k !== 'sharingVersion')
    .map(([k, v]) => `${k}: ${typeof v === 'string' && ISO_TIME.test(v) ? dateTime(v) : String(v)}`)
    .join(' · ');
}

export function AuditPanel({ version }: { version: number }) {
  const [events, setEvents] = useState<AuditEvent[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async (after: string | null) => {
    try {
      const page = await api.get<{ events: AuditEvent[]; nextCursor: string | null }>(`/api/v1/audit?limit=50${after ? `&cursor=${after}` : ''}`);
      setEvents((list) => (after ? [...list, ...page.events] : page.events));
      setCursor(page.nextCursor);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, []);

  useEffect(() => {
    void load(null);
  }, [load, version]);

  return (
    <section className="panel access-panel" aria-labelledby="audit-title">
      <h2 id="audit-title">Audit log</h2>
      <p className="panel-lede">Who created, changed, shared, deleted or restored what, and when. Passwords and tokens are never recorded.</p>
      <FormError message={error} />
      <table className="data-table" aria-label="Audit log">
        <TableHead columns={['When', 'Who', 'What', 'Object', 'Details']} />
        <tbody>
          {events.map((e) => (
            <tr key={e.id}>
              <td className="num nowrap">{dateTime(e.createdAt)}</td>
              <td className="nowrap">{e.actor?.name ?? (e.action === 'auth.login_failed' ? 'Not signed in' : 'System')}</td>
              <td className="nowrap">{describe(e.action)}</td>
              <td className="muted" title={e.entityId ?? undefined}>
                {objectText(e)}
              </td>
              <td className="muted">{summary(e.details)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {cursor ? (
        <button type="button" className="btn" onClick={() => void load(cursor)}>
          Load older events
        </button>
      ) : null}
    </section>
  );
}
