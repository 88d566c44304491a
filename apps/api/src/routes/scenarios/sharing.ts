// GET/PUT /api/v1/scenarios/:id/sharing (docs/api.md, "Sharing"): who sees a scenario and who may
// edit it: the workspace (viewer or editor) and named members (viewer or editor). PUT needs If-Match
// with the ETag from GET (428 without, 412 with the current settings when stale). GET also lists the
// workspace's active members, the people the share dialog and @mentions choose from.
import { z } from 'zod';
import { requireActor } from '../../auth/actor';
import { errorBodySchema, HttpError } from '../../errors';
import { GrantRepository, sharingEtag, sharingVersionFromEtag, StaleSharingError, type SharingRecord } from '../../repositories/grants';
import { TAGS, type ScenarioApp } from './present';
import { errorResponses, visibilitySchema } from './schemas';
import type { Database } from '@tokenplan/db';

const shareRole = z.enum(['VIEWER', 'EDITOR']);
const member = z.object({ id: z.string(), name: z.string(), email: z.string() });
const params = z.object({ id: z.uuid() });

const sharingSchema = z.object({
  visibility: visibilitySchema,
  workspaceRole: shareRole.meta({ description: 'With visibility WORKSPACE: VIEWER (members read and comment) or EDITOR (members who may write edit it).' }),
  grants: z.array(member.extend({ role: shareRole })),
  ownerId: z.string(),
  manage: z.boolean().meta({ description: 'May you change these settings (the owner, or the workspace owner for a workspace scenario).' }),
  etag: z.string(),
});
const sharingResponse = sharingSchema.extend({ members: z.array(member).meta({ description: 'Active workspace members.' }) });

const putBody = z
  .object({
    visibility: visibilitySchema,
    workspaceRole: shareRole.default('EDITOR'),
    grants: z.array(z.object({ userId: z.uuid(), role: shareRole }).strict()).max(500),
  })
  .strict();

const present = (r: SharingRecord) => ({
  visibility: r.visibility,
  workspaceRole: r.workspaceRole,
  grants: r.grants,
  ownerId: r.ownerId,
  manage: r.manage,
  etag: sharingEtag(r.version),
});

export function registerSharingRoutes(app: ScenarioApp, db: Database): void {
  const grants = new GrantRepository(db);

  app.get(
    '/:id/sharing',
    { config: { auth: 'user' }, schema: { tags: TAGS, summary: 'Who this scenario is shared with, and the members it can be shared with', params, response: { 200: sharingResponse, ...errorResponses } } },
    async (request, reply) => {
      const [sharing, members] = await Promise.all([grants.get(requireActor(request), request.params.id), grants.members()]);
      return reply.header('etag', sharingEtag(sharing.version)).send({ ...present(sharing), members });
    },
  );

  app.put(
    '/:id/sharing',
    {
      config: { auth: 'writer' },
      schema: {
        tags: TAGS,
        summary: 'Share with the workspace or named members, as viewer or editor (owner; If-Match required)',
        params,
        body: putBody,
        response: { 200: sharingSchema, ...errorResponses, 412: errorBodySchema.extend({ current: sharingSchema }), 428: errorBodySchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const header = request.headers['if-match'];
      if (header === undefined) throw new HttpError(428, 'precondition_required', 'Send If-Match with the ETag from GET /api/v1/scenarios/:id/sharing.');
      const expected = sharingVersionFromEtag(header) ?? -1;
      try {
        const saved = await grants.put(actor, request.params.id, expected, request.body);
        return reply.header('etag', sharingEtag(saved.version)).send(present(saved));
      } catch (error) {
        if (!(error instanceof StaleSharingError)) throw error;
        return reply
          .code(412)
          .header('etag', sharingEtag(error.current.version))
          .send({ error: { code: error.code, message: error.message }, current: present(error.current) });
      }
    },
  );
}
