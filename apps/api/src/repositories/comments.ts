// Comments on a scenario (docs/api.md, "Comments"): anyone who may read the scenario may comment,
// viewers included (a read-only API token may not: it writes nothing). One level of threading: a
// reply to a reply joins the thread of its root. A mention is written `<@user-id>` in the body; the
// ids are kept in `mentions` and must be active members. Authors edit and delete their own comments;
// a deleted comment keeps its place (no body) so its replies stay in the thread. All audited, by id
// only (never the text).
import type { Database } from '@tokenplan/db';
import type { Actor } from '../auth/actor';
import { recordAudit } from '../audit';
import { HttpError } from '../errors';
import { readable } from './access';
import { ForbiddenError, ScenarioNotFoundError } from './records';

export interface CommentRecord {
  id: string;
  scenarioId: string;
  parentId: string | null;
  authorId: string | null;
  authorName: string | null;
  body: string;
  mentions: { id: string; name: string }[];
  createdAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
}

const MENTION = /<@([0-9a-f-]{36})>/gi;
const TX_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;

export class CommentNotFoundError extends HttpError {
  constructor() {
    super(404, 'comment_not_found', 'No such comment on this scenario.');
  }
}

/** The distinct user ids mentioned in a body, in order of first mention. */
export function mentionedIds(body: string): string[] {
  return [...new Set([...body.matchAll(MENTION)].map((m) => (m[1] ?? '').toLowerCase()))];
}

function requireCommenter(actor: Actor): void {
  if (actor.via === 'token' && actor.tokenScope !== 'READ_WRITE') throw new ForbiddenError('A read-only API token cannot comment.');
}

type Row = {
  id: string;
  scenarioId: string;
  parentId: string | null;
  authorId: string | null;
  body: string;
  mentions: string[];
  createdAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
  author: { name: string } | null;
};

export class CommentRepository {
  constructor(private readonly db: Database) {}

  private async requireReadable(actor: Actor, scenarioId: string): Promise<void> {
    const found = await this.db.prisma.scenario.count({ where: { AND: [{ id: scenarioId, deletedAt: null }, readable(actor)] } });
    if (found === 0) throw new ScenarioNotFoundError();
  }

  private async present(rows: Row[]): Promise<CommentRecord[]> {
    const ids = [...new Set(rows.flatMap((r) => r.mentions))];
    const users = ids.length ? await this.db.prisma.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }) : [];
    const names = new Map(users.map((u) => [u.id, u.name]));
    return rows.map(({ author, ...r }) => ({
      ...r,
      authorName: author?.name ?? null,
      mentions: r.mentions.map((id) => ({ id, name: names.get(id) ?? 'former member' })),
    }));
  }

  /** Every comment of the scenario, oldest first (the client groups replies under their parent). */
  async list(actor: Actor, scenarioId: string): Promise<CommentRecord[]> {
    await this.requireReadable(actor, scenarioId);
    const rows = await this.db.prisma.scenarioComment.findMany({
      where: { scenarioId },
      include: { author: { select: { name: true } } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    return this.present(rows);
  }

  private async checkMentions(body: string): Promise<string[]> {
    const ids = mentionedIds(body);
    if (ids.length === 0) return ids;
    const known = await this.db.prisma.user.count({ where: { id: { in: ids }, disabledAt: null } });
    if (known !== ids.length) throw new HttpError(400, 'unknown_mention', 'Mention only active members of this workspace.');
    return ids;
  }

  async create(actor: Actor, scenarioId: string, input: { body: string; parentId?: string | undefined }): Promise<CommentRecord> {
    requireCommenter(actor);
    await this.requireReadable(actor, scenarioId);
    const mentions = await this.checkMentions(input.body);
    const row = await this.db.prisma.$transaction(async (tx) => {
      let parentId: string | null = null;
      if (input.parentId !== undefined) {
        const parent = await tx.scenarioComment.findFirst({ where: { id: input.parentId, scenarioId } });
        if (!parent) throw new CommentNotFoundError();
        parentId = parent.parentId ?? parent.id;
      }
      const created = await tx.scenarioComment.create({
        data: { scenarioId, parentId, authorId: actor.userId, body: input.body, mentions },
        include: { author: { select: { name: true } } },
      });
      await recordAudit(tx, actor, { action: 'comment.create', entityType: 'scenario', entityId: scenarioId, details: { commentId: created.id, parentId, mentions } });
      return created;
    }, TX_OPTIONS);
    const [presented] = await this.present([row]);
    return presented as CommentRecord;
  }

  /** Edit (body) or delete (body null) the actor's own comment. */
  async change(actor: Actor, scenarioId: string, commentId: string, body: string | null): Promise<CommentRecord> {
    requireCommenter(actor);
    await this.requireReadable(actor, scenarioId);
    const mentions = body === null ? [] : await this.checkMentions(body);
    const row = await this.db.prisma.$transaction(async (tx) => {
      const current = await tx.scenarioComment.findFirst({ where: { id: commentId, scenarioId, deletedAt: null } });
      if (!current) throw new CommentNotFoundError();
      if (current.authorId !== actor.userId) throw new ForbiddenError('You can edit or delete only your own comments.');
      const now = new Date();
      const updated = await tx.scenarioComment.update({
        where: { id: commentId },
        data: body === null ? { body: '', mentions: [], deletedAt: now } : { body, mentions, editedAt: now },
        include: { author: { select: { name: true } } },
      });
      const action = body === null ? 'comment.delete' : 'comment.edit';
      await recordAudit(tx, actor, { action, entityType: 'scenario', entityId: scenarioId, details: { commentId, ...(body === null ? {} : { mentions }) } });
      return updated;
    }, TX_OPTIONS);
    const [presented] = await this.present([row]);
    return presented as CommentRecord;
  }
}
