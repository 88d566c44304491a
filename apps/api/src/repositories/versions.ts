// Locked versions of a scenario (issue 18): a name for one revision, immutable once made, kept as
// long as the scenario. Access follows the scenario's (repositories/access.ts): whoever reads the
// scenario reads its versions; whoever may edit it may lock a version and choose the baseline.
import type { Database } from '@tokenplan/db';
import type { Actor } from '../auth/actor';
import { recordAudit } from '../audit';
import { HttpError } from '../errors';
import { validateScenario } from '../scenarios/model';
import { requireEditor, requireWriter } from './access';
import { ScenarioRepository, type RevisionRecord } from './scenarios';

export const VERSION_KINDS = ['budget', 'forecast', 'other'] as const;
export type VersionKind = (typeof VERSION_KINDS)[number];

export interface VersionRecord {
  id: string;
  scenarioId: string;
  name: string;
  kind: VersionKind;
  revision: number;
  lockedAt: Date;
  lockedBy: string | null;
}

const TX_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;
const include = { revision: { select: { version: true } } } as const;

type Row = { id: string; scenarioId: string; name: string; kind: string; lockedAt: Date; lockedById: string | null; revision: { version: number } };

function toVersion(r: Row): VersionRecord {
  return { id: r.id, scenarioId: r.scenarioId, name: r.name, kind: r.kind as VersionKind, revision: r.revision.version, lockedAt: r.lockedAt, lockedBy: r.lockedById };
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}

export class VersionRepository {
  private readonly scenarios: ScenarioRepository;

  constructor(private readonly db: Database) {
    this.scenarios = new ScenarioRepository(db);
  }

  /** Locks revision `revision` (default: the current one) as `name`. 409 for a name taken on this scenario. */
  async lock(actor: Actor, scenarioId: string, input: { name: string; kind: VersionKind; revision?: number | undefined }): Promise<VersionRecord> {
    requireWriter(actor);
    const scenario = await this.scenarios.require(actor, scenarioId);
    requireEditor(actor, scenario); // a viewer share reads versions, never locks one
    const number = input.revision ?? scenario.version;
    const revision = await this.scenarios.getRevision(actor, scenarioId, number);
    // A budget is measured against its projection: an incomplete draft cannot be one.
    if (!validateScenario(revision.document).ok) {
      throw new HttpError(409, 'scenario_incomplete', `Revision ${number} is an incomplete draft: complete it before locking it as a version.`);
    }
    const row = await this.db.prisma.scenarioRevision.findUniqueOrThrow({ where: { scenarioId_version: { scenarioId, version: number } }, select: { id: true } });
    try {
      return await this.db.prisma.$transaction(async (tx) => {
        const created = await tx.scenarioVersion.create({
          data: { scenarioId, revisionId: row.id, name: input.name, kind: input.kind, lockedById: actor.userId },
          include,
        });
        await recordAudit(tx, actor, { action: 'scenario.version_lock', entityType: 'scenario', entityId: scenarioId, details: { versionId: created.id, name: input.name, kind: input.kind, revision: number } });
        return toVersion(created);
      }, TX_OPTIONS);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new HttpError(409, 'version_name_taken', `This scenario already has a version named "${input.name}".`, [{ path: 'name', message: `"${input.name}" is already used by another version of this scenario` }]);
      }
      throw error;
    }
  }

  async list(actor: Actor, scenarioId: string): Promise<{ versions: VersionRecord[]; baselineVersionId: string | null }> {
    await this.scenarios.require(actor, scenarioId);
    const [rows, scenario] = await Promise.all([
      this.db.prisma.scenarioVersion.findMany({ where: { scenarioId }, orderBy: [{ lockedAt: 'desc' }, { id: 'desc' }], include }),
      this.db.prisma.scenario.findUniqueOrThrow({ where: { id: scenarioId }, select: { baselineVersionId: true } }),
    ]);
    return { versions: rows.map(toVersion), baselineVersionId: scenario.baselineVersionId };
  }

  /** One version with its document (the locked revision's, upgraded to the current shape). */
  async get(actor: Actor, scenarioId: string, versionId: string): Promise<{ version: VersionRecord; revision: RevisionRecord }> {
    await this.scenarios.require(actor, scenarioId);
    const row = await this.db.prisma.scenarioVersion.findFirst({ where: { id: versionId, scenarioId }, include });
    if (!row) throw new HttpError(404, 'not_found', 'This scenario has no such version.');
    return { version: toVersion(row), revision: await this.scenarios.getRevision(actor, scenarioId, row.revision.version) };
  }

  async baselineOf(actor: Actor, scenarioId: string): Promise<string | null> {
    await this.scenarios.require(actor, scenarioId);
    const s = await this.db.prisma.scenario.findUniqueOrThrow({ where: { id: scenarioId }, select: { baselineVersionId: true } });
    return s.baselineVersionId;
  }

  /** Chooses the version actuals are measured against (null: none). */
  async setBaseline(actor: Actor, scenarioId: string, versionId: string | null): Promise<string | null> {
    requireWriter(actor);
    requireEditor(actor, await this.scenarios.require(actor, scenarioId));
    return this.db.prisma.$transaction(async (tx) => {
      if (versionId !== null && !(await tx.scenarioVersion.findFirst({ where: { id: versionId, scenarioId }, select: { id: true } }))) {
        throw new HttpError(400, 'unknown_version', 'This scenario has no such version.', [{ path: 'versionId', message: 'not a version of this scenario' }]);
      }
      // Not a document change: the scenario's version (and ETag) stay as they are.
      await tx.scenario.update({ where: { id: scenarioId }, data: { baselineVersionId: versionId } });
      await recordAudit(tx, actor, { action: 'scenario.baseline_set', entityType: 'scenario', entityId: scenarioId, details: { versionId } });
      return versionId;
    }, TX_OPTIONS);
  }
}
