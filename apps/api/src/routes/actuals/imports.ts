// POST/GET/DELETE /api/v1/actuals/imports: preview (dryRun) and import a file, list imports, undo one.
// Parsing a file (up to 10 MB: seconds of CPU) is a job of the worker pool (jobs/actualsJob.ts), on
// the place the request took before its body was read (503 + Retry-After when the pool is full);
// the stored-row counts and the import transaction stay here, on the main thread.
import { z } from 'zod';
import { errorBodySchema } from '../../errors';
import { requireActor } from '../../auth/actor';
import { receiveKeys, receiveRows } from '../../jobs/actualsJob';
import { jobOwner, type JobPool } from '../../jobs/pool';
import type { ActualsRepository, MappingRepository } from '../../repositories/actuals';
import { presentImport } from './present';
import * as s from './schemas';
import type { ActualsApp } from './present';

const TAGS = ['actuals'];

export function registerImportRoutes(app: ActualsApp, repo: ActualsRepository, mappings: MappingRepository, jobs: JobPool): void {
  app.post(
    '/imports',
    {
      config: { auth: 'writer', job: true },
      bodyLimit: s.IMPORT_BODY_LIMIT,
      schema: {
        tags: TAGS,
        summary: 'Preview (dryRun=true) or import a FOCUS, LiteLLM or OpenCost file; one transaction, idempotent by row key',
        querystring: s.importQuery,
        body: s.importBody,
        response: { 200: s.previewResponse, 201: s.importResponse, ...s.errors, 400: s.invalidFileSchema, 503: errorBodySchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { format, fileName, content } = request.body;
      const by = jobOwner(request, actor);
      if (request.query.dryRun) {
        const { rules } = await mappings.get();
        const parsed = await jobs.run(by, { kind: 'actuals', format, content, preview: { rules } });
        if (parsed.outcome !== 'preview') throw new Error(`an actuals preview job answered ${parsed.outcome}`);
        const stored = await repo.countStored(receiveKeys(parsed.keyChunks), parsed.preview.rows);
        return reply.code(200).send({ preview: { ...parsed.preview, ...stored } });
      }
      const parsed = await jobs.run(by, { kind: 'actuals', format, content });
      if (parsed.outcome === 'invalid') {
        const { errors } = parsed;
        const first = errors[0];
        return reply.code(400).send({
          error: {
            code: 'invalid_actuals_file',
            message: `The file has ${errors.length} problem(s)${first && first.row > 0 ? `, the first at row ${first.row}` : ''}; nothing was imported.`,
            // Row 0 is the file as a whole (its total, errors not listed).
            details: errors.map((e) => ({ path: e.row > 0 ? `content.rows[${e.row}]${e.field ? `.${e.field}` : ''}` : 'content', message: e.message })),
            issues: errors,
          },
        });
      }
      if (parsed.outcome !== 'rows') throw new Error(`an actuals import job answered ${parsed.outcome}`);
      const saved = await repo.import(actor, { format, fileName, content, rows: await receiveRows(parsed.rowChunks), totals: parsed.totals });
      return reply.code(201).send({ import: presentImport(saved) });
    },
  );

  app.get(
    '/imports',
    { config: { auth: 'user' }, schema: { tags: TAGS, summary: 'Imports, newest first (undone ones with undoneAt)', response: { 200: s.importListResponse, ...s.errors } } },
    async () => ({ imports: (await repo.list()).map(presentImport) }),
  );

  app.delete(
    '/imports/:id',
    {
      config: { auth: 'writer' },
      schema: { tags: TAGS, summary: "Undo an import: its rows are removed, the import is kept as undone", params: s.idParams, response: { 204: z.null(), ...s.errors } },
    },
    async (request, reply) => {
      await repo.undo(requireActor(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
}
