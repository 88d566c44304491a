// The audit log: who created, changed, shared, deleted or restored what, and when. recordAudit() runs
// inside the transaction of the change it records (it refuses the plain client): a change is never
// left behind without its entry, nor an entry without its change. Secrets never enter `details`:
// keys that look like credentials are dropped before writing.
import type { Prisma } from '@tokenplan/db';
import type { Actor } from './auth/actor';

/** The client of an interactive transaction (`prisma.$transaction(async (tx) => …)`). */
export type AuditClient = Prisma.TransactionClient;

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

export async function recordAudit(tx: AuditClient, actor: Pick<Actor, 'userId'> | null, entry: AuditEntry): Promise<void> {
  // The types cannot tell a PrismaClient from a transaction client; only the former has $connect.
  if (typeof (tx as { $connect?: unknown }).$connect === 'function') throw new Error(`recordAudit(${entry.action}) must run inside the transaction of the change it records.`);
  await tx.auditEvent.create({
    data: {
      actorId: actor?.userId ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      ...(entry.details ? { details: scrubSecrets(entry.details) as Prisma.InputJsonValue } : {}),
    },
  });
}
