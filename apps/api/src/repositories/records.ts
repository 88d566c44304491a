// What the scenario repository hands out (records, never Prisma rows), its errors, and the mapping
// from stored rows: every document read goes through the upgrade chain (scenarios/upgrades.ts).
import type { Prisma, ScenarioModel as ScenarioRow, ScenarioRevisionModel as RevisionRow } from '@tokenplan/db';
import { HttpError } from '../errors';
import type { JsonObject } from '../scenarios/json';
import { CURRENT_DOCUMENT_VERSION, upgradeDocument } from '../scenarios/upgrades';

export type { JsonObject } from '../scenarios/json';
export type Visibility = 'PRIVATE' | 'WORKSPACE';

export interface ScenarioRecord {
  id: string;
  ownerId: string;
  name: string;
  document: JsonObject;
  isDraft: boolean;
  visibility: Visibility;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  deletedAt: Date | null;
  updatedById: string | null;
  /** With visibility WORKSPACE, what members may do; and the version of the sharing settings. */
  workspaceRole: ShareRole;
  sharingVersion: number;
  /** The reading actor's own grant, when the query loaded it (access.ts `withAccess`). */
  grantRole?: ShareRole | null;
  /** Named people it is shared with, when the query counted them. */
  grantCount?: number;
}

export type ShareRole = 'VIEWER' | 'EDITOR';

/** A scenario row, possibly with the actor's grant and the grant count (access.ts `withAccess`). */
type RowWithAccess = ScenarioRow & { grants?: { role: ShareRole }[]; _count?: { grants: number } };

export interface RevisionRecord {
  scenarioId: string;
  version: number;
  document: JsonObject;
  message: string | null;
  authorId: string;
  createdAt: Date;
}

export type RevisionSummary = Omit<RevisionRecord, 'document'>;

/** What a save writes: the document (already validated or explicitly a draft) and its metadata. */
export interface ScenarioContent {
  name: string;
  document: JsonObject;
  isDraft: boolean;
  visibility?: Visibility | undefined;
}

export interface SaveOptions {
  /** Revision message (optional, shown in the history). */
  message?: string | undefined;
}

export type ListScope = 'all' | 'mine' | 'shared';
export type ListSort = 'updatedAt' | 'createdAt' | 'name';

export interface ListQuery {
  search?: string | undefined;
  scope: ListScope;
  sort: ListSort;
  order: 'asc' | 'desc';
  limit: number;
  offset: number;
}

export type NameConflictPolicy = 'rename' | 'fail';

export class ScenarioNotFoundError extends HttpError {
  constructor(message = 'No such scenario (or it is not shared with you).') {
    super(404, 'not_found', message);
  }
}

export class ForbiddenError extends HttpError {
  constructor(message: string) {
    super(403, 'forbidden', message);
  }
}

export class NameTakenError extends HttpError {
  constructor(name: string, path = 'document.name') {
    super(409, 'name_taken', `You already have a scenario named "${name}".`, [
      { path, message: `"${name}" is already used by another of your scenarios` },
    ]);
  }
}

/** The write lost a race or was based on an old version: the caller answers 412 with `current`. */
export class StaleVersionError extends HttpError {
  constructor(readonly current: ScenarioRecord) {
    super(
      412,
      'precondition_failed',
      `The scenario changed since you loaded it (now version ${current.version}). Reload it, re-apply your change and send the new ETag.`,
    );
  }
}

/** The row's document at the current version (rows written before versions were recorded are 1). */
function currentDocument(row: { document: unknown; schemaVersion: number }): JsonObject {
  return upgradeDocument(row.document as JsonObject, row.schemaVersion);
}

export function toRecord(row: RowWithAccess): ScenarioRecord {
  return {
    workspaceRole: row.workspaceRole,
    sharingVersion: row.sharingVersion,
    ...(row.grants ? { grantRole: row.grants[0]?.role ?? null } : {}),
    ...(row._count ? { grantCount: row._count.grants } : {}),
    id: row.id,
    ownerId: row.ownerId,
    name: row.name,
    document: currentDocument(row),
    isDraft: row.isDraft,
    visibility: row.visibility,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    deletedAt: row.deletedAt,
    updatedById: row.updatedById,
  };
}

export function toRevision(row: RevisionRow): RevisionRecord {
  return {
    scenarioId: row.scenarioId,
    version: row.version,
    document: currentDocument(row),
    message: row.message,
    authorId: row.authorId,
    createdAt: row.createdAt,
  };
}

/** The columns a write stores a document in: always at the current version. */
export function storedDocument(document: JsonObject): { document: Prisma.InputJsonValue; schemaVersion: number } {
  return { document: document as Prisma.InputJsonValue, schemaVersion: CURRENT_DOCUMENT_VERSION };
}
