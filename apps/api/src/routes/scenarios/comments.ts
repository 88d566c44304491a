// GET/POST /api/v1/scenarios/:id/comments, PATCH/DELETE …/comments/:commentId (docs/api.md,
// "Comments"). Readers of the scenario comment (viewers too: 'user' auth; the repository refuses a
// read-only token); authors edit and delete their own.
import { z } from 'zod';
import { safeText } from '@tokenplan/model';
import { requireActor } from '../../auth/actor';
import { CommentRepository, type CommentRecord } from '../../repositories/comments';
import { TAGS, type ScenarioApp } from './present';
import { errorResponses } from './schemas';
import type { Database } from '@tokenplan/db';

const params = z.object({ id: z.uuid() });
const commentParams = params.extend({ commentId: z.uuid() });
// safeText: NUL made PostgreSQL fail the insert (500); unpaired surrogates and control characters are refused as in every other text field.
const text = safeText({ multiline: true }).trim().min(1, 'Write something first.').max(4000, 'Keep a comment under 4,000 characters.');

const commentSchema = z.object({
  id: z.string(),
  parentId: z.string().nullable().meta({ description: 'The comment this replies to (threads are one level deep).' }),
  authorId: z.string().nullable(),
  authorName: z.string().nullable(),
  body: z.string().meta({ description: 'Text; a mention is written <@user-id>. Empty once deleted.' }),
  mentions: z.array(z.object({ id: z.string(), name: z.string() })),
  createdAt: z.string(),
  editedAt: z.string().nullable(),
  deletedAt: z.string().nullable(),
});

const present = (c: CommentRecord) => ({
  id: c.id,
  parentId: c.parentId,
  authorId: c.authorId,
  authorName: c.authorName,
  body: c.body,
  mentions: c.mentions,
  createdAt: c.createdAt.toISOString(),
  editedAt: c.editedAt?.toISOString() ?? null,
  deletedAt: c.deletedAt?.toISOString() ?? null,
});

export function registerCommentRoutes(app: ScenarioApp, db: Database): void {
  const comments = new CommentRepository(db);

  app.get(
    '/:id/comments',
    { config: { auth: 'user' }, schema: { tags: TAGS, summary: 'Comments on a scenario, oldest first', params, response: { 200: z.object({ comments: z.array(commentSchema) }), ...errorResponses } } },
    async (request) => ({ comments: (await comments.list(requireActor(request), request.params.id)).map(present) }),
  );

  app.post(
    '/:id/comments',
    {
      config: { auth: 'user' },
      schema: {
        tags: TAGS,
        summary: 'Comment (or reply with parentId); anyone who may read the scenario',
        params,
        body: z.object({ body: text, parentId: z.uuid().optional() }).strict(),
        response: { 201: z.object({ comment: commentSchema }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const created = await comments.create(requireActor(request), request.params.id, request.body);
      return reply.code(201).send({ comment: present(created) });
    },
  );

  app.patch(
    '/:id/comments/:commentId',
    {
      config: { auth: 'user' },
      schema: { tags: TAGS, summary: 'Edit your own comment', params: commentParams, body: z.object({ body: text }).strict(), response: { 200: z.object({ comment: commentSchema }), ...errorResponses } },
    },
    async (request) => ({ comment: present(await comments.change(requireActor(request), request.params.id, request.params.commentId, request.body.body)) }),
  );

  app.delete(
    '/:id/comments/:commentId',
    { config: { auth: 'user' }, schema: { tags: TAGS, summary: 'Delete your own comment (its replies stay)', params: commentParams, response: { 200: z.object({ comment: commentSchema }), ...errorResponses } } },
    async (request) => ({ comment: present(await comments.change(requireActor(request), request.params.id, request.params.commentId, null)) }),
  );
}
