// POST/GET/DELETE /api/v1/actuals/imports: preview (dryRun) and import a file, list imports, undo one.
import { z } from 'zod';
import { parseActuals, totalsOf } from '@tokenplan/model';
import { requireActor } from '../../auth/actor';
import type { ActualsRepository, MappingRepository } from '../../repositories/actuals';
import { presentImport, presentPreview } from './present';
import * as s from './schemas';
import type { ActualsApp } from './present';

const TAGS = ['actuals'];

export function registerImportRoutes(app: ActualsApp, repo: ActualsRepository, mappings: MappingRepository): void {
  app.post(
    '/imports',
    {
      config: { auth: 'writer' },
      bodyLimit: s.IMPORT_BODY_LIMIT,
      schema: {
        tags: TAGS,
        summary: 'Preview (dryRun=true) or import a FOCUS, LiteLLM or OpenCost file; one transaction, idempotent by row key',
        querystring: s.importQuery,
        body: s.importBody,
        response: { 200: s.previewResponse, 201: s.importResponse, ...s.errors, 400: s.invalidFileSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { format, fileName, content } = request.body;
      const parsed = parseActuals(format, content);
      if (request.query.dryRun) {
        const [stored, { rules }] = await Promise.all([repo.countStored(parsed.rows), mappings.get()]);
        return reply.code(200).send({ preview: presentPreview(parsed, rules, stored) });
      }
      if (parsed.errors.length > 0) {
        const first = parsed.errors[0];
        return reply.code(400).send({
          error: {
            code: 'invalid_actuals_file',
            message: `The file has ${parsed.errors.length} problem(s)${first && first.row > 0 ? `, the first at row ${first.row}` : ''}; nothing was imported.`,
            details: parsed.errors.map((e) => ({ path: `content.rows[${e.row}]${e.field ? `.${e.field}` : ''}`, message: e.message })),
            issues: parsed.errors,
          },
        });
      }
      const saved = await repo.import(actor, { format, fileName, content, rows: parsed.rows, totals: totalsOf(parsed.rows) });
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
