// Workspace members (owner): list and change roles. Roles are read on every request, so a change
// applies to the user's existing sessions and tokens at once.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../audit';
import { HttpError } from '../errors';
import type { RouteDeps } from './deps';
import { errors, roleSchema, uuidParam, userSchema, userSelect } from './schemas';

export const userRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { db }) => {
  app.get(
    '/api/v1/users',
    {
      config: { auth: 'owner' },
      schema: { tags: ['users'], summary: 'Workspace members (owner)', response: { 200: z.object({ users: z.array(userSchema) }), ...errors } },
    },
    async () => ({ users: await db.prisma.user.findMany({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: userSelect }) }),
  );

  app.patch(
    '/api/v1/users/:id',
    {
      config: { auth: 'owner' },
      schema: {
        tags: ['users'],
        summary: 'Change a member’s role (owner; not your own)',
        params: uuidParam,
        body: z.object({ role: roleSchema }).strict(),
        response: { 200: z.object({ user: userSchema }), ...errors },
      },
    },
    async (request) => {
      const actor = request.actor;
      if (!actor) throw new HttpError(401, 'unauthenticated', 'Sign in.');
      const { id } = request.params;
      if (id === actor.userId) {
        throw new HttpError(409, 'own_role', 'You cannot change your own role: the workspace would lose its owner.');
      }
      const before = await db.prisma.user.findUnique({ where: { id }, select: { role: true } });
      if (!before) throw new HttpError(404, 'not_found', 'No user with this id.');
      const user = await db.prisma.user.update({ where: { id }, data: { role: request.body.role }, select: userSelect });
      if (before.role !== user.role) {
        await recordAudit(db.prisma, actor, { action: 'user.role_change', entityType: 'user', entityId: id, details: { from: before.role, to: user.role } });
      }
      return { user };
    },
  );
};
