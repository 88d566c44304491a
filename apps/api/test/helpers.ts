import { openDatabase, type Database } from '@tokenplan/db';
import { buildApp, type App, type AppOptions } from '../src/app';
import type { Role } from '../src/auth/actor';
import { DEFAULT_AUTH_CONFIG, SESSION_COOKIE } from '../src/auth/config';
import { hashPassword } from '../src/auth/passwords';
import { hashSecret, newSecret, TOKEN_PREFIX } from '../src/auth/secrets';
import { createSession } from '../src/auth/sessions';
import { tokenDisplayPrefix } from '../src/auth/apiTokens';

export interface TestApp {
  app: App;
  db: Database;
  close(): Promise<void>;
}

/** Host and Origin every helper request uses: same-origin, so CSRF checks pass. */
export const TEST_HOST = 'tokenplan.test';
export const TEST_ORIGIN = `http://${TEST_HOST}`;

/**
 * A fully built app on a fresh, migrated in-memory PGlite (or the database given).
 * Rate limits are off unless `options.rateLimit` turns them on (see ratelimit.api.test.ts).
 */
export async function createTestApp(db?: Database, options: Partial<Omit<AppOptions, 'db'>> = {}): Promise<TestApp> {
  const database = db ?? (await openDatabase({ dataDir: 'memory://' }));
  await database.migrate();
  const app = await buildApp({ db: database, ...options, rateLimit: { enabled: false, ...options.rateLimit } });
  await app.ready();
  return {
    app,
    db: database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

export interface TestUser {
  userId: string;
  email: string;
  password: string;
  role: Role;
  /** `tokenplan_session=…` */
  cookie: string;
  /** Cookie + Host + Origin: pass as `headers` to app.inject() for any method (CSRF-safe). */
  headers: Record<string, string>;
}

let userCounter = 0;

/**
 * Creates a user with `role` directly in the database and signs them in (a real server-side session).
 * Example: `const editor = await createUser(t, 'EDITOR'); await t.app.inject({ method: 'POST', url, headers: editor.headers, payload })`.
 */
export async function createUser(t: TestApp, role: Role, options: { email?: string; name?: string; password?: string } = {}): Promise<TestUser> {
  userCounter += 1;
  const email = options.email ?? `${role.toLowerCase()}${userCounter}-${Date.now()}@example.com`;
  const password = options.password ?? `correct horse battery ${userCounter}`;
  const user = await t.db.prisma.user.create({
    data: { email, name: options.name ?? `${role[0]}${role.slice(1).toLowerCase()} ${userCounter}`, role, passwordHash: await hashPassword(password) },
  });
  const { secret } = await createSession(t.db, DEFAULT_AUTH_CONFIG, user.id);
  const cookie = `${SESSION_COOKIE}=${secret}`;
  return { userId: user.id, email, password, role, cookie, headers: { cookie, host: TEST_HOST, origin: TEST_ORIGIN } };
}

export interface TestToken {
  tokenId: string;
  bearer: string;
  /** `{ authorization: 'Bearer tp_…' }` */
  headers: Record<string, string>;
}

/** A personal API token for `user`, created directly in the database. */
export async function createToken(t: TestApp, user: Pick<TestUser, 'userId'>, scope: 'READ' | 'READ_WRITE' = 'READ', options: { revoked?: boolean; expiresAt?: Date } = {}): Promise<TestToken> {
  const bearer = newSecret(TOKEN_PREFIX);
  const token = await t.db.prisma.apiToken.create({
    data: {
      userId: user.userId,
      name: `test ${scope}`,
      tokenHash: hashSecret(bearer),
      prefix: tokenDisplayPrefix(bearer),
      scope,
      revokedAt: options.revoked ? new Date() : null,
      expiresAt: options.expiresAt ?? null,
    },
  });
  return { tokenId: token.id, bearer, headers: { authorization: `Bearer ${bearer}`, host: TEST_HOST } };
}

/** Anonymous but same-origin headers (for public POSTs such as login). */
export const anonymousHeaders: Record<string, string> = { host: TEST_HOST, origin: TEST_ORIGIN };

/** The `name=value` pair of a Set-Cookie answer, for follow-up requests. */
export function cookieFrom(setCookie: string | string[] | undefined, name = SESSION_COOKIE): string | undefined {
  const all = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const hit = all.find((c) => c.startsWith(`${name}=`));
  return hit?.split(';')[0];
}

/**
 * Worked by hand: 12 months of 2027, discount rate 0, one application bought from an API:
 * tokens 1e9 + 1e8·t (Σ 18.6e9), revenue $10 / M, API $4 / M. NPV = 18,600 · (10 − 4) = 111,600.
 */
export const apiOnly = {
  name: 'API only',
  start: '2027-01',
  horizonMonths: 12,
  discountRateAnnual: 0,
  fiscalYearStartMonth: 1,
  energy: { pricePerMWh: 100, annualEscalation: 0, pue: 1 },
  hosting: { perKwMonth: 0 },
  platforms: [],
  apiOptions: [{ id: 'api', name: 'API', inputPricePerMTokens: 4, outputPricePerMTokens: 4, annualPriceDecline: 0 }],
  applications: [
    {
      id: 'chat', name: 'Chat', team: 'Team', model: 'm', servedBy: { api: 'api' }, tokensMonth0: 1e9, outputShare: 0.5,
      growth: { type: 'linear', monthlyIncrement: 1e8 }, revenuePerMTokens: 10, annualPriceErosion: 0, tokensPerQuery: 1000, queriesPerTask: 1,
    },
  ],
};
