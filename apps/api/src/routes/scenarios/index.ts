// /api/v1/scenarios: CRUD, revisions, diff, projection, templates, import/export (docs/api.md).
// Registered under the prefix /api/v1/scenarios. Reads need a signed-in user ('user'); writes need
// write access ('writer'); object-level access is the repository's (scenarios.ts).
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor, type Actor } from '../../auth/actor';
import { HttpError, type ErrorDetail } from '../../errors';
import {
  mayManage,
  RESTORE_WINDOW_DAYS,
  ScenarioRepository,
  StaleVersionError,
  type CreateInput,
  type ScenarioRecord,
} from '../../repositories/scenarios';
import { diffDocuments } from '../../scenarios/diff';
import { draftReport, etagOf, expectedVersions, mergePatch, noneMatch, prepareDocument } from '../../scenarios/documents';
import { exchangeFileSchema, exportFileSchema, importEntries, remapDetails } from '../../scenarios/exchange';
import { ByteBudgetCache, DEFAULT_PROJECTION_CACHE_BYTES } from '../../scenarios/lru';
import { findPreset, PRESETS, project, validateScenario } from '../../scenarios/model';
import type { RouteDeps } from '../deps';
import { asProjectionBody, type ProjectionBody } from '../../schemas/projection';
import * as s from './schemas';


const TAGS = ['scenarios'];
const MAX_EXPORT = 500;


function summary(actor: Actor, r: ScenarioRecord) {
  return {
    id: r.id,
    name: r.name,
    ownerId: r.ownerId,
    visibility: r.visibility,
    draft: r.isDraft,
    version: r.version,
    etag: etagOf(r),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    updatedById: r.updatedById,
    deletedAt: r.deletedAt ? r.deletedAt.toISOString() : null,
    permissions: { edit: actor.canWrite, manage: actor.canWrite && mayManage(actor, r) },
  };
}

function present(actor: Actor, r: ScenarioRecord) {
  const report = draftReport(r);
  return { ...summary(actor, r), document: r.document, ...(report ?? {}) };
}

/** Sends 412 with the current scenario and its ETag, so the client can merge and retry. */
async function withStaleAnswer<T>(actor: Actor, reply: FastifyReply, write: () => Promise<T>): Promise<T | FastifyReply> {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof StaleVersionError)) throw error;
    return reply
      .code(412)
      .header('etag', etagOf(error.current))
      .send({ error: { code: error.code, message: error.message }, current: present(actor, error.current) });
  }
}

export const scenarioRoutes: FastifyPluginAsyncZod<RouteDeps & { projectionCacheBytes?: number | undefined }> = async (app, { db, jobs, projectionCacheBytes }) => {
  // JSON only: a text/plain body is a 415, not a string that fails validation.
  app.removeContentTypeParser('text/plain');
  const repo = new ScenarioRepository(db);
  const projections = new ByteBudgetCache<ProjectionBody>(projectionCacheBytes ?? DEFAULT_PROJECTION_CACHE_BYTES);

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

  app.get(
    '/templates',
    {
      config: { auth: 'user' },
      schema: {
        tags: TAGS,
        summary: 'Templates a scenario can be created from (sourced presets)',
        response: { 200: s.templateListResponse, ...s.errorResponses },
      },
    },
    async () => ({
      items: PRESETS.map((p) => ({
        id: p.id,
        title: p.title,
        description: p.description,
        scenarioNames: p.scenarios.map((d) => String(d['name'])),
      })),
    }),
  );

  app.post(
    '/from-template',
    {
      config: { auth: 'writer' },
      schema: {
        tags: TAGS,
        summary: 'Create the scenario(s) of a template (a pair for comparison templates)',
        body: s.fromTemplateBody,
        response: { 201: s.createdManyResponse, ...s.errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const preset = findPreset(request.body.templateId);
      if (!preset) {
        throw new HttpError(404, 'not_found', `No template "${request.body.templateId}".`, [
          { path: 'templateId', message: `must be one of ${PRESETS.map((p) => `"${p.id}"`).join(', ')}` },
        ]);
      }
      const inputs: CreateInput[] = preset.scenarios.map((doc) => ({
        ...prepareDocument(doc, false),
        visibility: request.body.visibility,
        message: `Created from template "${preset.title}"`,
        origin: { templateId: preset.id },
      }));
      const created = await repo.createMany(actor, inputs, 'rename', (i) => `templateId(scenario ${i + 1})`);
      return reply.code(201).send({ items: created.map((r) => present(actor, r)) });
    },
  );

  app.get(
    '/trash',
    {
      config: { auth: 'user' },
      schema: {
        tags: TAGS,
        summary: `Deleted scenarios you can restore (kept ${RESTORE_WINDOW_DAYS} days)`,
        response: { 200: s.listResponse, ...s.errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const items = await repo.listDeleted(actor);
      return { items: items.map((r) => summary(actor, r)), total: items.length, limit: items.length, offset: 0 };
    },
  );

  app.get(
    '/export',
    {
      config: { auth: 'user' },
      schema: {
        tags: TAGS,
        summary: 'Export scenarios as an exchange file (current schemaVersion)',
        querystring: s.exportQuery,
        response: { 200: exportFileSchema, ...s.errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      let records: ScenarioRecord[];
      if (request.query.ids === undefined) {
        records = (await repo.list(actor, { scope: 'mine', sort: 'name', order: 'asc', limit: MAX_EXPORT, offset: 0 })).items;
      } else {
        const ids = [...new Set(request.query.ids.split(',').map((id) => id.trim()).filter((id) => id !== ''))];
        const malformed = ids.filter((id) => !UUID.test(id));
        if (ids.length === 0 || ids.length > MAX_EXPORT || malformed.length > 0) {
          throw new HttpError(400, 'validation_failed', 'ids must list 1 to 500 scenario ids separated by commas.', [
            { path: 'ids', message: malformed.length > 0 ? `not a scenario id: "${malformed[0]}"` : 'must list 1 to 500 ids' },
          ]);
        }
        records = [];
        for (const id of ids) records.push(await repo.require(actor, id));
      }
      const day = new Date().toISOString().slice(0, 10);
      // Checked and serialised in the job pool (up to 500 documents): the bytes are the JSON body.
      const json = await jobs.run(actor.userId, { kind: 'exchange', records, exportedAt: new Date() });
      return reply
        .header('content-disposition', `attachment; filename="tokenplan-scenarios-${day}.json"`)
        .header('content-type', 'application/json; charset=utf-8')
        .send(Buffer.from(json.buffer, json.byteOffset, json.byteLength) as never); // already serialised: bytes skip the serializer
    },
  );

  app.post(
    '/import',
    {
      config: { auth: 'writer' },
      schema: {
        tags: TAGS,
        summary: 'Import an exchange file: every scenario or none (older schemaVersions are migrated)',
        querystring: s.importQuery,
        body: exchangeFileSchema,
        response: { 201: s.createdManyResponse, ...s.errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { entries, migratedFrom } = importEntries(request.body);
      const inputs: CreateInput[] = [];
      const problems: ErrorDetail[] = [];
      entries.forEach((entry, index) => {
        try {
          const prepared = prepareDocument(entry.document, entry.draft, entry.documentPath);
          inputs.push({ ...prepared, visibility: entry.visibility, message: 'Imported', origin: { imported: true } });
        } catch (error) {
          if (!(error instanceof HttpError)) throw error;
          problems.push(...remapDetails(entry, error.details ?? [], index));
        }
      });
      if (problems.length > 0) {
        const rows = new Set(problems.map((p) => /^scenarios\[(\d+)\]/.exec(p.path)?.[1]).filter((r) => r !== undefined)).size;
        throw new HttpError(
          400,
          'validation_failed',
          `The file is invalid: ${problems.length} problem(s) in ${rows} scenario(s). Nothing was imported.`,
          problems,
        );
      }
      const created = await repo.createMany(actor, inputs, request.query.onNameConflict, (i) => `${entries[i]?.documentPath ?? `scenarios[${i}]`}.name`);
      return reply.code(201).send({ items: created.map((r) => present(actor, r)), migratedFrom });
    },
  );

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

  app.post(
    '/:id/restore',
    {
      config: { auth: 'writer' },
      schema: {
        tags: TAGS,
        summary: 'Bring back a deleted scenario (same version and document)',
        params: s.idParams,
        response: { 200: s.scenarioSchema, ...s.errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const restored = await repo.undelete(actor, request.params.id);
      return reply.header('etag', etagOf(restored)).send(present(actor, restored));
    },
  );

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

  app.get(
    '/:id/revisions',
    {
      config: { auth: 'user' },
      schema: {
        tags: TAGS,
        summary: 'Revision history, newest first',
        params: s.idParams,
        querystring: s.pageQuery,
        response: { 200: s.revisionListResponse, ...s.errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { items, total } = await repo.listRevisions(actor, request.params.id, request.query);
      return {
        items: items.map((r) => ({ version: r.version, message: r.message, authorId: r.authorId, createdAt: r.createdAt.toISOString() })),
        total,
        limit: request.query.limit,
        offset: request.query.offset,
      };
    },
  );

  app.get(
    '/:id/revisions/:version',
    {
      config: { auth: 'user' },
      schema: {
        tags: TAGS,
        summary: 'One revision with its full document',
        params: s.revisionParams,
        response: { 200: s.revisionSchema, ...s.errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const r = await repo.getRevision(actor, request.params.id, request.params.version);
      return { scenarioId: r.scenarioId, version: r.version, message: r.message, authorId: r.authorId, createdAt: r.createdAt.toISOString(), document: r.document };
    },
  );

  app.post(
    '/:id/revisions/:version/restore',
    {
      config: { auth: 'writer' },
      schema: {
        tags: TAGS,
        summary: 'Make an old revision current again, as a new version (If-Match required)',
        params: s.revisionParams,
        body: s.restoreRevisionBody,
        response: { 200: s.scenarioSchema, ...s.writeErrorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { id, version } = request.params;
      const expected = expectedVersions(request.headers['if-match'], id);
      const revision = await repo.getRevision(actor, id, version);
      // A revision saved as a draft comes back as a draft; a complete one is re-validated and stays complete.
      const complete = validateScenario(revision.document).ok;
      const prepared = prepareDocument(revision.document, !complete);
      return withStaleAnswer(actor, reply, async () => {
        const saved = await repo.update(actor, id, expected, () => prepared, {
          message: request.body?.message ?? `Restored revision ${version}`,
          action: 'scenario.revision_restore',
          details: { restoredVersion: version },
        });
        return reply.header('etag', etagOf(saved)).send(present(actor, saved));
      });
    },
  );

  app.get(
    '/:id/diff',
    {
      config: { auth: 'user' },
      schema: {
        tags: TAGS,
        summary: 'Field-level differences between two revisions (to defaults to the current version)',
        params: s.idParams,
        querystring: s.diffQuery,
        response: { 200: s.diffResponse, ...s.errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { id } = request.params;
      const to = request.query.to ?? (await repo.require(actor, id)).version;
      const [before, after] = await Promise.all([repo.getRevision(actor, id, request.query.from), repo.getRevision(actor, id, to)]);
      return { from: before.version, to: after.version, changes: diffDocuments(before.document, after.document) };
    },
  );

  app.get(
    '/:id/projection',
    {
      config: { auth: 'user' },
      schema: {
        tags: TAGS,
        summary: 'Projection of the stored document (or of ?revision=N), cached per revision',
        params: s.idParams,
        querystring: s.projectionQuery,
        response: { 200: s.projectionResponse, ...s.errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { id } = request.params;
      const current = await repo.require(actor, id);
      const version = request.query.revision ?? current.version;
      const key = `${id}:${version}`;
      let projection = projections.get(key);
      if (projection === undefined) {
        const document = version === current.version ? current.document : (await repo.getRevision(actor, id, version)).document;
        const result = validateScenario(document);
        if (!result.ok) {
          throw new HttpError(
            409,
            'scenario_incomplete',
            `Version ${version} is an incomplete draft: complete it to see a projection.`,
            result.issues.map((i) => ({ path: `document.${i.path}`.replace(/\.$/, ''), message: i.message })),
          );
        }
        // The model's Projection is readonly; the response schema describes the same JSON.
        projection = asProjectionBody(project(result.scenario));
        projections.set(key, projection);
      }
      reply.header('etag', `"${key}.projection"`).header('cache-control', 'private, no-cache');
      return { scenarioId: id, version, projection };
    },
  );
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
