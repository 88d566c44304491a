// Personal API tokens (`Authorization: Bearer tp_…`): stored as sha256, read or read-write scope.
import type { Database } from '@tokenplan/db';
import type { Actor } from './actor';
import { canWrite } from './actor';
import { hashSecret, TOKEN_PREFIX } from './secrets';

const TOUCH_EVERY_MS = 60_000;
const TOKEN_SHAPE = /^tp_[A-Za-z0-9_-]{40,60}$/;

/** The actor behind a bearer secret, or null when it is unknown, revoked, expired or its user deactivated. */
export async function resolveApiToken(db: Database, secret: string, now = new Date()): Promise<Actor | null> {
  if (!TOKEN_SHAPE.test(secret) || !secret.startsWith(TOKEN_PREFIX)) return null;
  const token = await db.prisma.apiToken.findUnique({
    where: { tokenHash: hashSecret(secret) },
    include: { user: { select: { id: true, role: true, disabledAt: true } } },
  });
  // Deactivation revokes the user's tokens; a deactivated user's token is refused whatever its state.
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= now) || token.user.disabledAt) return null;
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() >= TOUCH_EVERY_MS) {
    await db.prisma.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } });
  }
  const role = token.user.role;
  return {
    userId: token.user.id,
    role,
    via: 'token',
    canWrite: canWrite(role, 'token', token.scope),
    tokenId: token.id,
    tokenScope: token.scope,
  };
}

/** Shown in lists so a user recognises a token without it being usable: `tp_AbCd…`. */
export function tokenDisplayPrefix(secret: string): string {
  return secret.slice(0, TOKEN_PREFIX.length + 6);
}
