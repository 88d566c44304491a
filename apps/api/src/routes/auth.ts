// First run (owner setup), login, logout, the current user and changing one's own password.
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../audit';
import { dummyPasswordHash, hashPassword, passwordProblem, verifyPassword } from '../auth/passwords';
import { requireActor } from '../auth/actor';
import { clearLoginFailures, lockedOutFor, recordLoginFailure } from '../auth/loginThrottle';
import { endSession, insertSession, replaceSession, setSessionCookie } from '../auth/sessions';
import { HttpError } from '../errors';
import { seedDemoWorkspace } from '../scenarios/demoWorkspace';
import { strictRateLimit } from '../plugins/security';
import type { RouteDeps } from './deps';
import { emailSchema, errors, meSchema, nameSchema, passwordSchema, publicUser, userSchema, userSelect } from './schemas';

// Any fixed key: serialises concurrent first-run requests on PostgreSQL.
const SETUP_LOCK_KEY = 727_274_002;

export function assertPassword(password: string, context: { email?: string; name?: string }, path = 'password'): void {
  const problem = passwordProblem(password, context);
  if (problem) throw new HttpError(400, 'weak_password', `Password ${problem}.`, [{ path, message: `Password ${problem}.` }]);
}

export const authRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { db, auth, rateLimit, demoWorkspace }) => {
  const strict = strictRateLimit(rateLimit);

  app.get(
    '/api/v1/auth/status',
    {
      config: { auth: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Whether first-run setup is needed, and who is signed in',
        response: { 200: z.object({ setupRequired: z.boolean(), me: meSchema.nullable() }), ...errors },
      },
    },
    async (request) => {
      const setupRequired = (await db.prisma.user.count()) === 0;
      const actor = request.actor;
      if (!actor) return { setupRequired, me: null };
      const user = await db.prisma.user.findUniqueOrThrow({ where: { id: actor.userId }, select: userSelect });
      return { setupRequired, me: { user: publicUser(user), via: actor.via, canWrite: actor.canWrite } };
    },
  );

  app.post(
    '/api/v1/auth/setup',
    {
      config: { auth: 'public', rateLimit: strict },
      schema: {
        tags: ['auth'],
        summary: 'First run: create the workspace owner (refused once any user exists)',
        body: z.object({ email: emailSchema, name: nameSchema, password: passwordSchema }).strict(),
        response: { 201: z.object({ user: userSchema }), ...errors },
      },
    },
    async (request, reply) => {
      const { email, name, password } = request.body;
      if ((await db.prisma.user.count()) > 0) throw alreadySetUp();
      assertPassword(password, { email, name });
      const passwordHash = await hashPassword(password);
      const { user, session } = await db.prisma.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SETUP_LOCK_KEY})`;
        if ((await tx.user.count()) > 0) throw alreadySetUp();
        const created = await tx.user.create({ data: { email, name, passwordHash, role: 'OWNER' }, select: userSelect });
        await recordAudit(tx, { userId: created.id }, { action: 'workspace.setup', entityType: 'user', entityId: created.id, details: { email } });
        return { user: created, session: await replaceSession(tx, auth, request, created.id) };
      });
      if (demoWorkspace) {
        // A failed seed must not fail the setup: the owner can still load the template by hand.
        await seedDemoWorkspace(db, { userId: user.id, role: 'OWNER', via: 'session', canWrite: true }).catch((err: unknown) =>
          request.log.error({ err }, 'demo workspace not created'),
        );
      }
      setSessionCookie(auth, request, reply, session.secret, session.absoluteExpiresAt);
      return reply.code(201).send({ user: publicUser(user) });
    },
  );

  app.post(
    '/api/v1/auth/login',
    {
      config: { auth: 'public', rateLimit: strict },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with email and password (sets the session cookie)',
        body: z.object({ email: emailSchema, password: passwordSchema }).strict(),
        response: { 200: z.object({ user: userSchema }), ...errors },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      // An email locked out by its failures is refused before any password check (so guessing there
      // tells nothing), for unknown emails alike. Only while rate limiting is on (off in most tests).
      const lockout = rateLimit.enabled ? await lockedOutFor(db.prisma, email) : 0;
      if (lockout > 0) throw lockedOut(reply, lockout);
      const found = await db.prisma.user.findUnique({ where: { email }, select: { ...userSelect, passwordHash: true } });
      // Same work whether or not the account exists: the answer time does not reveal emails.
      const ok = await verifyPassword(password, found?.passwordHash ?? (await dummyPasswordHash()));
      if (!found || !ok || found.disabledAt) {
        // Audited for an unknown email, a wrong password and a deactivated account alike (one write
        // either way, the password checked in each case), and answered identically: the answer does not
        // reveal whether an account exists or is deactivated. Nobody is signed in, so no actor; the
        // account tried, when it exists, is the entity. The email tried and the IP are kept, never the
        // password; the owner's log also says when the account was deactivated, and when this failure
        // locks the email out. The route's strict rate limit caps how many of these one IP can write.
        await db.prisma.$transaction(async (tx) => {
          const lockedForSeconds = rateLimit.enabled ? await recordLoginFailure(tx, email, rateLimit) : 0;
          await recordAudit(tx, null, {
            action: 'auth.login_failed',
            entityType: 'user',
            entityId: found?.id ?? null,
            details: { email, ip: request.ip, ...(found?.disabledAt ? { disabled: true } : {}), ...(lockedForSeconds > 0 ? { lockedForSeconds } : {}) },
          });
        });
        throw new HttpError(401, 'invalid_credentials', 'Email or password is incorrect.');
      }
      const { passwordHash: _hash, ...user } = found;
      const session = await db.prisma.$transaction(async (tx) => {
        await clearLoginFailures(tx, email);
        await recordAudit(tx, { userId: user.id }, { action: 'auth.login', entityType: 'user', entityId: user.id });
        return replaceSession(tx, auth, request, user.id);
      });
      setSessionCookie(auth, request, reply, session.secret, session.absoluteExpiresAt);
      return { user: publicUser(user) };
    },
  );

  app.post(
    '/api/v1/auth/logout',
    {
      config: { auth: 'user' },
      schema: { tags: ['auth'], summary: 'Sign out: the session is deleted on the server', response: { 204: z.null(), ...errors } },
    },
    async (request, reply) => {
      await endSession(db, auth, request, reply);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/auth/me',
    {
      config: { auth: 'user' },
      schema: { tags: ['auth'], summary: 'The signed-in user (or the token’s owner)', response: { 200: meSchema, ...errors } },
    },
    async (request) => {
      const actor = request.actor;
      if (!actor) throw new HttpError(401, 'unauthenticated', 'Sign in or send an API token.');
      const user = await db.prisma.user.findUniqueOrThrow({ where: { id: actor.userId }, select: userSelect });
      return { user: publicUser(user), via: actor.via, canWrite: actor.canWrite };
    },
  );

  app.post(
    '/api/v1/auth/password',
    {
      // Rate-limited like sign-in: the current password can be guessed here too.
      config: { auth: 'user', rateLimit: strict },
      schema: {
        tags: ['auth'],
        summary:
          'Change your own password (signed-in session only): this browser gets a new session id (Set-Cookie), every other session is signed out, API tokens stay',
        body: z.object({ currentPassword: passwordSchema, newPassword: passwordSchema }).strict(),
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      // A token is a credential of its own: whoever holds one must not be able to take over the account.
      if (actor.via !== 'session' || !actor.sessionId) {
        throw new HttpError(403, 'session_required', 'Change your password from a signed-in session, not with an API token.');
      }
      const sessionId = actor.sessionId;
      const { currentPassword, newPassword } = request.body;
      const user = await db.prisma.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { email: true, name: true, passwordHash: true } });
      if (!(await verifyPassword(currentPassword, user.passwordHash))) {
        // A guess at the current password from a signed-in session (a borrowed laptop, a stolen cookie):
        // audited with the user as actor and the IP, never the password tried. The route's strict rate
        // limit caps how many of these one IP can write (a refused 429 never reaches this handler).
        await db.prisma.$transaction((tx) =>
          recordAudit(tx, actor, { action: 'auth.password_change_failed', entityType: 'user', entityId: actor.userId, details: { ip: request.ip } }),
        );
        const message = 'Your current password is incorrect.';
        throw new HttpError(400, 'wrong_password', message, [{ path: 'currentPassword', message }]);
      }
      assertPassword(newPassword, { email: user.email, name: user.name }, 'newPassword');
      if (newPassword.normalize('NFC') === currentPassword.normalize('NFC')) {
        const message = 'The new password must differ from your current one.';
        throw new HttpError(400, 'password_unchanged', message, [{ path: 'newPassword', message }]);
      }
      const passwordHash = await hashPassword(newPassword);
      const session = await db.prisma.$transaction(async (tx) => {
        // This browser's session is replaced by a brand-new id (no fixation: whoever knew the old id,
        // say from before the change, cannot ride on the new credentials). Signed out meanwhile (another
        // tab, a deactivation): nothing is changed and the session is not revived.
        const current = await tx.session.deleteMany({ where: { id: sessionId, userId: actor.userId } });
        if (current.count === 0) throw new HttpError(401, 'unauthenticated', 'Your session has ended: sign in again.');
        await tx.user.update({ where: { id: actor.userId }, data: { passwordHash } });
        // Every other session (another browser, a stolen cookie) ends too.
        const { count } = await tx.session.deleteMany({ where: { userId: actor.userId } });
        const created = await insertSession(tx, auth, actor.userId);
        await recordAudit(tx, actor, { action: 'auth.password_change', entityType: 'user', entityId: actor.userId, details: { otherSessionsEnded: count } });
        return created;
      });
      setSessionCookie(auth, request, reply, session.secret, session.absoluteExpiresAt);
      return reply.code(204).send(null);
    },
  );
};

/** 429 for an email locked out by its failed sign-ins, with Retry-After like the per-IP limit's. */
function lockedOut(reply: FastifyReply, seconds: number) {
  reply.header('retry-after', String(seconds));
  return new HttpError(429, 'rate_limited', `Too many failed sign-ins for this email: retry in ${seconds} s.`);
}

function alreadySetUp() {
  return new HttpError(409, 'already_set_up', 'The workspace already has an owner: sign in instead.');
}
