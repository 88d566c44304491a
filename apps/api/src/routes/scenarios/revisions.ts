// Revisions: the history of a scenario, one revision's document, restoring one, and the diff of two.
import { requireActor } from '../../auth/actor';
import type { ScenarioRepository } from '../../repositories/scenarios';
import { diffDocuments } from '../../scenarios/diff';
import { etagOf, expectedVersions, prepareDocument } from '../../scenarios/documents';
import { validateScenario } from '../../scenarios/model';
import { present, TAGS, withStaleAnswer, type ScenarioApp } from './present';
import * as s from './schemas';

export function registerRevisionRoutes(app: ScenarioApp, repo: ScenarioRepository): void {
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
}
