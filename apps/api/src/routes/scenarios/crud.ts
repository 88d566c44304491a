// The scenario itself: list, create, read (ETag, 304), replace, patch, delete (soft) and duplicate.
import { requireActor } from '../../auth/actor';
import { RESTORE_WINDOW_DAYS, type ScenarioRepository } from '../../repositories/scenarios';
import { etagOf, expectedVersions, mergePatch, noneMatch, prepareDocument } from '../../scenarios/documents';
import { present, summary, TAGS, withStaleAnswer, type ScenarioApp } from './present';
import * as s from './schemas';

/** GET and POST /api/v1/scenarios. */
export function registerListAndCreate(app: ScenarioApp, repo: ScenarioRepository): void {
  // '' (not '/'): exactly /api/v1/scenarios, without a second trailing-slash route.
  app.get(
    '',
    {
      config: { auth: 'user' },
      schema: {
        tags: TAGS,
        summary: 'List scenarios you can read (yours and shared ones), searchable, sorted, paginated',
        querystring: s.listQuery,
        response: { 200: s.listResponse, ...s.errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const q = request.query;
      const { items, total } = await repo.list(actor, q);
      return { items: items.map((r) => summary(actor, r)), total, limit: q.limit, offset: q.offset };
    },
  );

  app.post(
    '',
    {
      config: { auth: 'writer' },
      schema: {
        tags: TAGS,
        summary: 'Create a scenario from a document (complete, or an explicit draft)',
        body: s.createBody,
        response: { 201: s.scenarioSchema, ...s.errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { document, draft, visibility, message } = request.body;
      const prepared = prepareDocument(document, draft);
      const created = await repo.create(actor, { ...prepared, visibility, message });
      return reply.code(201).header('location', `/api/v1/scenarios/${created.id}`).header('etag', etagOf(created)).send(present(actor, created));
    },
  );
}

/** One scenario by id: read, replace, patch, delete. */
export function registerScenarioRoutes(app: ScenarioApp, repo: ScenarioRepository): void {
  app.get(
    '/:id',
    {
      config: { auth: 'user' },
      schema: {
        tags: TAGS,
        summary: 'One scenario with its document (ETag header; If-None-Match answers 304)',
        params: s.idParams,
        response: { 200: s.scenarioSchema, 304: s.notModified, ...s.errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const record = await repo.require(actor, request.params.id);
      const etag = etagOf(record);
      reply.header('etag', etag).header('cache-control', 'private, no-cache');
      if (noneMatch(request.headers['if-none-match'], etag)) return reply.code(304).send(null);
      return present(actor, record);
    },
  );

  app.put(
    '/:id',
    {
      config: { auth: 'writer' },
      schema: {
        tags: TAGS,
        summary: 'Replace the document (If-Match required): a new version and revision',
        params: s.idParams,
        body: s.putBody,
        response: { 200: s.scenarioSchema, ...s.writeErrorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { id } = request.params;
      const expected = expectedVersions(request.headers['if-match'], id);
      const { document, draft, visibility, message } = request.body;
      const prepared = prepareDocument(document, draft);
      return withStaleAnswer(actor, reply, async () => {
        const saved = await repo.update(actor, id, expected, () => ({ ...prepared, visibility }), { message });
        return reply.header('etag', etagOf(saved)).send(present(actor, saved));
      });
    },
  );

  app.patch(
    '/:id',
    {
      config: { auth: 'writer' },
      schema: {
        tags: TAGS,
        summary: 'Change some fields (rename, merge-patch the document, draft flag, visibility; If-Match required)',
        params: s.idParams,
        body: s.patchBody,
        response: { 200: s.scenarioSchema, ...s.writeErrorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { id } = request.params;
      const expected = expectedVersions(request.headers['if-match'], id);
      const body = request.body;
      return withStaleAnswer(actor, reply, async () => {
        const saved = await repo.update(
          actor,
          id,
          expected,
          (current) => {
            let document = body.document === undefined ? current.document : (mergePatch(current.document, body.document) as Record<string, unknown>);
            if (body.name !== undefined) document = { ...document, name: body.name };
            return { ...prepareDocument(document, body.draft ?? current.isDraft), visibility: body.visibility };
          },
          { message: body.message },
        );
        return reply.header('etag', etagOf(saved)).send(present(actor, saved));
      });
    },
  );

  app.delete(
    '/:id',
    {
      config: { auth: 'writer' },
      schema: {
        tags: TAGS,
        summary: `Delete (soft: restorable for ${RESTORE_WINDOW_DAYS} days; If-Match required)`,
        params: s.idParams,
        response: { 200: s.deletedResponse, ...s.writeErrorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { id } = request.params;
      const expected = expectedVersions(request.headers['if-match'], id);
      return withStaleAnswer(actor, reply, async () => {
        const deleted = await repo.softDelete(actor, id, expected);
        const deletedAt = deleted.deletedAt ?? new Date();
        const until = new Date(deletedAt.getTime() + RESTORE_WINDOW_DAYS * 24 * 3600 * 1000);
        return reply.send({ id, deletedAt: deletedAt.toISOString(), restorableUntil: until.toISOString() });
      });
    },
  );
}

/** POST /:id/duplicate. */
export function registerDuplicate(app: ScenarioApp, repo: ScenarioRepository): void {
  app.post(
    '/:id/duplicate',
    {
      config: { auth: 'writer' },
      schema: {
        tags: TAGS,
        summary: 'Copy a scenario into a new private scenario of yours ("<name> (copy)" unless named)',
        params: s.idParams,
        body: s.duplicateBody,
        response: { 201: s.scenarioSchema, ...s.errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const copy = await repo.duplicate(actor, request.params.id, request.body?.name);
      return reply.code(201).header('location', `/api/v1/scenarios/${copy.id}`).header('etag', etagOf(copy)).send(present(actor, copy));
    },
  );
}
