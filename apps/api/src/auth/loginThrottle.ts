// Per-account throttling of failed sign-ins, beside the per-IP rate limit (which a botnet spreads thin):
// after a few failures for one email, each further failure locks that email out for a delay that doubles,
// up to a cap. Unknown emails are counted alike, so the answers never reveal which accounts exist. A
// successful sign-in clears the count; failures a day old are forgotten. Counters live in the database
// (LoginThrottle), so every server process sees the same ones.
import type { Prisma, PrismaClient } from '@tokenplan/db';
import type { RateLimitConfig } from './config';

export type LockoutConfig = Pick<RateLimitConfig, 'loginFreeFailures' | 'loginLockoutBaseSeconds' | 'loginLockoutMaxSeconds'>;
type Client = Pick<PrismaClient, 'loginThrottle'> | Prisma.TransactionClient;

const FORGET_AFTER_MS = 24 * 3_600_000;

/** How long the `failures`-th consecutive failure locks the email out (seconds; 0: not at all). */
export function lockoutSeconds(failures: number, config: LockoutConfig): number {
  if (failures < config.loginFreeFailures) return 0;
  return Math.min(config.loginLockoutMaxSeconds, config.loginLockoutBaseSeconds * 2 ** (failures - config.loginFreeFailures));
}

/** Seconds until `email` may try again (rounded up), or 0. `email` is normalised (trimmed, lower case). */
export async function lockedOutFor(client: Client, email: string, now = new Date()): Promise<number> {
  const row = await client.loginThrottle.findUnique({ where: { email }, select: { lockedUntil: true } });
  const left = row?.lockedUntil ? row.lockedUntil.getTime() - now.getTime() : 0;
  return left > 0 ? Math.ceil(left / 1000) : 0;
}

/** Counts a failure for `email`; returns the lock-out it starts (seconds, 0 for none). */
export async function recordLoginFailure(tx: Prisma.TransactionClient, email: string, config: LockoutConfig, now = new Date()): Promise<number> {
  const row = await tx.loginThrottle.findUnique({ where: { email }, select: { updatedAt: true } });
  const stale = row !== null && now.getTime() - row.updatedAt.getTime() >= FORGET_AFTER_MS;
  const { failures } = await tx.loginThrottle.upsert({
    where: { email },
    create: { email, failures: 1, updatedAt: now },
    update: stale ? { failures: 1, lockedUntil: null, updatedAt: now } : { failures: { increment: 1 }, updatedAt: now },
    select: { failures: true },
  });
  const seconds = lockoutSeconds(failures, config);
  if (seconds > 0) await tx.loginThrottle.update({ where: { email }, data: { lockedUntil: new Date(now.getTime() + seconds * 1000), updatedAt: now } });
  return seconds;
}

export async function clearLoginFailures(tx: Prisma.TransactionClient, email: string): Promise<void> {
  await tx.loginThrottle.deleteMany({ where: { email } });
}
