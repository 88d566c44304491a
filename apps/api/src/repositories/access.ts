// Who may do what with a scenario, as Prisma predicates (docs/api.md, "Access rules"):
// - read: your own scenarios, and every scenario shared with the workspace (visibility WORKSPACE);
// - edit the document (PUT/PATCH, restore a revision): anyone who may read it and may write
//   (`actor.canWrite`); shared scenarios are edited together, optimistic concurrency keeps every edit;
// - delete, undelete and change visibility: the scenario's owner, or the workspace OWNER for a
//   shared scenario;
// - a scenario the actor may not read does not exist for them: 404, never 403 or 412.
import type { Prisma } from '@tokenplan/db';
import type { Actor } from '../auth/actor';
import { ForbiddenError, type Visibility } from './records';

/** Days a soft-deleted scenario stays restorable. */
export const RESTORE_WINDOW_DAYS = 30;
const RESTORE_WINDOW_MS = RESTORE_WINDOW_DAYS * 24 * 60 * 60 * 1000;

/** Rows the actor may read (and, with canWrite, edit). */
export function readable(actor: Actor): Prisma.ScenarioWhereInput {
  return { OR: [{ ownerId: actor.userId }, { visibility: 'WORKSPACE' }] };
}

/** Rows the actor may delete, undelete or re-share. */
export function manageable(actor: Actor): Prisma.ScenarioWhereInput {
  return actor.role === 'OWNER' ? readable(actor) : { ownerId: actor.userId };
}

export function mayManage(actor: Actor, row: { ownerId: string; visibility: Visibility }): boolean {
  return row.ownerId === actor.userId || (actor.role === 'OWNER' && row.visibility === 'WORKSPACE');
}

export function requireWriter(actor: Actor): void {
  if (!actor.canWrite) throw new ForbiddenError('Your role or API token is read-only.');
}

export function restorableSince(now: Date): Date {
  return new Date(now.getTime() - RESTORE_WINDOW_MS);
}
