// The fuzzed workspace: an owner (setup route), an editor and a viewer (invites), a session and an API
// token for each, and the presets stored as scenarios. Fuzzed requests may sign a caller out, change a
// role or deactivate someone: repair() puts every caller back after such requests.
import type { Database } from '@tokenplan/db';
import { PRESETS } from '@tokenplan/model';
import type { App } from '../src/app';
import { DEFAULT_AUTH_CONFIG, SESSION_COOKIE } from '../src/auth/config';
import { createSession } from '../src/auth/sessions';

export const HOST = 'tokenplan.fuzz';
export const ORIGIN = `http://${HOST}`;
const PASSWORD = 'budget-cycle-planning-9';
type Role = 'OWNER' | 'EDITOR' | 'VIEWER';

export interface Caller {
  name: string;
  role: Role | null;
  via: 'session' | 'token' | 'anonymous';
  userId?: string;
  headers: Record<string, string>;
}

export interface StoredScenario {
  id: string;
  etag: string;
}

export interface World {
  app: App;
  db: Database;
  callers: Caller[];
  users: Record<Role, { userId: string; email: string }>;
  scenarios: StoredScenario[];
  /** Ids of tokens and invites seen in responses (for DELETE routes). */
  otherIds: string[];
}

function sessionCookie(setCookie: string | string[] | undefined): string {
  const all = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const hit = all.find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!hit) throw new Error('no session cookie in the answer');
  return hit.split(';')[0] as string;
}

async function call(app: App, method: 'GET' | 'POST', url: string, headers: Record<string, string>, payload?: unknown) {
  const res = await app.inject({ method, url, headers: { host: HOST, origin: ORIGIN, ...headers }, ...(payload !== undefined ? { payload: payload as object } : {}) });
  if (res.statusCode >= 300) throw new Error(`fuzz set-up: ${method} ${url} answered ${res.statusCode}: ${res.body.slice(0, 300)}`);
  return res;
}

async function mintToken(app: App, cookie: string, scope: 'READ' | 'READ_WRITE'): Promise<string> {
  const res = await call(app, 'POST', '/api/v1/tokens', { cookie }, { name: `fuzz ${scope}`, scope });
  return res.json<{ secret: string }>().secret;
}

/** Builds the workspace through the public routes (setup, invites, tokens, scenarios). */
export async function createWorld(app: App, db: Database): Promise<World> {
  const owner = { email: 'owner@fuzz.example', name: 'Owner' };
  const setup = await call(app, 'POST', '/api/v1/auth/setup', {}, { ...owner, password: PASSWORD });
  const ownerCookie = sessionCookie(setup.headers['set-cookie']);
  const cookies: Record<Role, string> = { OWNER: ownerCookie, EDITOR: '', VIEWER: '' };
  const users = { OWNER: { userId: setup.json<{ user: { id: string } }>().user.id, email: owner.email } } as World['users'];
  for (const role of ['EDITOR', 'VIEWER'] as const) {
    const invite = await call(app, 'POST', '/api/v1/invites', { cookie: ownerCookie }, { role });
    const email = `${role.toLowerCase()}@fuzz.example`;
    const accepted = await call(app, 'POST', '/api/v1/invites/accept', {}, { code: invite.json<{ code: string }>().code, email, name: role, password: PASSWORD });
    cookies[role] = sessionCookie(accepted.headers['set-cookie']);
    users[role] = { userId: accepted.json<{ user: { id: string } }>().user.id, email };
  }
  const callers: Caller[] = [{ name: 'anonymous', role: null, via: 'anonymous', headers: { host: HOST } }];
  for (const role of ['OWNER', 'EDITOR', 'VIEWER'] as const) {
    const lower = role.toLowerCase();
    callers.push({ name: `${lower}:session`, role, via: 'session', userId: users[role].userId, headers: { host: HOST, origin: ORIGIN, cookie: cookies[role] } });
    const scope = role === 'VIEWER' ? 'READ' : 'READ_WRITE';
    callers.push({ name: `${lower}:token`, role, via: 'token', userId: users[role].userId, headers: { host: HOST, authorization: `Bearer ${await mintToken(app, cookies[role], scope)}` } });
  }
  const world: World = { app, db, callers, users, scenarios: [], otherIds: [] };
  const documents = PRESETS.flatMap((p) => p.scenarios);
  for (const [i, document] of documents.entries()) {
    for (const role of ['EDITOR', 'OWNER'] as const) {
      const res = await call(app, 'POST', '/api/v1/scenarios', { cookie: cookies[role] }, { document, visibility: i % 2 ? 'PRIVATE' : 'WORKSPACE' });
      world.scenarios.push({ id: res.json<{ id: string }>().id, etag: String(res.headers.etag) });
    }
  }
  return world;
}

/** Requests after which a caller may have lost their session, token, role or account. */
export function mayBreakCallers(method: string, url: string): boolean {
  return method !== 'GET' && /^\/api\/v1\/(auth|users|tokens|invites)\b/.test(url);
}

/** Puts every caller back: roles and accounts restored in the database, lost sessions and tokens re-created. */
export async function repair(world: World): Promise<void> {
  const { db, app } = world;
  for (const role of ['OWNER', 'EDITOR', 'VIEWER'] as const) {
    await db.prisma.user.update({ where: { id: world.users[role].userId }, data: { role, disabledAt: null } });
  }
  for (const caller of world.callers) {
    if (caller.via === 'anonymous' || !caller.userId || !caller.role) continue;
    const me = await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: caller.headers });
    if (me.statusCode === 200) continue;
    const { secret } = await createSession(db, DEFAULT_AUTH_CONFIG, caller.userId);
    const cookie = `${SESSION_COOKIE}=${secret}`;
    if (caller.via === 'session') caller.headers = { ...caller.headers, cookie };
    else caller.headers = { ...caller.headers, authorization: `Bearer ${await mintToken(app, cookie, caller.role === 'VIEWER' ? 'READ' : 'READ_WRITE')}` };
  }
}
