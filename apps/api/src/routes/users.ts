// Workspace members (owner): list, change roles, deactivate and reactivate. Roles and deactivation are
// read on every request, so a change applies to the user's existing sessions and tokens at once.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../audit';
import { requireActor } from '../auth/actor';
import { HttpError } from '../errors';
import type { RouteDeps } from './deps';
import { errors, publicUser, roleSchema, uuidParam, userSchema, userSelect } from './schemas';

// Any fixed key (setup uses another): serialises changes to members, so two owners demoting or
// deactivating each other at the same moment cannot leave the workspace without an active owner.
const MEMBERS_LOCK_KEY = 727_274_003;

export const userRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { db }) => {
  app.get(
    '/api/v1/users',
    {
      config: { auth: 'owner' },
      schema: { tags: ['users'], summary: 'Workspace members (owner)', response: { 200: z.object({ users: z.array(userSchema) }), ...errors } },
    },
    async () => {
      const users = await db.prisma.user.findMany({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: userSelect });
      return { users: users.map(publicUser) };
    },
  );

  // Names only, for any signed-in user: the web names who saved, restored or imported ("last edited by",
  // history, actuals). Deactivated members too (they authored history); e-mails stay on /users (owner).
  app.get(
    '/api/v1/people',
    {
      config: { auth: 'user' },
      schema: {
        tags: ['users'],
        summary: 'Every member’s id and name, no e-mail (any signed-in user)',
        response: { 200: z.object({ people: z.array(z.object({ id: z.string(), name: z.string() })) }), ...errors },
      },
    },
    async () => ({ people: await db.prisma.user.findMany({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { id: true, name: true } }) }),
  );

  app.patch(
    '/api/v1/users/:id',
    {
      config: { auth: 'owner' },
      schema: {
        tags: ['users'],
        summary: 'Change a member’s role, or deactivate / reactivate them (owner; not yourself)',
        params: uuidParam,
        body: z
          .object({ role: roleSchema.optional(), disabled: z.boolean().optional() })
          .strict()
          .refine((body) => body.role !== undefined || body.disabled !== undefined, { message: 'Send role, disabled or both.' }),
        response: { 200: z.object({ user: userSchema }), ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { id } = request.params;
      const { role, disabled } = request.body;
      if (id === actor.userId) {
        throw role !== undefined
          ? new HttpError(409, 'own_role', 'You cannot change your own role: the workspace would lose its owner.')
          : new HttpError(409, 'own_account', 'You cannot deactivate or reactivate your own account.');
      }
      const user = await db.prisma.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(${MEMBERS_LOCK_KEY})`;
        const before = await tx.user.findUnique({ where: { id }, select: { role: true, disabledAt: true, email: true } });
        if (!before) throw new HttpError(404, 'not_found', 'No user with this id.');
        const wasActive = before.disabledAt === null;
        const willBeActive = disabled === undefined ? wasActive : !disabled;
        const newRole = role ?? before.role;
        // The last active owner keeps the role and stays active (counted under the lock).
        if (before.role === 'OWNER' && wasActive && (newRole !== 'OWNER' || !willBeActive)) {
          const otherOwners = await tx.user.count({ where: { role: 'OWNER', disabledAt: null, id: { not: id } } });
          if (otherOwners === 0) {
            throw new HttpError(409, 'last_owner', 'This is the workspace’s last active owner: make another member owner first.');
          }
        }
        const now = new Date();
        const updated = await tx.user.update({
          where: { id },
          data: { role: newRole, ...(willBeActive === wasActive ? {} : { disabledAt: willBeActive ? null : now }) },
          select: userSelect,
        });
        if (before.role !== updated.role) {
          await recordAudit(tx, actor, { action: 'user.role_change', entityType: 'user', entityId: id, details: { from: before.role, to: updated.role } });
        }
        if (wasActive && !willBeActive) {
          // Deactivation takes effect at once: sessions end, API tokens are revoked (reactivation does not
          // bring them back), and the invite links the member created stop working, so they cannot come
          // back through a link of their own under another email.
          const sessions = await tx.session.deleteMany({ where: { userId: id } });
          const tokens = await tx.apiToken.updateMany({ where: { userId: id, revokedAt: null }, data: { revokedAt: now } });
          const invites = await tx.invite.updateMany({ where: { createdById: id, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
          await recordAudit(tx, actor, {
            action: 'user.disable',
            entityType: 'user',
            entityId: id,
            details: { email: before.email, sessionsEnded: sessions.count, apiCredentialsRevoked: tokens.count, invitesRevoked: invites.count },
          });
        }
        if (!wasActive && willBeActive) {
          await recordAudit(tx, actor, { action: 'user.enable', entityType: 'user', entityId: id, details: { email: before.email } });
        }
        return updated;
      });
      return { user: publicUser(user) };
    },
  );
};
