// Invitations: the owner creates a single-use, expiring link; the invitee chooses a name and password.
// The secret travels in the link's #fragment and in request bodies, never in a URL the server logs.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../audit';
import { hashPassword } from '../auth/passwords';
import { hashSecret, INVITE_PREFIX, newSecret } from '../auth/secrets';
import { replaceSession, setSessionCookie } from '../auth/sessions';
import { HttpError } from '../errors';
import { strictRateLimit } from '../plugins/security';
import { assertPassword } from './auth';
import type { RouteDeps } from './deps';
import { emailSchema, errors, nameSchema, passwordSchema, publicUser, uuidParam, userSchema, userSelect } from './schemas';

const inviteRole = z.enum(['EDITOR', 'VIEWER']);
const inviteSecret = z.string().regex(/^inv_[A-Za-z0-9_-]{43}$/, 'is not an invite code');

const inviteSchema = z.object({
  id: z.string(),
  email: z.string().nullable(),
  role: inviteRole.or(z.literal('OWNER')),
  createdAt: z.date(),
  expiresAt: z.date(),
  usedAt: z.date().nullable(),
  usedBy: z.object({ id: z.string(), name: z.string(), email: z.string() }).nullable(),
  status: z.enum(['pending', 'used', 'expired']),
});

export const inviteRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { db, auth, rateLimit }) => {
  const strict = strictRateLimit(rateLimit);

  async function view(id: string) {
    const invite = await db.prisma.invite.findUniqueOrThrow({ where: { id } });
    const usedBy = invite.usedById
      ? await db.prisma.user.findUnique({ where: { id: invite.usedById }, select: { id: true, name: true, email: true } })
      : null;
    const status = invite.usedAt ? 'used' : invite.expiresAt <= new Date() ? 'expired' : 'pending';
    const { tokenHash: _h, createdById: _c, usedById: _u, ...rest } = invite;
    return { ...rest, usedBy, status } as const;
  }

  app.get(
    '/api/v1/invites',
    {
      config: { auth: 'owner' },
      schema: { tags: ['users'], summary: 'Invitations, newest first (owner)', response: { 200: z.object({ invites: z.array(inviteSchema) }), ...errors } },
    },
    async () => {
      const rows = await db.prisma.invite.findMany({ orderBy: { createdAt: 'desc' }, take: 200, select: { id: true } });
      return { invites: await Promise.all(rows.map((r) => view(r.id))) };
    },
  );

  app.post(
    '/api/v1/invites',
    {
      config: { auth: 'owner' },
      schema: {
        tags: ['users'],
        summary: 'Create a single-use invite link (owner); the code is shown once',
        body: z
          .object({ role: inviteRole, email: emailSchema.optional(), expiresInHours: z.number().int().min(1).max(720).optional() })
          .strict(),
        response: { 201: z.object({ invite: inviteSchema, code: z.string(), path: z.string() }), ...errors },
      },
    },
    async (request, reply) => {
      const actor = request.actor;
      if (!actor) throw new HttpError(401, 'unauthenticated', 'Sign in.');
      const { role, email, expiresInHours } = request.body;
      if (email && (await db.prisma.user.findUnique({ where: { email } }))) {
        throw new HttpError(409, 'email_taken', 'A user with this email already exists.', [{ path: 'email', message: 'Already a user.' }]);
      }
      const code = newSecret(INVITE_PREFIX);
      const expiresAt = new Date(Date.now() + (expiresInHours ?? auth.inviteHours) * 3_600_000);
      const invite = await db.prisma.$transaction(async (tx) => {
        const created = await tx.invite.create({
          data: { tokenHash: hashSecret(code), role, email: email ?? null, createdById: actor.userId, expiresAt },
        });
        await recordAudit(tx, actor, { action: 'invite.create', entityType: 'invite', entityId: created.id, details: { role, email: email ?? null, expiresAt: expiresAt.toISOString() } });
        return created;
      });
      return reply.code(201).send({ invite: await view(invite.id), code, path: `/invite#${code}` });
    },
  );

  app.delete(
    '/api/v1/invites/:id',
    {
      config: { auth: 'owner' },
      schema: { tags: ['users'], summary: 'Revoke an unused invite (owner)', params: uuidParam, response: { 204: z.null(), ...errors } },
    },
    async (request, reply) => {
      const now = new Date();
      await db.prisma.$transaction(async (tx) => {
        const { count } = await tx.invite.updateMany({ where: { id: request.params.id, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
        if (count === 0) throw new HttpError(404, 'not_found', 'No pending invite with this id.');
        await recordAudit(tx, request.actor, { action: 'invite.revoke', entityType: 'invite', entityId: request.params.id });
      });
      return reply.code(204).send(null);
    },
  );

  const codeBody = z.object({ code: inviteSecret }).strict();

  async function pendingInvite(code: string) {
    const invite = await db.prisma.invite.findUnique({ where: { tokenHash: hashSecret(code) } });
    if (!invite || invite.usedAt || invite.expiresAt <= new Date()) {
      throw new HttpError(404, 'invite_invalid', 'This invite link is invalid, already used or expired. Ask the workspace owner for a new one.');
    }
    return invite;
  }

  app.post(
    '/api/v1/invites/inspect',
    {
      config: { auth: 'public', rateLimit: strict },
      schema: {
        tags: ['users'],
        summary: 'What an invite code grants (before accepting it)',
        body: codeBody,
        response: { 200: z.object({ role: inviteRole.or(z.literal('OWNER')), email: z.string().nullable(), expiresAt: z.date() }), ...errors },
      },
    },
    async (request) => {
      const invite = await pendingInvite(request.body.code);
      return { role: invite.role, email: invite.email, expiresAt: invite.expiresAt };
    },
  );

  app.post(
    '/api/v1/invites/accept',
    {
      config: { auth: 'public', rateLimit: strict },
      schema: {
        tags: ['users'],
        summary: 'Accept an invite: create the account and sign in',
        body: z.object({ code: inviteSecret, email: emailSchema, name: nameSchema, password: passwordSchema }).strict(),
        response: { 201: z.object({ user: userSchema }), ...errors },
      },
    },
    async (request, reply) => {
      const { code, email, name, password } = request.body;
      const invite = await pendingInvite(code);
      if (invite.email && invite.email !== email) {
        throw new HttpError(400, 'email_mismatch', 'This invite is for another email address.', [{ path: 'email', message: 'Use the invited address.' }]);
      }
      assertPassword(password, { email, name });
      if (await db.prisma.user.findUnique({ where: { email } })) {
        throw new HttpError(409, 'email_taken', 'A user with this email already exists: sign in instead.', [{ path: 'email', message: 'Already a user.' }]);
      }
      const passwordHash = await hashPassword(password);
      const { user, session } = await db.prisma.$transaction(async (tx) => {
        const now = new Date();
        // Single use, even under concurrent acceptance: only one request flips usedAt.
        const { count } = await tx.invite.updateMany({ where: { id: invite.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
        if (count !== 1) throw new HttpError(404, 'invite_invalid', 'This invite link was just used or revoked.');
        const created = await tx.user.create({ data: { email, name, passwordHash, role: invite.role }, select: userSelect });
        await tx.invite.update({ where: { id: invite.id }, data: { usedById: created.id } });
        await recordAudit(tx, { userId: created.id }, { action: 'invite.accept', entityType: 'user', entityId: created.id, details: { inviteId: invite.id, role: invite.role, email } });
        return { user: created, session: await replaceSession(tx, auth, request, created.id) };
      });
      setSessionCookie(auth, request, reply, session.secret, session.absoluteExpiresAt);
      return reply.code(201).send({ user: publicUser(user) });
    },
  );
};
