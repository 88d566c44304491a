// Actual spend (issue 18): imports of FOCUS / LiteLLM / OpenCost files, their rows, and the mapping
// rules. One workspace per installation: every signed-in user reads the same actuals; editors and
// owners write (routes check it, and so does every write here).
//
// Idempotence: a row's key is the sha256 of the parser's identity of the row (request id, charge
// period + resource + …), unique among stored rows; an import inserts with ON CONFLICT DO NOTHING,
// so re-importing a file inserts nothing. Undo deletes the import's rows and keeps the import.
import { createHash } from 'node:crypto';
import type { Database, Prisma } from '@tokenplan/db';
import { Decimal, toDecimalString, type ActualFact, type ActualsFormat, type ActualDimensions, type ParsedActualRow } from '@tokenplan/model';
import type { Actor } from '../auth/actor';
import { recordAudit } from '../audit';
import { HttpError } from '../errors';
import { requireWriter } from './access';
import { rowKeyOf } from './actualsRowKey';

export { MappingRepository, rulesEtag, versionFromEtag, type StoredRules } from './mappings';
export { rowKeyOf } from './actualsRowKey';

const TX_OPTIONS = { maxWait: 30_000, timeout: 60_000 } as const;
/** A 10 MB file is ~150,000 rows: its transaction may take minutes on a busy PGlite. */
const IMPORT_TX_OPTIONS = { maxWait: 30_000, timeout: 600_000 } as const;
/** Rows per INSERT statement (one JSON parameter). */
const INSERT_CHUNK = 5000;

/** A NUMERIC read back (Prisma Decimal or text) as a plain decimal string without trailing zeros. */
export function plainDecimal(value: { toFixed(): string } | string | number): string {
  return toDecimalString(new Decimal(typeof value === 'object' ? value.toFixed() : String(value)));
}

export interface ImportRecord {
  id: string;
  format: ActualsFormat;
  fileName: string;
  sha256: string;
  createdAt: Date;
  createdBy: string | null;
  undoneAt: Date | null;
  rows: number;
  insertedRows: number;
  duplicateRows: number;
  totals: { cost: string; tokens: string };
}

type ImportRow = Prisma.ActualsImportGetPayload<object>;

function toImport(r: ImportRow): ImportRecord {
  return {
    id: r.id,
    format: r.format as ActualsFormat,
    fileName: r.fileName,
    sha256: r.sha256,
    createdAt: r.createdAt,
    createdBy: r.createdById,
    undoneAt: r.undoneAt,
    rows: r.rowCount,
    insertedRows: r.insertedRows,
    duplicateRows: r.duplicateRows,
    totals: { cost: plainDecimal(r.totalCost), tokens: plainDecimal(r.totalTokens) },
  };
}

export interface ImportInput {
  format: ActualsFormat;
  fileName: string;
  content: string;
  rows: readonly ParsedActualRow[];
  totals: { cost: string; tokens: string };
}

export class ActualsRepository {
  constructor(private readonly db: Database) {}

  private get prisma() {
    return this.db.prisma;
  }

  /**
   * How many of a file's `rows` are new: `distinctKeys` are their row keys without repeats, in chunks of
   * ROW_CHUNK, one lookup each (the job pool computes them: jobs/actualsJob.ts). Rows already stored and
   * repeats inside the file count as duplicates.
   */
  async countStored(distinctKeys: Iterable<string[]>, rows: number): Promise<{ newRows: number; duplicateRows: number }> {
    let fresh = 0;
    for (const keys of distinctKeys) {
      fresh += keys.length - (await this.prisma.actualRow.count({ where: { rowKey: { in: keys } } }));
    }
    return { newRows: fresh, duplicateRows: rows - fresh };
  }

  /** Stores the file's new rows and the import record, with its audit entry, in one transaction. */
  async import(actor: Actor, input: ImportInput): Promise<ImportRecord> {
    requireWriter(actor);
    const sha256 = createHash('sha256').update(input.content).digest('hex');
    return this.prisma.$transaction(async (tx) => {
      const created = await tx.actualsImport.create({
        data: {
          format: input.format,
          fileName: input.fileName,
          sha256,
          createdById: actor.userId,
          rowCount: input.rows.length,
          insertedRows: 0,
          duplicateRows: 0,
          totalCost: input.totals.cost,
          totalTokens: input.totals.tokens,
        },
      });
      let inserted = 0;
      // One statement per chunk, the rows as one JSON parameter: ~10× faster than createMany on PGlite.
      // ON CONFLICT DO NOTHING skips stored keys and repeats inside the file alike.
      for (let i = 0; i < input.rows.length; i += INSERT_CHUNK) {
        const chunk = input.rows.slice(i, i + INSERT_CHUNK).map((r) => ({ rowKey: rowKeyOf(r), rowNumber: r.row, month: r.month, cost: r.cost, tokens: r.tokens, dimensions: r.dimensions }));
        inserted += await tx.$executeRaw`
          INSERT INTO "ActualRow" ("id", "importId", "rowKey", "rowNumber", "month", "cost", "tokens", "dimensions")
          SELECT gen_random_uuid(), ${created.id}::uuid, r."rowKey", r."rowNumber", r."month", r."cost"::numeric, r."tokens"::numeric, r."dimensions"
          FROM jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb)
            AS r("rowKey" text, "rowNumber" int, "month" text, "cost" text, "tokens" text, "dimensions" jsonb)
          ON CONFLICT ("rowKey") DO NOTHING`;
      }
      const saved = await tx.actualsImport.update({
        where: { id: created.id },
        data: { insertedRows: inserted, duplicateRows: input.rows.length - inserted },
      });
      await recordAudit(tx, actor, {
        action: 'actuals.import',
        entityType: 'actuals_import',
        entityId: created.id,
        details: { format: input.format, fileName: input.fileName, sha256, rows: input.rows.length, insertedRows: inserted, totalCost: input.totals.cost },
      });
      return toImport(saved);
    }, IMPORT_TX_OPTIONS);
  }

  async list(): Promise<ImportRecord[]> {
    const rows = await this.prisma.actualsImport.findMany({ orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: 500 });
    return rows.map(toImport);
  }

  /** Undo: the import's rows are deleted, the import stays with undoneAt. 404 unknown, 409 already undone. */
  async undo(actor: Actor, id: string): Promise<void> {
    requireWriter(actor);
    await this.prisma.$transaction(async (tx) => {
      const found = await tx.actualsImport.findUnique({ where: { id } });
      if (!found) throw new HttpError(404, 'not_found', 'No such import.');
      const { count } = await tx.actualsImport.updateMany({ where: { id, undoneAt: null }, data: { undoneAt: new Date(), undoneById: actor.userId } });
      if (count === 0) throw new HttpError(409, 'already_undone', 'This import was already undone.');
      const removed = await tx.actualRow.deleteMany({ where: { importId: id } });
      await recordAudit(tx, actor, { action: 'actuals.undo', entityType: 'actuals_import', entityId: id, details: { fileName: found.fileName, removedRows: removed.count } });
    }, TX_OPTIONS);
  }

  /** Stored spend grouped by month and dimensions (exact sums), optionally within [from, to]. */
  async facts(range: { from?: string | undefined; to?: string | undefined } = {}): Promise<ActualFact[]> {
    const from = range.from ?? '0000-01';
    const to = range.to ?? '9999-12';
    const rows = await this.prisma.$queryRaw<{ month: string; dimensions: unknown; cost: string; tokens: string; rows: number }[]>`
      SELECT "month", "dimensions", SUM("cost")::text AS "cost", SUM("tokens")::text AS "tokens", COUNT(*)::int AS "rows"
      FROM "ActualRow" WHERE "month" >= ${from} AND "month" <= ${to}
      GROUP BY "month", "dimensions" ORDER BY "month"`;
    return rows.map((r) => ({
      month: r.month,
      cost: plainDecimal(r.cost),
      tokens: plainDecimal(r.tokens),
      rows: Number(r.rows),
      dimensions: (typeof r.dimensions === 'string' ? JSON.parse(r.dimensions) : r.dimensions) as ActualDimensions,
    }));
  }
}
