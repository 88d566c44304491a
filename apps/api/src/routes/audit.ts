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
  entity: z
    .object({ name: z.string().nullable(), deleted: z.boolean() })
    .nullable()
    .meta({ description: 'The scenario or member named now (name null and deleted true when it no longer exists); null for other kinds.' }),
});

/** Names of the scenarios and members a page of events points at, so the log reads in words, not ids. */
async function entityNames(db: RouteDeps['db'], events: readonly { entityType: string; entityId: string | null }[]) {
  const ids = (type: string) => [...new Set(events.flatMap((e) => (e.entityType === type && e.entityId ? [e.entityId] : [])))];
  const uuid = /^[0-9a-f-]{36}$/i;
  const [scenarios, users] = await Promise.all([
    db.prisma.scenario.findMany({ where: { id: { in: ids('scenario').filter((id) => uuid.test(id)) } }, select: { id: true, name: true, deletedAt: true } }),
    db.prisma.user.findMany({ where: { id: { in: ids('user').filter((id) => uuid.test(id)) } }, select: { id: true, name: true } }),
  ]);
  const names = new Map<string, { name: string | null; deleted: boolean }>();
  for (const s of scenarios) names.set(`scenario:${s.id}`, { name: s.name, deleted: s.deletedAt !== null });
  for (const u of users) names.set(`user:${u.id}`, { name: u.name, deleted: false });
  return (type: string, id: string | null) =>
    id === null || (type !== 'scenario' && type !== 'user') ? null : (names.get(`${type}:${id}`) ?? { name: null, deleted: true });
}

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
      const nameOf = await entityNames(db, page);
      const events = page.map(({ actorId: _a, details, ...e }) => ({ ...e, details: details ?? null, entity: nameOf(e.entityType, e.entityId) }));
      return { events, nextCursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null };
    },
  );
};
