// Sharing of one scenario (docs/api.md, "Sharing"): visibility (private or workspace), what workspace
// members may do, and per-person grants (viewer or editor). Versioned by Scenario.sharingVersion, so
// two people managing the same scenario cannot overwrite each other (If-Match → 412).
import type { Database } from '@tokenplan/db';
import type { Actor } from '../auth/actor';
import { recordAudit } from '../audit';
import { HttpError } from '../errors';
import { manageable, mayManage, readable, requireWriter } from './access';
import { versionFromTag } from './versionTag';
import { ForbiddenError, ScenarioNotFoundError, type ShareRole, type Visibility } from './records';

export interface Member {
  id: string;
  name: string;
  email: string;
}

export interface SharingRecord {
  scenarioId: string;
  ownerId: string;
  visibility: Visibility;
  workspaceRole: ShareRole;
  grants: (Member & { role: ShareRole })[];
  version: number;
  /** May the reader change these settings. */
  manage: boolean;
}

export interface SharingInput {
  visibility: Visibility;
  workspaceRole: ShareRole;
  grants: { userId: string; role: ShareRole }[];
}

export const sharingEtag = (version: number): string => `"sharing-${version}"`;

/** The version an If-Match header names, or null (versionTag.ts). */
export const sharingVersionFromEtag = (header: string): number | null => versionFromTag('sharing', header);

export class StaleSharingError extends HttpError {
  constructor(readonly current: SharingRecord) {
    super(412, 'stale_sharing', 'Someone changed who this scenario is shared with since you loaded it. Review the current settings and retry.');
  }
}

const TX_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;
const memberSelect = { id: true, name: true, email: true } as const;

export class GrantRepository {
  constructor(private readonly db: Database) {}

  /** Active workspace members, by name: the people a scenario can be shared with or mentioned. */
  async members(): Promise<Member[]> {
    return this.db.prisma.user.findMany({ where: { disabledAt: null }, select: memberSelect, orderBy: [{ name: 'asc' }, { id: 'asc' }] });
  }

  async get(actor: Actor, scenarioId: string): Promise<SharingRecord> {
    const row = await this.db.prisma.scenario.findFirst({
      where: { AND: [{ id: scenarioId, deletedAt: null }, readable(actor)] },
      include: { grants: { include: { user: { select: memberSelect } }, orderBy: { createdAt: 'asc' } } },
    });
    if (!row) throw new ScenarioNotFoundError();
    return {
      scenarioId: row.id,
      ownerId: row.ownerId,
      visibility: row.visibility,
      workspaceRole: row.workspaceRole,
      grants: row.grants.map((g) => ({ ...g.user, role: g.role })),
      version: row.sharingVersion,
      manage: actor.canWrite && mayManage(actor, row),
    };
  }

  /** Replaces the settings if they are still at `expected`; audited as scenario.share with what changed. */
  async put(actor: Actor, scenarioId: string, expected: number, input: SharingInput): Promise<SharingRecord> {
    requireWriter(actor);
    const before = await this.get(actor, scenarioId);
    if (!before.manage) throw new ForbiddenError('Only the owner of this scenario (or the workspace owner) can change who sees it.');
    const wanted = new Map(input.grants.map((g) => [g.userId, g.role]));
    if (wanted.size !== input.grants.length) throw new HttpError(400, 'duplicate_grant', 'A person appears twice in grants: give each one role.');
    wanted.delete(before.ownerId); // the owner always has full access
    const stale = await this.db.prisma.$transaction(async (tx) => {
      const known = await tx.user.findMany({ where: { id: { in: [...wanted.keys()] }, disabledAt: null }, select: { id: true } });
      if (known.length !== wanted.size) throw new HttpError(400, 'unknown_member', 'Share only with active members of this workspace.');
      const { count } = await tx.scenario.updateMany({
        where: { AND: [{ id: scenarioId, sharingVersion: expected, deletedAt: null }, manageable(actor)] },
        data: { visibility: input.visibility, workspaceRole: input.workspaceRole, sharingVersion: { increment: 1 } },
      });
      if (count === 0) return true;
      await tx.scenarioGrant.deleteMany({ where: { scenarioId } });
      await tx.scenarioGrant.createMany({ data: [...wanted].map(([userId, role]) => ({ scenarioId, userId, role, grantedById: actor.userId })) });
      const old = new Map(before.grants.map((g) => [g.id, g.role]));
      await recordAudit(tx, actor, {
        action: 'scenario.share',
        entityType: 'scenario',
        entityId: scenarioId,
        details: {
          sharingVersion: expected + 1,
          visibility: input.visibility,
          workspaceRole: input.workspaceRole,
          added: [...wanted].filter(([id]) => !old.has(id)).map(([userId, role]) => ({ userId, role })),
          changed: [...wanted].filter(([id, role]) => old.has(id) && old.get(id) !== role).map(([userId, role]) => ({ userId, role })),
          removed: [...old.keys()].filter((id) => !wanted.has(id)),
        },
      });
      return false;
    }, TX_OPTIONS);
    const after = await this.get(actor, scenarioId);
    if (stale) throw new StaleSharingError(after);
    return after;
  }
}
