// Scenario persistence with object-level authorization built into every query.
//
// Access rules: access.ts; unique names: names.ts; records, errors and document versions: records.ts.
//
// Every save bumps `version` with a conditional write (`where id, version, deletedAt null` plus the
// access predicate) and writes the ScenarioRevision of that version in the same transaction, so two
// racing writers cannot both win and a revision is never lost or duplicated.
import type { Database, Prisma, ScenarioModel as ScenarioRow } from '@tokenplan/db';
import type { Actor } from '../auth/actor';
import { recordAudit } from '../audit';
import { HttpError } from '../errors';
import { manageable, mayManage, readable, requireEditor, requireWriter, RESTORE_WINDOW_DAYS, restorableSince, withAccess, writable } from './access';
import { freeName, lockOwnerNames, nameTaken, type Tx } from './names';
import {
  ForbiddenError,
  NameTakenError,
  ScenarioNotFoundError,
  StaleVersionError,
  storedDocument,
  toRecord,
  toRevision,
  type ListQuery,
  type NameConflictPolicy,
  type RevisionRecord,
  type RevisionSummary,
  type SaveOptions,
  type ScenarioContent,
  type ScenarioRecord,
} from './records';

export * from './records';
export { mayEdit, mayManage, RESTORE_WINDOW_DAYS } from './access';

// Interactive transactions queue on a busy pool (PostgreSQL) or on PGlite's single connection:
// give them room so a burst of writers gets 412s, never a transaction timeout.
const TX_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;

/** Prisma passes `contains` to ILIKE as is: make %, _ and \ literal. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Audit rows never carry document contents: versions and ids only. */
async function audit(tx: Tx, actor: Actor, action: string, entityId: string, details: Record<string, unknown>): Promise<void> {
  await recordAudit(tx, actor, { action, entityType: 'scenario', entityId, details });
}

export interface CreateInput extends ScenarioContent, SaveOptions {
  /** Audit details, e.g. `{ templateId }` or `{ duplicatedFrom }` (never document contents). */
  origin?: Prisma.InputJsonObject | undefined;
}

export class ScenarioRepository {
  constructor(private readonly db: Database) {}

  private get prisma() {
    return this.db.prisma;
  }

  /** One page of the actor's live scenarios (own and shared), newest first by default. */
  async list(actor: Actor, query: ListQuery): Promise<{ items: ScenarioRecord[]; total: number }> {
    const scope: Prisma.ScenarioWhereInput =
      query.scope === 'mine'
        ? { ownerId: actor.userId }
        : query.scope === 'shared'
          ? { AND: [readable(actor), { ownerId: { not: actor.userId } }] }
          : readable(actor);
    const where: Prisma.ScenarioWhereInput = {
      AND: [
        scope,
        { deletedAt: null },
        ...(query.search ? [{ name: { contains: escapeLike(query.search), mode: 'insensitive' as const } }] : []),
      ],
    };
    const [rows, total] = await Promise.all([
      this.prisma.scenario.findMany({
        where,
        include: withAccess(actor),
        orderBy: [{ [query.sort]: query.order }, { id: query.order }],
        take: query.limit,
        skip: query.offset,
      }),
      this.prisma.scenario.count({ where }),
    ]);
    return { items: rows.map(toRecord), total };
  }

  /** Soft-deleted scenarios the actor may restore (deleted less than RESTORE_WINDOW_DAYS ago). */
  async listDeleted(actor: Actor, now = new Date()): Promise<ScenarioRecord[]> {
    const rows = await this.prisma.scenario.findMany({
      where: { AND: [manageable(actor), { deletedAt: { gt: restorableSince(now) } }] },
      orderBy: [{ deletedAt: 'desc' }, { id: 'desc' }],
      take: 200,
    });
    return rows.map(toRecord);
  }

  /** A live scenario the actor may read, or null. */
  async get(actor: Actor, id: string): Promise<ScenarioRecord | null> {
    const row = await this.prisma.scenario.findFirst({ where: { AND: [{ id, deletedAt: null }, readable(actor)] }, include: withAccess(actor) });
    return row ? toRecord(row) : null;
  }

  async require(actor: Actor, id: string): Promise<ScenarioRecord> {
    const found = await this.get(actor, id);
    if (!found) throw new ScenarioNotFoundError();
    return found;
  }

  async create(actor: Actor, input: CreateInput): Promise<ScenarioRecord> {
    requireWriter(actor);
    return this.prisma.$transaction(async (tx) => {
      await lockOwnerNames(tx, actor.userId);
      if (await nameTaken(tx, actor.userId, input.name)) throw new NameTakenError(input.name);
      const row = await this.insert(tx, actor, input, input.name);
      await audit(tx, actor, 'scenario.create', row.id, { version: 1, ...(input.origin ?? {}) });
      return toRecord(row);
    }, TX_OPTIONS);
  }

  /**
   * Creates every scenario or none (one transaction). With `rename`, a name already taken (or
   * repeated in the batch) gets " (2)", " (3)", …; with `fail`, it is a 409 naming each row.
   */
  async createMany(
    actor: Actor,
    inputs: readonly CreateInput[],
    onNameConflict: NameConflictPolicy,
    pathOf: (index: number) => string,
  ): Promise<ScenarioRecord[]> {
    requireWriter(actor);
    return this.prisma.$transaction(async (tx) => {
      await lockOwnerNames(tx, actor.userId);
      const reserved = new Set<string>();
      const names: string[] = [];
      const conflicts: { path: string; message: string }[] = [];
      for (const [index, input] of inputs.entries()) {
        const taken = reserved.has(input.name.toLowerCase()) || (await nameTaken(tx, actor.userId, input.name));
        if (taken && onNameConflict === 'fail') {
          conflicts.push({ path: pathOf(index), message: `"${input.name}" is already used by another of your scenarios` });
        }
        const name = taken && onNameConflict === 'rename' ? await freeName(tx, actor.userId, input.name, reserved) : input.name;
        reserved.add(name.toLowerCase());
        names.push(name);
      }
      if (conflicts.length > 0) {
        throw new HttpError(409, 'name_taken', `${conflicts.length} scenario name(s) are already taken; nothing was imported.`, conflicts);
      }
      const created: ScenarioRecord[] = [];
      for (const [index, input] of inputs.entries()) {
        const name = names[index] ?? input.name;
        const row = await this.insert(tx, actor, input, name);
        await audit(tx, actor, 'scenario.create', row.id, { version: 1, ...(input.origin ?? {}) });
        created.push(toRecord(row));
      }
      return created;
    }, TX_OPTIONS);
  }

  private async insert(tx: Tx, actor: Actor, input: CreateInput, name: string): Promise<ScenarioRow> {
    const document = name === input.name ? input.document : { ...input.document, name };
    const row = await tx.scenario.create({
      data: {
        ownerId: actor.userId,
        name,
        ...storedDocument(document),
        isDraft: input.isDraft,
        visibility: input.visibility ?? 'PRIVATE',
        version: 1,
        updatedById: actor.userId,
      },
    });
    await tx.scenarioRevision.create({
      data: { scenarioId: row.id, version: 1, ...storedDocument(document), message: input.message ?? null, authorId: actor.userId },
    });
    return row;
  }

  /**
   * Saves a new version if the stored version is one of `expected` (the If-Match ETags).
   * `change` builds the new content from the current record (PATCH merges into it); it runs inside
   * the transaction and may throw a 400. Stale → StaleVersionError (412) with the current record.
   */
  async update(
    actor: Actor,
    id: string,
    expected: readonly number[],
    change: (current: ScenarioRecord) => ScenarioContent,
    options: SaveOptions & { action?: string; details?: Prisma.InputJsonObject } = {},
  ): Promise<ScenarioRecord> {
    requireWriter(actor);
    const outcome = await this.prisma.$transaction(async (tx) => {
      const row = await tx.scenario.findFirst({ where: { AND: [{ id, deletedAt: null }, readable(actor)] }, include: withAccess(actor) });
      if (!row) throw new ScenarioNotFoundError();
      const current = toRecord(row);
      requireEditor(actor, current);
      if (!expected.includes(current.version)) return { stale: current, saved: undefined };
      const next = change(current);
      if (next.visibility !== undefined && next.visibility !== current.visibility && !mayManage(actor, current)) {
        throw new ForbiddenError('Only the owner of this scenario (or the workspace owner) can change who sees it.');
      }
      if (next.name !== current.name) {
        await lockOwnerNames(tx, current.ownerId);
        if (await nameTaken(tx, current.ownerId, next.name, id)) throw new NameTakenError(next.name);
      }
      const { count } = await tx.scenario.updateMany({
        where: { AND: [{ id, version: current.version, deletedAt: null }, writable(actor)] },
        data: {
          name: next.name,
          ...storedDocument(next.document),
          isDraft: next.isDraft,
          ...(next.visibility === undefined || next.visibility === current.visibility ? {} : { visibility: next.visibility, sharingVersion: { increment: 1 } }),
          version: { increment: 1 },
          updatedById: actor.userId,
        },
      });
      if (count === 0) return { stale: undefined, saved: undefined };
      const version = current.version + 1;
      await tx.scenarioRevision.create({
        data: { scenarioId: id, version, ...storedDocument(next.document), message: options.message ?? null, authorId: actor.userId },
      });
      const action = options.action ?? 'scenario.update';
      await audit(tx, actor, action, id, { version, ...(options.details ?? {}) });
      if (next.visibility !== undefined && next.visibility !== current.visibility) {
        await audit(tx, actor, 'scenario.share', id, { version, visibility: next.visibility });
      }
      const saved = await tx.scenario.findUniqueOrThrow({ where: { id }, include: withAccess(actor) });
      return { stale: undefined, saved: toRecord(saved) };
    }, TX_OPTIONS);
    if (outcome.saved) return outcome.saved;
    if (outcome.stale) throw new StaleVersionError(outcome.stale);
    // Another writer committed between our read and our conditional write: report what won.
    const now = await this.get(actor, id);
    if (!now) throw new ScenarioNotFoundError();
    throw new StaleVersionError(now);
  }

  /** Soft delete, conditional on the version like any write. Restorable for RESTORE_WINDOW_DAYS. */
  async softDelete(actor: Actor, id: string, expected: readonly number[], now = new Date()): Promise<ScenarioRecord> {
    requireWriter(actor);
    const current = await this.require(actor, id);
    if (!mayManage(actor, current)) throw new ForbiddenError('Only the owner of this scenario (or the workspace owner) can delete it.');
    if (!expected.includes(current.version)) throw new StaleVersionError(current);
    const outcome = await this.prisma.$transaction(async (tx) => {
      const { count } = await tx.scenario.updateMany({
        where: { AND: [{ id, version: current.version, deletedAt: null }, manageable(actor)] },
        data: { deletedAt: now, updatedById: actor.userId },
      });
      if (count === 0) return null;
      await audit(tx, actor, 'scenario.delete', id, { version: current.version });
      return toRecord(await tx.scenario.findUniqueOrThrow({ where: { id } }));
    }, TX_OPTIONS);
    if (outcome) return outcome;
    const latest = await this.get(actor, id);
    if (!latest) throw new ScenarioNotFoundError();
    throw new StaleVersionError(latest);
  }

  /**
   * Deletes for good the scenarios soft-deleted more than RESTORE_WINDOW_DAYS ago (with their
   * revisions, by cascade): past the window nobody can restore them. A system task, not a user
   * action: no actor; the count is recorded in the audit log. Returns how many were purged.
   */
  async purgeExpired(now = new Date()): Promise<number> {
    return this.prisma.$transaction(async (tx) => {
      const { count } = await tx.scenario.deleteMany({ where: { deletedAt: { lte: restorableSince(now) } } });
      if (count > 0) {
        await recordAudit(tx, null, { action: 'scenario.purge', entityType: 'scenario', details: { count, olderThanDays: RESTORE_WINDOW_DAYS } });
      }
      return count;
    }, TX_OPTIONS);
  }

  /** Brings back a soft-deleted scenario (same version and document). 409 if its name is taken meanwhile. */
  async undelete(actor: Actor, id: string, now = new Date()): Promise<ScenarioRecord> {
    requireWriter(actor);
    return this.prisma.$transaction(async (tx) => {
      const row = await tx.scenario.findFirst({
        where: { AND: [{ id, deletedAt: { gt: restorableSince(now) } }, manageable(actor)] },
      });
      if (!row) throw new ScenarioNotFoundError('No deleted scenario with this id that you can restore (deleted scenarios are kept 30 days).');
      await lockOwnerNames(tx, row.ownerId);
      if (await nameTaken(tx, row.ownerId, row.name, id)) throw new NameTakenError(row.name, 'name');
      const { count } = await tx.scenario.updateMany({
        where: { id, deletedAt: { not: null } },
        data: { deletedAt: null, updatedById: actor.userId },
      });
      if (count === 0) throw new ScenarioNotFoundError();
      await audit(tx, actor, 'scenario.restore', id, { version: row.version });
      return toRecord(await tx.scenario.findUniqueOrThrow({ where: { id } }));
    }, TX_OPTIONS);
  }

  /** A copy owned by the actor, private, version 1, named "<name> (copy)" (or the name given). */
  async duplicate(actor: Actor, id: string, name?: string): Promise<ScenarioRecord> {
    requireWriter(actor);
    const source = await this.require(actor, id);
    return this.prisma.$transaction(async (tx) => {
      await lockOwnerNames(tx, actor.userId);
      let finalName: string;
      if (name !== undefined) {
        if (await nameTaken(tx, actor.userId, name)) throw new NameTakenError(name, 'name');
        finalName = name;
      } else {
        finalName = await freeName(tx, actor.userId, `${source.name.slice(0, 113)} (copy)`, new Set());
      }
      const input: CreateInput = {
        name: finalName,
        document: { ...source.document, name: finalName },
        isDraft: source.isDraft,
        message: `Duplicated from "${source.name}" version ${source.version}`,
      };
      const row = await this.insert(tx, actor, input, finalName);
      await audit(tx, actor, 'scenario.create', row.id, { version: 1, duplicatedFrom: source.id, sourceVersion: source.version });
      return toRecord(row);
    }, TX_OPTIONS);
  }

  async listRevisions(actor: Actor, id: string, page: { limit: number; offset: number }): Promise<{ items: RevisionSummary[]; total: number }> {
    await this.require(actor, id);
    const [rows, total] = await Promise.all([
      this.prisma.scenarioRevision.findMany({
        where: { scenarioId: id },
        orderBy: { version: 'desc' },
        take: page.limit,
        skip: page.offset,
        select: { scenarioId: true, version: true, message: true, authorId: true, createdAt: true },
      }),
      this.prisma.scenarioRevision.count({ where: { scenarioId: id } }),
    ]);
    return { items: rows, total };
  }

  async getRevision(actor: Actor, id: string, version: number): Promise<RevisionRecord> {
    await this.require(actor, id);
    const row = await this.prisma.scenarioRevision.findUnique({ where: { scenarioId_version: { scenarioId: id, version } } });
    if (!row) throw new HttpError(404, 'not_found', `This scenario has no revision ${version}.`);
    return toRevision(row);
  }
}
