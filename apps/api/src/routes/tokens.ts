// Personal API tokens: each user lists, creates (the secret is shown once) and revokes their own.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { safeText } from '@tokenplan/model';
import { recordAudit } from '../audit';
import { tokenDisplayPrefix } from '../auth/apiTokens';
import { hashSecret, newSecret, TOKEN_PREFIX } from '../auth/secrets';
import { HttpError } from '../errors';
import type { RouteDeps } from './deps';
import { errors, uuidParam } from './schemas';

const scopeSchema = z.enum(['READ', 'READ_WRITE']);
const tokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  scope: scopeSchema,
  createdAt: z.date(),
  lastUsedAt: z.date().nullable(),
  expiresAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
});
const tokenSelect = { id: true, name: true, prefix: true, scope: true, createdAt: true, lastUsedAt: true, expiresAt: true, revokedAt: true } as const;

export const tokenRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { db }) => {
  app.get(
    '/api/v1/tokens',
    {
      config: { auth: 'user' },
      schema: { tags: ['tokens'], summary: 'Your API tokens (secrets are never shown again)', response: { 200: z.object({ tokens: z.array(tokenSchema) }), ...errors } },
    },
    async (request) => {
      const userId = request.actor?.userId ?? '';
      return { tokens: await db.prisma.apiToken.findMany({ where: { userId }, orderBy: { createdAt: 'desc' }, select: tokenSelect }) };
    },
  );

  app.post(
    '/api/v1/tokens',
    {
      config: { auth: 'user' },
      schema: {
        tags: ['tokens'],
        summary: 'Create an API token for `Authorization: Bearer` (signed-in session only; secret shown once)',
        body: z
          .object({ name: safeText().trim().min(1).max(100), scope: scopeSchema, expiresInDays: z.number().int().min(1).max(3650).optional() })
          .strict(),
        response: { 201: z.object({ token: tokenSchema, secret: z.string() }), ...errors },
      },
    },
    async (request, reply) => {
      const actor = request.actor;
      if (!actor) throw new HttpError(401, 'unauthenticated', 'Sign in.');
      if (actor.via !== 'session') throw new HttpError(403, 'session_required', 'API tokens are created from a signed-in session, not with another token.');
      const { name, scope, expiresInDays } = request.body;
      if (scope === 'READ_WRITE' && actor.role === 'VIEWER') {
        throw new HttpError(403, 'forbidden', 'Viewers can only create read tokens.', [{ path: 'scope', message: 'Use READ.' }]);
      }
      const secret = newSecret(TOKEN_PREFIX);
      const token = await db.prisma.$transaction(async (tx) => {
        const created = await tx.apiToken.create({
          data: {
            userId: actor.userId,
            name,
            scope,
            tokenHash: hashSecret(secret),
            prefix: tokenDisplayPrefix(secret),
            expiresAt: expiresInDays ? new Date(Date.now() + expiresInDays * 86_400_000) : null,
          },
          select: tokenSelect,
        });
        await recordAudit(tx, actor, { action: 'token.create', entityType: 'api_token', entityId: created.id, details: { name, scope } });
        return created;
      });
      return reply.code(201).send({ token, secret });
    },
  );

  app.delete(
    '/api/v1/tokens/:id',
    {
      config: { auth: 'user' },
      schema: { tags: ['tokens'], summary: 'Revoke one of your API tokens', params: uuidParam, response: { 204: z.null(), ...errors } },
    },
    async (request, reply) => {
      const actor = request.actor;
      if (!actor) throw new HttpError(401, 'unauthenticated', 'Sign in.');
      // Someone else's token is as absent as a missing one: 404, not 403.
      await db.prisma.$transaction(async (tx) => {
        const { count } = await tx.apiToken.updateMany({
          where: { id: request.params.id, userId: actor.userId, revokedAt: null },
          data: { revokedAt: new Date() },
        });
        if (count === 0) throw new HttpError(404, 'not_found', 'No active token of yours with this id.');
        await recordAudit(tx, actor, { action: 'token.revoke', entityType: 'api_token', entityId: request.params.id });
      });
      return reply.code(204).send(null);
    },
  );
};
