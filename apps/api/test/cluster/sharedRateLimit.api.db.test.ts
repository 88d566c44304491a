// Two app instances ("replicas") on one PostgreSQL enforce one rate limit between them: with a limit
// of 4 per minute and requests alternating A, B, A, B, A, B from one address, the first 4 pass and
// the 5th and 6th are refused. Per-process counters would let all 6 through (3 per instance ≤ 4).
// The same with the counters in Redis (REDIS_URL), and the periodic-task lease taken once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@tokenplan/db';
import { buildApp, type App } from '../../src/app';
import { takeLease } from '../../src/cluster/lease';
import { postgresAvailable, randomIp, useSharedReplicas } from './sharedDatabase';

const LIMITS = { enabled: true, authPerMinute: 10, generalPerMinute: 4 };
const stores = [{ name: 'PostgreSQL', redisUrl: undefined }, { name: 'Redis', redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' }];

describe.runIf(postgresAvailable).each(stores)('rate limit shared by two replicas, counters in $name', ({ redisUrl }) => {
  const dbs = useSharedReplicas(2, { migrate: true });
  const apps: App[] = [];

  beforeAll(async () => {
    for (const db of dbs) {
      const app = await buildApp({ db, rateLimit: LIMITS, redisUrl });
      await app.ready();
      apps.push(app);
    }
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
  });

  it('lets 4 requests through across both instances, not 4 each', async () => {
    const ip = randomIp();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      const res = await (apps[i % 2] as App).inject({ method: 'GET', url: '/api/v1/auth/status', remoteAddress: ip });
      statuses.push(res.statusCode);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
    // Another address has its own count.
    expect((await (apps[1] as App).inject({ method: 'GET', url: '/api/v1/auth/status', remoteAddress: randomIp() })).statusCode).toBe(200);
  });
});

describe.runIf(postgresAvailable)('rate limit with its Redis unreachable', () => {
  const dbs = useSharedReplicas(1, { migrate: true });
  let app: App;
  beforeAll(async () => {
    // Port 1: nothing listens; the connection is refused at once.
    app = await buildApp({ db: dbs[0] as Database, rateLimit: LIMITS, redisUrl: 'redis://127.0.0.1:1' });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
  });

  it('keeps answering (limits paused, the outage logged) instead of failing every API request', async () => {
    const ip = randomIp();
    for (let i = 0; i < 6; i += 1) {
      const res = await app.inject({ method: 'GET', url: '/api/v1/auth/status', remoteAddress: ip });
      expect(res.statusCode).toBe(200);
    }
  });
});

describe.runIf(postgresAvailable)('lease of a periodic task'
, () => {
  const dbs = useSharedReplicas(3);

  it('is taken by exactly one of three replicas asking at once, and again once the period has passed', async () => {
    const taken = await Promise.all(dbs.map((db, i) => takeLease(db, 'purge', `replica-${i}`, 300)));
    expect(taken.filter(Boolean)).toHaveLength(1);
    expect(await takeLease(dbs[0] as Database, 'purge', 'replica-0', 300)).toBe(false);
    await new Promise((r) => setTimeout(r, 400));
    const again = await Promise.all(dbs.map((db, i) => takeLease(db, 'purge', `replica-${i}`, 60_000)));
    expect(again.filter(Boolean)).toHaveLength(1);
  });
});
