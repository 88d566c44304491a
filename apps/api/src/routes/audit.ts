// The audit log (owner): newest first, cursor-paginated, filterable by entity and action.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { queryInt } from './numbers';
import { safeText } from '@tokenplan/model';
import type { RouteDeps } from './deps';
import { errors } from './schemas';

const eventSchema = z.object({
  id: z.string(),
  createdAt: z.date(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  details: z.unknown(),
  actor: z.object({ id: z.string(), name: z.string(), email: z.string() }).nullable(),
});

export const auditRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { db }) => {
  app.get(
    '/api/v1/audit',
    {
      config: { auth: 'owner' },
      schema: {
        tags: ['audit'],
        summary: 'Who created, changed, shared, deleted or restored what, and when (owner)',
        querystring: z
          .object({
            limit: queryInt(1, 200).default(50),
            cursor: z.uuid().optional(),
            entityType: safeText().max(50).optional(),
            entityId: safeText().max(100).optional(),
            action: safeText().max(100).optional(),
          })
          .strict(),
        response: { 200: z.object({ events: z.array(eventSchema), nextCursor: z.string().nullable() }), ...errors },
      },
    },
    async (request) => {
      const { limit, cursor, entityType, entityId, action } = request.query;
      const rows = await db.prisma.auditEvent.findMany({
        where: { ...(entityType ? { entityType } : {}), ...(entityId ? { entityId } : {}), ...(action ? { action } : {}) },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: limit + 1,
        ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
        include: { actor: { select: { id: true, name: true, email: true } } },
      });
      const page = rows.slice(0, limit);
      const events = page.map(({ actorId: _a, details, ...e }) => ({ ...e, details: details ?? null }));
      return { events, nextCursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null };
    },
  );
};
