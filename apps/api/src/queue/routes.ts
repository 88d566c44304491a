// Durable jobs over HTTP (docs/deploy.md). A job route asked with `Prefer: respond-async` on a server
// with a queue (PostgreSQL) answers 202 { job } with Location /api/v1/jobs/:id instead of the result;
// without a queue (embedded database) the header is ignored and the result comes at once, as before.
// - GET    /api/v1/jobs/:id         status, progress, attempts, the result's URL once completed;
// - DELETE /api/v1/jobs/:id         cancel a queued or running job (its result is dropped);
// - GET    /api/v1/jobs/:id/result  the file or JSON body, for a day after it completed.
// Jobs are their owner's: anyone else's id is 404, as scenarios are.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../auth/actor';
import { errorBodySchema, HttpError } from '../errors';
import type { Job } from '../jobs/tasks';
import type { JobRow } from './jobStore';
import type { JobQueue } from './queue';

const TAGS = ['jobs'];
const idParams = z.strictObject({ id: z.uuid({ error: 'must be a job id (UUID)' }) });
const jobSchema = z.object({
  id: z.string(),
  kind: z.string(),
  status: z.enum(['queued', 'running', 'completed', 'failed', 'cancelled']),
  progress: z.number(),
  attempts: z.number().int(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  resultUrl: z.string().nullable(),
  error: z.object({ status: z.number(), code: z.string(), message: z.string() }).nullable(),
});
const jobResponse = z.object({ job: jobSchema });
const errors = { 401: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };

function present(row: Pick<JobRow, 'id' | 'kind' | 'status' | 'progress' | 'attempts' | 'created_at' | 'finished_at' | 'error'>): z.infer<typeof jobSchema> {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    progress: Math.round(row.progress * 100) / 100,
    attempts: row.attempts,
    createdAt: new Date(row.created_at).toISOString(),
    finishedAt: row.finished_at ? new Date(row.finished_at).toISOString() : null,
    resultUrl: row.status === 'completed' ? `/api/v1/jobs/${row.id}/result` : null,
    error: row.error,
  };
}

/** Whether the client asked for an asynchronous answer (RFC 7240 `Prefer: respond-async`). */
export function wantsAsync(request: FastifyRequest): boolean {
  return /(^|[,\s])respond-async($|[,;\s])/i.test(String(request.headers['prefer'] ?? ''));
}

/**
 * With a queue and `Prefer: respond-async`: queues `job`, answers 202 and says true; otherwise false (run it
 * now). A boolean, not the reply: a FastifyReply is a thenable, so an async function returning it resolves
 * to undefined once it is sent, and the caller ran the job in its own pool too.
 */
export async function offload(request: FastifyRequest, reply: FastifyReply, owner: string, job: Job): Promise<boolean> {
  const queue = request.server.queue;
  if (!queue || !wantsAsync(request)) return false;
  const id = await queue.enqueue(owner, job);
  const now = new Date().toISOString();
  void reply
    .code(202)
    .header('location', `/api/v1/jobs/${id}`)
    .header('preference-applied', 'respond-async')
    .header('content-type', 'application/json; charset=utf-8')
    .serializer(JSON.stringify)
    .send({ job: { id, kind: job.kind, status: 'queued', progress: 0, attempts: 0, createdAt: now, finishedAt: null, resultUrl: null, error: null } });
  return true;
}

export const jobRoutes: FastifyPluginAsyncZod<{ queue: JobQueue }> = async (app, { queue }) => {
  async function mine(request: FastifyRequest, id: string): Promise<JobRow> {
    const actor = requireActor(request);
    const row = await queue.store.get(id);
    if (!row || row.owner !== actor.userId) throw new HttpError(404, 'not_found', 'No such job (results are kept for a day).');
    return row;
  }

  app.get(
    '/api/v1/jobs/:id',
    { config: { auth: 'user' }, schema: { tags: TAGS, summary: 'A job: status, progress, and its result URL once completed', params: idParams, response: { 200: jobResponse, ...errors } } },
    async (request) => ({ job: present(await mine(request, request.params.id)) }),
  );

  app.delete(
    '/api/v1/jobs/:id',
    { config: { auth: 'user' }, schema: { tags: TAGS, summary: 'Cancel a queued or running job', params: idParams, response: { 200: jobResponse, ...errors } } },
    async (request) => {
      const row = await mine(request, request.params.id);
      if (!(await queue.cancel(row.id, row.owner))) throw new HttpError(409, 'job_finished', `The job is already ${row.status}.`);
      return { job: present((await queue.store.get(row.id)) ?? row) };
    },
  );

  app.get(
    '/api/v1/jobs/:id/result',
    { config: { auth: 'user' }, schema: { tags: TAGS, summary: 'The result of a completed job: the file, or the analysis as JSON', params: idParams, response: errors } },
    async (request, reply) => {
      const row = await mine(request, request.params.id);
      const result = row.status === 'completed' ? await queue.store.result(row.id) : undefined;
      if (!result) throw new HttpError(409, 'job_not_completed', `The job is ${row.status}: its result is not available.`);
      void reply.header('cache-control', 'private, no-store');
      if (result.bytes === null) return reply.header('content-type', 'application/json; charset=utf-8').send(JSON.stringify(result.body) as never);
      if (result.file_name) {
        void reply.header('content-disposition', `attachment; filename="${result.file_name}"; filename*=UTF-8''${encodeURIComponent(result.file_name)}`);
      }
      return reply.header('content-type', result.content_type ?? 'application/octet-stream').header('x-content-type-options', 'nosniff').send(result.bytes as never); // bytes skip the serializer
    },
  );
};

declare module 'fastify' {
  interface FastifyInstance {
    /** Durable jobs (PostgreSQL only); null on the embedded database. */
    queue: JobQueue | null;
  }
}
