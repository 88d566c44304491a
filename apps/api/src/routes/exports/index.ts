// Board-ready exports (docs/exports.md): XLSX workbook, CSV tables and the PDF board pack.
// - GET  /api/v1/scenarios/:id/export.{xlsx,csv,pdf}: a stored scenario the caller may read
//   (anyone else's private scenario is 404, as everywhere);
// - POST /api/v1/exports/{xlsx,csv,pdf}: unsaved scenario documents and/or stored ids, one
//   scenario or a comparison of 2–6.
// Exports are reads: config.auth 'user'. Validation, projection and layout run in the job pool
// (jobs/exportJob.ts): a full pool is 503 with Retry-After. Answers carry the file's content type and a
// `Content-Disposition: attachment` name `tokenplan-<scenario-slug>-<yyyy-mm-dd>.<ext>`.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor, type Actor } from '../../auth/actor';
import { errorBodySchema } from '../../errors';
import { ScenarioRepository } from '../../repositories/scenarios';
import { varianceInput } from '../scenarios/versions';
import { exportFileName } from '../../exports/content';
import { CSV_TABLES } from '../../exports/csv';
import { PAPER_SIZES, type MonteCarloRun } from '../../exports/pdf/index';
import { MAX_PATHS } from '../../exports/model';
import type { ExportFormat, SubjectInput } from '../../jobs/exportJob';
import { jobOwner, type JobPool, type JobTicket } from '../../jobs/pool';
import { distributionsSchema } from '../analysis/schemas';
import { offload } from '../../queue/routes';
import { queryInt } from '../numbers';
import type { RouteDeps } from '../deps';

const TAGS = ['exports'];
import { MAX_COMPARE } from '@tokenplan/model';

export const CONTENT_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8; header=present',
  pdf: 'application/pdf',
} as const;
type Format = ExportFormat;

const errorResponses = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema, 429: errorBodySchema, 503: errorBodySchema };
const idParams = z.strictObject({ id: z.uuid({ error: 'must be a scenario id (UUID)' }) });
const csvOptions = {
  table: z.enum(CSV_TABLES).default('ledger').describe('Which table: the monthly ledger, the allocation by application and idle platform, fiscal years, the assumptions, the platforms by month, the API options by month, or the KPIs.'),
  bom: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe('Start with a UTF-8 byte order mark (for Excel on Windows).'),
};
// Query strings: digits only (numbers.ts); the POST body takes JSON integers.
const monteCarloPaths = queryInt(1, MAX_PATHS);
const monteCarloSeed = queryInt(0, 4_294_967_295);
const bodyPaths = z.number().int().min(1).max(MAX_PATHS);
const bodySeed = z.number().int().min(0).max(4_294_967_295);
const pdfOptions = {
  paper: z.enum(PAPER_SIZES).default('a4').describe('Page size: a4 or letter.'),
  monteCarloPaths: monteCarloPaths.optional().describe('Add the Monte Carlo page: number of paths of the run (as in the app).'),
  monteCarloSeed: monteCarloSeed.optional().describe('Seed of that run (default 1).'),
};

const scenarioRef = z.union([
  z.strictObject({ id: z.uuid({ error: 'must be a scenario id (UUID)' }) }),
  z.strictObject({ document: z.record(z.string(), z.unknown()) }),
]);
const postBody = z
  .strictObject({
    scenario: z.record(z.string(), z.unknown()).optional().describe('One unsaved scenario document (spec §2).'),
    scenarios: z
      .array(scenarioRef)
      .min(1)
      .max(MAX_COMPARE, { error: `compare at most ${MAX_COMPARE} scenarios` })
      .optional()
      .describe('1 scenario, or 2–6 to compare: each a stored `{ id }` or an unsaved `{ document }`.'),
    table: csvOptions.table.optional(),
    bom: z.boolean().optional(),
    paper: pdfOptions.paper.optional(),
    monteCarlo: z
      .strictObject({ paths: bodyPaths, seed: bodySeed.default(1), distributions: distributionsSchema.optional() })
      .optional()
      .describe('PDF only: add the Monte Carlo page for this run (paths and seed as run in the app).'),
  })
  .refine((b) => (b.scenario === undefined) !== (b.scenarios === undefined), {
    error: 'send either `scenario` (one document) or `scenarios` (1–6 ids or documents)',
    path: ['scenarios'],
  });


function contentDisposition(fileName: string): string {
  return `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

interface FileOptions {
  table?: (typeof CSV_TABLES)[number] | undefined;
  bom?: boolean | undefined;
  paper?: (typeof PAPER_SIZES)[number] | undefined;
  /** POST body form of the Monte Carlo run. */
  monteCarlo?: MonteCarloRun | undefined;
  /** Query-string form of the same. */
  monteCarloPaths?: number | undefined;
  monteCarloSeed?: number | undefined;
}

function monteCarloRun(options: FileOptions): MonteCarloRun | undefined {
  if (options.monteCarlo) return options.monteCarlo;
  return options.monteCarloPaths === undefined ? undefined : { paths: options.monteCarloPaths, seed: options.monteCarloSeed ?? 1 };
}

/**
 * Builds the file in the job pool (on the request's place, `by`) and sends it with its name and content type;
 * or, asked with `Prefer: respond-async` on a server with a queue, queues it (202, queue/routes.ts).
 */
async function sendFile(jobs: JobPool, by: JobTicket | string, request: FastifyRequest, reply: FastifyReply, format: Format, subjects: SubjectInput[], options: FileOptions) {
  const generatedAt = new Date();
  const job = {
    kind: 'export',
    format,
    subjects,
    generatedAt,
    options: { table: options.table, bom: options.bom, paper: options.paper, monteCarlo: monteCarloRun(options) },
  } as const;
  if (await offload(request, reply, requireActor(request).userId, job)) return reply;
  const file = await jobs.run(by, job);
  return reply
    .header('content-type', CONTENT_TYPES[format])
    .header('content-disposition', contentDisposition(exportFileName(file.names, generatedAt, format, file.suffix)))
    .header('cache-control', 'private, no-store')
    .header('x-content-type-options', 'nosniff')
    .send(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength));
}

export const exportRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { db, jobs }) => {
  const repo = new ScenarioRepository(db);

  /** A stored scenario the actor may read (404 otherwise), to be validated and projected by the job. */
  async function storedSubject(actor: Actor, id: string, path = 'id'): Promise<SubjectInput> {
    const record = await repo.require(actor, id);
    const variance = await varianceInput(db, actor, id);
    return { document: record.document, prefix: '', stored: { name: record.name, path }, ...(variance ? { variance } : {}) };
  }

  const getRoute = (format: Format, querystring: z.ZodType, summary: string) =>
    app.get(
      `/scenarios/:id/export.${format}`,
      {
        config: { auth: 'user', job: true },
        schema: { tags: TAGS, summary, params: idParams, querystring, response: errorResponses },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const { id } = request.params as { id: string };
        return sendFile(jobs, jobOwner(request, actor), request, reply, format, [await storedSubject(actor, id)], request.query as FileOptions);
      },
    );

  getRoute('xlsx', z.strictObject({}), 'Excel workbook of a stored scenario: assumptions, monthly ledger, fiscal years, KPIs (live NPV/IRR formulas), allocation');
  getRoute('csv', z.strictObject(csvOptions), 'CSV (RFC 4180, UTF-8) of a stored scenario: ledger, allocation, fiscal-years, assumptions, platforms, api-options or kpis');
  getRoute('pdf', z.strictObject(pdfOptions), 'PDF board pack of a stored scenario (A4 or Letter)');

  for (const format of ['xlsx', 'csv', 'pdf'] as const) {
    app.post(
      `/exports/${format}`,
      {
        config: { auth: 'user', job: true },
        schema: {
          tags: TAGS,
          summary: `${format.toUpperCase()} export of unsaved scenario documents and/or stored ids; 2–6 scenarios make a comparison`,
          body: postBody,
          response: errorResponses,
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const body = request.body;
        const subjects: SubjectInput[] = [];
        if (body.scenario !== undefined) subjects.push({ document: body.scenario, prefix: 'scenario' });
        for (const [i, ref] of (body.scenarios ?? []).entries()) {
          if ('id' in ref) subjects.push(await storedSubject(actor, ref.id, `scenarios[${i}]`));
          else subjects.push({ document: ref.document, prefix: `scenarios[${i}].document` });
        }
        return sendFile(jobs, jobOwner(request, actor), request, reply, format, subjects, body);
      },
    );
  }
};
