// The exchange file: export scenarios (serialised in the job pool) and import a file, all or nothing.
import { requireActor } from '../../auth/actor';
import { HttpError, type ErrorDetail } from '../../errors';
import type { JobPool } from '../../jobs/pool';
import type { CreateInput, ScenarioRecord, ScenarioRepository } from '../../repositories/scenarios';
import { prepareDocument } from '../../scenarios/documents';
import { exchangeFileSchema, exportFileSchema, importEntries, remapDetails } from '../../scenarios/exchange';
import { present, TAGS, type ScenarioApp } from './present';
import * as s from './schemas';
import { offload } from '../../queue/routes';

const MAX_EXPORT = 500;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function registerExchangeRoutes(app: ScenarioApp, repo: ScenarioRepository, jobs: JobPool): void {
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
      const job = { kind: 'exchange', records, exportedAt: new Date() } as const;
      if (await offload(request, reply, actor.userId, job)) return reply as never; // `Prefer: respond-async` on PostgreSQL: 202
      const json = await jobs.run(actor.userId, job);
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
}
