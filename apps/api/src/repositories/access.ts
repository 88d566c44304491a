// Who may do what with a scenario, as Prisma predicates (docs/api.md, "Access rules" and "Sharing"):
// - read (and comment): your own scenarios, every scenario shared with the workspace (visibility
//   WORKSPACE), and those shared with you by name (a ScenarioGrant, viewer or editor);
// - edit the document (PUT/PATCH, restore a revision): the owner; with visibility WORKSPACE and
//   workspaceRole EDITOR, any member; with an EDITOR grant, that person. Always only with write
//   access (`actor.canWrite`: a VIEWER account or a read-only token never edits). Optimistic
//   concurrency keeps every edit;
// - delete, undelete and change who sees it (visibility, grants): the scenario's owner, or the
//   workspace OWNER for a scenario shared with the workspace;
// - a scenario the actor may not read does not exist for them: 404, never 403 or 412.
import type { Prisma } from '@tokenplan/db';
import type { Actor } from '../auth/actor';
import { ForbiddenError, type ScenarioRecord, type Visibility } from './records';

/** Days a soft-deleted scenario stays restorable. */
export const RESTORE_WINDOW_DAYS = 30;
const RESTORE_WINDOW_MS = RESTORE_WINDOW_DAYS * 24 * 60 * 60 * 1000;

/** Rows the actor may read. */
export function readable(actor: Actor): Prisma.ScenarioWhereInput {
  return { OR: [{ ownerId: actor.userId }, { visibility: 'WORKSPACE' }, { grants: { some: { userId: actor.userId } } }] };
}

/** Rows whose document the actor may edit (write access checked apart: requireWriter). */
export function writable(actor: Actor): Prisma.ScenarioWhereInput {
  return {
    OR: [
      { ownerId: actor.userId },
      { visibility: 'WORKSPACE', workspaceRole: 'EDITOR' },
      { grants: { some: { userId: actor.userId, role: 'EDITOR' } } },
    ],
  };
}

/** Rows the actor may delete, undelete or re-share. */
export function manageable(actor: Actor): Prisma.ScenarioWhereInput {
  return actor.role === 'OWNER' ? { OR: [{ ownerId: actor.userId }, { visibility: 'WORKSPACE' }] } : { ownerId: actor.userId };
}

/** What a query includes so toRecord knows the actor's grant and how many people it is shared with. */
export function withAccess(actor: Actor) {
  return {
    grants: { where: { userId: actor.userId }, select: { role: true } },
    _count: { select: { grants: true } },
  } as const;
}

export function mayManage(actor: Actor, row: { ownerId: string; visibility: Visibility }): boolean {
  return row.ownerId === actor.userId || (actor.role === 'OWNER' && row.visibility === 'WORKSPACE');
}

/** May the actor edit this record's document? `grantRole` must have been loaded (withAccess). */
export function mayEdit(actor: Actor, r: Pick<ScenarioRecord, 'ownerId' | 'visibility' | 'workspaceRole' | 'grantRole'>): boolean {
  if (!actor.canWrite) return false;
  return r.ownerId === actor.userId || (r.visibility === 'WORKSPACE' && r.workspaceRole === 'EDITOR') || r.grantRole === 'EDITOR';
}

export function requireWriter(actor: Actor): void {
  if (!actor.canWrite) throw new ForbiddenError('Your role or API token is read-only.');
}

/** 403 for a reader who may not edit this scenario (a viewer share, a read-only workspace share). */
export function requireEditor(actor: Actor, r: Parameters<typeof mayEdit>[1]): void {
  requireWriter(actor);
  if (!mayEdit(actor, r)) throw new ForbiddenError('This scenario is shared with you as a viewer: you may read and comment, not edit.');
}

export function restorableSince(now: Date): Date {
  return new Date(now.getTime() - RESTORE_WINDOW_MS);
}
