// How the scenario routes answer: a scenario's summary and full body, and the 412 that carries
// the current scenario when an If-Match version is stale.
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Actor } from '../../auth/actor';
import { mayEdit, mayManage, StaleVersionError, type ScenarioRecord } from '../../repositories/scenarios';
import { draftReport, etagOf } from '../../scenarios/documents';

export const TAGS = ['scenarios'];

/** The Fastify instance the scenario routes register on (zod type provider). */
export type ScenarioApp = Parameters<FastifyPluginAsyncZod>[0];

export function summary(actor: Actor, r: ScenarioRecord) {
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
    sharing: {
      workspaceRole: r.workspaceRole,
      ...(r.grantCount === undefined ? {} : { people: r.grantCount }),
      ...(r.grantRole === undefined ? {} : { yourRole: r.grantRole }),
    },
    permissions: { edit: mayEdit(actor, r), manage: actor.canWrite && mayManage(actor, r) },
  };
}

export function present(actor: Actor, r: ScenarioRecord) {
  const report = draftReport(r);
  return { ...summary(actor, r), document: r.document, ...(report ?? {}) };
}

/** Sends 412 with the current scenario and its ETag, so the client can merge and retry. */
export async function withStaleAnswer<T>(actor: Actor, reply: FastifyReply, write: () => Promise<T>): Promise<T | FastifyReply> {
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
