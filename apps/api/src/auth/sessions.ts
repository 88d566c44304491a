// Server-side sessions: the cookie holds a random secret, the database row is keyed by its sha256.
// Idle expiry slides forward on use (at most once a minute, to spare writes); absolute expiry never moves.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Database, Prisma, PrismaClient } from '@tokenplan/db';
import type { Actor } from './actor';
import { canWrite } from './actor';
import { SESSION_COOKIE, type AuthConfig } from './config';
import { hashSecret, newSecret } from './secrets';

const TOUCH_EVERY_MS = 60_000;
const COOKIE_VALUE = /^[A-Za-z0-9_-]{20,100}$/;

/** The database client or a transaction: a session can be created inside a larger change. */
export type SessionClient = Pick<PrismaClient, 'session'> | Prisma.TransactionClient;

export async function createSession(db: Database, config: AuthConfig, userId: string, now = new Date()) {
  return insertSession(db.prisma, config, userId, now);
}

export async function insertSession(client: SessionClient, config: AuthConfig, userId: string, now = new Date()) {
  const secret = newSecret('');
  const id = hashSecret(secret);
  const absoluteExpiresAt = new Date(now.getTime() + config.sessionAbsoluteHours * 3_600_000);
  const idle = new Date(now.getTime() + config.sessionIdleMinutes * 60_000);
  await client.session.create({
    data: { id, userId, createdAt: now, lastSeenAt: now, expiresAt: idle < absoluteExpiresAt ? idle : absoluteExpiresAt, absoluteExpiresAt },
  });
  return { secret, id, absoluteExpiresAt };
}

export async function resolveSession(db: Database, config: AuthConfig, secret: string, now = new Date()): Promise<Actor | null> {
  if (!COOKIE_VALUE.test(secret)) return null;
  const id = hashSecret(secret);
  const session = await db.prisma.session.findUnique({ where: { id }, include: { user: { select: { id: true, role: true, disabledAt: true } } } });
  if (!session) return null;
  // Deactivation deletes the user's sessions; one that slipped through (a sign-in racing it) dies here.
  if (session.expiresAt <= now || session.absoluteExpiresAt <= now || session.user.disabledAt) {
    await db.prisma.session.deleteMany({ where: { id } });
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
    const idle = new Date(now.getTime() + config.sessionIdleMinutes * 60_000);
    await db.prisma.session.updateMany({
      where: { id },
      data: { lastSeenAt: now, expiresAt: idle < session.absoluteExpiresAt ? idle : session.absoluteExpiresAt },
    });
  }
  const role = session.user.role;
  return { userId: session.user.id, role, via: 'session', canWrite: canWrite(role, 'session'), sessionId: id };
}

function cookieSecure(config: AuthConfig, request: FastifyRequest): boolean {
  return config.cookieSecure === 'auto' ? request.protocol === 'https' : config.cookieSecure;
}

/**
 * Logs a user in, inside the transaction that audits it: any session the browser presented is destroyed
 * and a brand-new id is issued (no session fixation). Set the cookie with setSessionCookie() once the
 * transaction has committed, so a failed sign-in never hands out a cookie.
 */
export async function replaceSession(tx: SessionClient, config: AuthConfig, request: FastifyRequest, userId: string) {
  const previous = request.cookies[SESSION_COOKIE];
  if (previous) await tx.session.deleteMany({ where: { id: hashSecret(previous) } });
  return insertSession(tx, config, userId);
}

/** The session cookie, with the same attributes wherever a session is issued (sign-in, setup, password change). */
export function setSessionCookie(config: AuthConfig, request: FastifyRequest, reply: FastifyReply, secret: string, absoluteExpiresAt: Date) {
  reply.setCookie(SESSION_COOKIE, secret, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: cookieSecure(config, request),
    expires: absoluteExpiresAt,
  });
}

export async function endSession(db: Database, config: AuthConfig, request: FastifyRequest, reply: FastifyReply) {
  const secret = request.cookies[SESSION_COOKIE];
  if (secret) await db.prisma.session.deleteMany({ where: { id: hashSecret(secret) } });
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: cookieSecure(config, request) });
}
