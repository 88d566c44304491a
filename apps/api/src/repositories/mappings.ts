// The workspace's mapping rules (issue 18): an ordered list with a version for optimistic concurrency
// (ETag). Until the list is first saved, the model's default rules apply (version 0).
import type { Database } from '@tokenplan/db';
import { DEFAULT_MAPPING_RULES, type MappingRule, type MappingSource } from '@tokenplan/model';
import type { Actor } from '../auth/actor';
import { recordAudit } from '../audit';
import { HttpError } from '../errors';
import { requireWriter } from './access';
import { versionFromTag } from './versionTag';

export interface StoredRules {
  rules: (MappingRule & { id: string })[];
  version: number;
}

const SET_ID = 1;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const rulesEtag = (version: number) => `"mappings-${version}"`;

/** The version an If-Match header names, or null when it names none of ours (versionTag.ts). */
export const versionFromEtag = (header: string | undefined): number | null => versionFromTag('mappings', header);

export class MappingRepository {
  constructor(private readonly db: Database) {}

  async get(): Promise<StoredRules> {
    const set = await this.db.prisma.mappingRuleSet.findUnique({ where: { id: SET_ID } });
    if (!set) return { version: 0, rules: DEFAULT_MAPPING_RULES.map((r, i) => ({ ...r, id: `default-${i + 1}` })) };
    const rows = await this.db.prisma.mappingRule.findMany({ orderBy: { position: 'asc' } });
    return {
      version: set.version,
      rules: rows.map((r) => ({
        id: r.id,
        source: r.source as MappingSource,
        key: r.key,
        value: r.value,
        target: r.targetKind === 'platform' ? { platform: r.targetId } : { application: r.targetId },
      })),
    };
  }

  /** Replaces the list if its version is still `expected`; else 412 stale_mappings. */
  async put(actor: Actor, expected: number, rules: readonly MappingRule[]): Promise<StoredRules> {
    requireWriter(actor);
    const stale = () => new HttpError(412, 'stale_mappings', 'The mapping rules changed since you loaded them. Reload them and re-apply your change.');
    await this.db.prisma.$transaction(async (tx) => {
      // Serialises writers: the set row is created once (id 1), then only updated conditionally.
      await tx.mappingRuleSet.upsert({ where: { id: SET_ID }, create: { id: SET_ID, version: 0 }, update: {} });
      const { count } = await tx.mappingRuleSet.updateMany({ where: { id: SET_ID, version: expected }, data: { version: { increment: 1 }, updatedById: actor.userId } });
      if (count === 0) throw stale();
      await tx.mappingRule.deleteMany({});
      const seen = new Set<string>();
      await tx.mappingRule.createMany({
        data: rules.map((r, position) => ({
          // A rule keeps its id across saves (a new rule, or a repeated id, gets a fresh one).
          ...(r.id !== undefined && UUID.test(r.id) && !seen.has(r.id) && seen.add(r.id) ? { id: r.id } : {}),
          position,
          source: r.source,
          key: r.source === 'tag' ? (r.key ?? null) : null,
          value: r.value,
          targetKind: 'application' in r.target ? 'application' : 'platform',
          targetId: 'application' in r.target ? r.target.application : r.target.platform,
        })),
      });
      await recordAudit(tx, actor, { action: 'actuals.mappings_update', entityType: 'mapping_rules', details: { version: expected + 1, rules: rules.length } });
    }, { maxWait: 30_000, timeout: 30_000 });
    return this.get();
  }
}
