// The audit log: who created, changed, shared, deleted or restored what, and when. Call recordAudit()
// inside the same transaction as the change when there is one. Secrets never enter `details`:
// keys that look like credentials are dropped before writing.
import type { Prisma, PrismaClient } from '@tokenplan/db';
import type { Actor } from './auth/actor';

export type AuditClient = Pick<PrismaClient, 'auditEvent'> | Prisma.TransactionClient;

export interface AuditEntry {
  /** `scenario.create`, `scenario.share`, `user.role_change`, `token.revoke`, … */
  action: string;
  entityType: string;
  entityId?: string | null;
  details?: Record<string, unknown>;
}

const SECRET_KEY = /pass(word)?|secret|token|cookie|authorization|hash/i;

export function scrubSecrets(value: unknown, depth = 0): unknown {
  if (depth > 8) return '[truncated]';
  if (Array.isArray(value)) return value.map((v) => scrubSecrets(v, depth + 1));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([k]) => !SECRET_KEY.test(k))
        .map(([k, v]) => [k, scrubSecrets(v, depth + 1)]),
    );
  }
  return value;
}

export async function recordAudit(client: AuditClient, actor: Pick<Actor, 'userId'> | null, entry: AuditEntry): Promise<void> {
  await client.auditEvent.create({
    data: {
      actorId: actor?.userId ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      ...(entry.details ? { details: scrubSecrets(entry.details) as Prisma.InputJsonValue } : {}),
    },
  });
}
