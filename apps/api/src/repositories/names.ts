// Scenario names are unique per owner (case-insensitive) among live scenarios.
import type { Prisma } from '@tokenplan/db';

export type Tx = Prisma.TransactionClient;

/** Serialises name checks and creations of one owner, so two racing saves cannot both take a name. */
export async function lockOwnerNames(tx: Tx, ownerId: string): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(${`scenario-names:${ownerId}`}, 0))) AS locked`;
}

export async function nameTaken(tx: Tx, ownerId: string, name: string, exceptId?: string): Promise<boolean> {
  const found = await tx.scenario.findFirst({
    where: {
      ownerId,
      deletedAt: null,
      name: { equals: name, mode: 'insensitive' },
      ...(exceptId === undefined ? {} : { id: { not: exceptId } }),
    },
    select: { id: true },
  });
  return found !== null;
}

/** "Name", "Name (2)", "Name (3)", … the first one free for this owner (names are ≤ 120 characters). */
export async function freeName(tx: Tx, ownerId: string, wanted: string, reserved: Set<string>): Promise<string> {
  for (let n = 1; ; n += 1) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const candidate = `${wanted.slice(0, 120 - suffix.length)}${suffix}`;
    if (!reserved.has(candidate.toLowerCase()) && !(await nameTaken(tx, ownerId, candidate))) return candidate;
  }
}
