// The authorization matrix's rows (authz-matrix.api.test.ts): for every /api/v1 route, its rule (must
// equal the route's config.auth), the status a permitted caller gets, a request builder that makes a
// fresh, valid request (the caller's headers are added), and any per-caller exceptions; the callers
// (principals) and the status each rule implies for each.
import type { AuthRule } from '../src/auth/actor';
import { DEFAULT_AUTH_CONFIG, SESSION_COOKIE } from '../src/auth/config';
import { hashSecret, INVITE_PREFIX, newSecret } from '../src/auth/secrets';
import { createSession } from '../src/auth/sessions';
import { ScenarioRepository } from '../src/repositories/scenarios';
import { findPreset } from '@tokenplan/model';
import { validDocument } from './scenarios/fixtures';
import { anonymousHeaders, createTestApp, createToken, createUser, TEST_HOST, TEST_ORIGIN, type TestApp, type TestToken, type TestUser } from './helpers';

// disabledSession / disabledToken: a session and a live token of a deactivated member (created after the
// deactivation, as a sign-in racing it could): refused on every route, as anonymous and revoked ones are.
export const PRINCIPALS = ['anonymous', 'viewer', 'editor', 'owner', 'otherToken', 'revokedToken', 'disabledSession', 'disabledToken'] as const;
export type Principal = (typeof PRINCIPALS)[number];

export interface Fixture {
  t: TestApp;
  viewer: TestUser;
  editor: TestUser;
  owner: TestUser;
  /** Another editor: "other user's token" is their read-write token. */
  other: TestUser;
  target: TestUser;
  /** A deactivated editor. */
  disabled: TestUser;
  otherToken: TestToken;
  revokedToken: TestToken;
  disabledToken: TestToken;
}

export interface Row {
  rule: AuthRule;
  /** Status of a permitted caller. */
  ok: number;
  request?: (f: Fixture, who: Principal) => Promise<{ url?: string; payload?: Record<string, unknown>; headers?: Record<string, string> }>;
  /** Exceptions to what the rule implies (object-level checks inside the handler). */
  except?: Partial<Record<Principal, number>>;
}

/** A valid Scenario: the first document of the Blackwell vs Hopper preset. */
function presetScenario(): Record<string, unknown> {
  const doc = findPreset('blackwell-vs-hopper')?.scenarios[0];
  if (!doc) throw new Error('preset blackwell-vs-hopper missing');
  return { ...doc, horizonMonths: 12 };
}

let counter = 0;
const unique = () => `${Date.now()}-${++counter}`;

/** A workspace-shared scenario of the editor, stored through the repository (one per fixture). */
let exportScenario: Promise<string> | undefined;
function exportScenarioUrl(f: Fixture): Promise<string> {
  exportScenario ??= new ScenarioRepository(f.t.db)
    .create(
      { userId: f.editor.userId, role: 'EDITOR', via: 'session', canWrite: true },
      { name: `Export matrix ${unique()}`, document: presetScenario(), isDraft: false, visibility: 'WORKSPACE' },
    )
    .then((r) => `/api/v1/scenarios/${r.id}`);
  return exportScenario;
}

async function newInvite(f: Fixture) {
  const code = newSecret(INVITE_PREFIX);
  const invite = await f.t.db.prisma.invite.create({
    data: { tokenHash: hashSecret(code), role: 'VIEWER', createdById: f.owner.userId, expiresAt: new Date(Date.now() + 3_600_000) },
  });
  return { code, id: invite.id };
}

/** A scenario the editor owns, shared with the workspace (so every signed-in caller can reach it). */
// Through a fresh session of the editor: changing a password in the matrix ends the others.
async function sharedScenario(f: Fixture, options: { deleted?: boolean } = {}): Promise<{ url: string; etag: string }> {
  const headers = await headersFor(f, 'editor');
  const res = await f.t.app.inject({
    method: 'POST',
    url: '/api/v1/scenarios',
    headers,
    payload: { document: validDocument(`Matrix ${unique()}`), visibility: 'WORKSPACE' },
  });
  const { id, etag } = res.json<{ id: string; etag: string }>();
  if (options.deleted) {
    await f.t.app.inject({ method: 'DELETE', url: `/api/v1/scenarios/${id}`, headers: { ...headers, 'if-match': etag } });
  }
  return { url: `/api/v1/scenarios/${id}`, etag };
}

export const MATRIX: Record<string, Row> = {
  'GET /api/v1/auth/status': { rule: 'public', ok: 200 },
  'POST /api/v1/auth/setup': {
    rule: 'public',
    ok: 409, // the workspace exists: setup is refused to everyone
    request: async () => ({ payload: { email: `setup-${unique()}@example.com`, name: 'S', password: 'budget-cycle-planning-9' } }),
  },
  'POST /api/v1/auth/login': { rule: 'public', ok: 200, request: async (f) => ({ payload: { email: f.target.email, password: f.target.password } }) },
  'POST /api/v1/auth/logout': { rule: 'user', ok: 204 },
  'GET /api/v1/auth/me': { rule: 'user', ok: 200 },
  'POST /api/v1/auth/password': {
    rule: 'user',
    ok: 204,
    // The caller's own current password (a signed-in user's; anyone else is refused before it matters).
    request: async (f, who) => {
      const newPassword = `ledger-rollover-${unique()}`;
      if (who !== 'viewer' && who !== 'editor' && who !== 'owner') return { payload: { currentPassword: 'not-checked-here-1', newPassword } };
      const currentPassword = f[who].password;
      f[who].password = newPassword;
      return { payload: { currentPassword, newPassword } };
    },
    except: { otherToken: 403 }, // a token cannot change its user's password
  },
  'GET /api/v1/invites': { rule: 'owner', ok: 200 },
  'POST /api/v1/invites': { rule: 'owner', ok: 201, request: async () => ({ payload: { role: 'VIEWER' } }) },
  'DELETE /api/v1/invites/:id': { rule: 'owner', ok: 204, request: async (f) => ({ url: `/api/v1/invites/${(await newInvite(f)).id}` }) },
  'POST /api/v1/invites/inspect': { rule: 'public', ok: 200, request: async (f) => ({ payload: { code: (await newInvite(f)).code } }) },
  'POST /api/v1/invites/accept': {
    rule: 'public',
    ok: 201,
    request: async (f) => ({ payload: { code: (await newInvite(f)).code, email: `inv-${unique()}@example.com`, name: 'New', password: 'budget-cycle-planning-9' } }),
  },
  'GET /api/v1/users': { rule: 'owner', ok: 200 },
  'GET /api/v1/people': { rule: 'user', ok: 200 },
  'PATCH /api/v1/users/:id': {
    rule: 'owner',
    ok: 200,
    request: async (f) => ({ url: `/api/v1/users/${f.target.userId}`, payload: { role: 'VIEWER', disabled: false } }),
  },
  'GET /api/v1/tokens': { rule: 'user', ok: 200 },
  'POST /api/v1/tokens': {
    rule: 'user',
    ok: 201,
    request: async () => ({ payload: { name: 'matrix', scope: 'READ' } }),
    except: { otherToken: 403 }, // tokens are minted from a session only
  },
  'DELETE /api/v1/tokens/:id': {
    rule: 'user',
    ok: 204,
    // The editor's own token: anyone else gets 404 (not 403), as if it did not exist.
    request: async (f) => ({ url: `/api/v1/tokens/${(await createToken(f.t, f.editor, 'READ')).tokenId}` }),
    except: { viewer: 404, owner: 404, otherToken: 404 },
  },
  'GET /api/v1/audit': { rule: 'owner', ok: 200 },
  // Scenarios (routes/scenarios): shared scenarios are read and edited by every writer; deleting and
  // restoring are for the scenario's owner (the editor here) and the workspace owner.
  'GET /api/v1/scenarios': { rule: 'user', ok: 200 },
  'POST /api/v1/scenarios': { rule: 'writer', ok: 201, request: async () => ({ payload: { document: validDocument(`Matrix ${unique()}`) } }) },
  'GET /api/v1/scenarios/templates': { rule: 'user', ok: 200 },
  'POST /api/v1/scenarios/from-template': { rule: 'writer', ok: 201, request: async () => ({ payload: { templateId: 'own-vs-api' } }) },
  'GET /api/v1/scenarios/trash': { rule: 'user', ok: 200 },
  'GET /api/v1/scenarios/export': { rule: 'user', ok: 200 },
  'POST /api/v1/scenarios/import': {
    rule: 'writer',
    ok: 201,
    request: async () => ({ payload: { format: 'tokenplan.scenarios', schemaVersion: 1, scenarios: [{ document: validDocument(`Matrix ${unique()}`) }] } }),
  },
  'GET /api/v1/scenarios/:id': { rule: 'user', ok: 200, request: async (f) => ({ url: (await sharedScenario(f)).url }) },
  'PUT /api/v1/scenarios/:id': {
    rule: 'writer',
    ok: 200,
    request: async (f) => {
      const s = await sharedScenario(f);
      return { url: s.url, headers: { 'if-match': s.etag }, payload: { document: validDocument(`Matrix ${unique()}`) } };
    },
  },
  'PATCH /api/v1/scenarios/:id': {
    rule: 'writer',
    ok: 200,
    request: async (f) => {
      const s = await sharedScenario(f);
      return { url: s.url, headers: { 'if-match': s.etag }, payload: { document: { horizonMonths: 12 } } };
    },
  },
  'DELETE /api/v1/scenarios/:id': {
    rule: 'writer',
    ok: 200,
    request: async (f) => {
      const s = await sharedScenario(f);
      return { url: s.url, headers: { 'if-match': s.etag } };
    },
    except: { otherToken: 403 }, // another editor may edit a shared scenario, not delete it
  },
  'POST /api/v1/scenarios/:id/restore': {
    rule: 'writer',
    ok: 200,
    request: async (f) => ({ url: `${(await sharedScenario(f, { deleted: true })).url}/restore` }),
    except: { otherToken: 404 }, // someone else's trash is invisible
  },
  'POST /api/v1/scenarios/:id/duplicate': { rule: 'writer', ok: 201, request: async (f) => ({ url: `${(await sharedScenario(f)).url}/duplicate` }) },
  'GET /api/v1/scenarios/:id/revisions': { rule: 'user', ok: 200, request: async (f) => ({ url: `${(await sharedScenario(f)).url}/revisions` }) },
  'GET /api/v1/scenarios/:id/revisions/:version': { rule: 'user', ok: 200, request: async (f) => ({ url: `${(await sharedScenario(f)).url}/revisions/1` }) },
  'POST /api/v1/scenarios/:id/revisions/:version/restore': {
    rule: 'writer',
    ok: 200,
    request: async (f) => {
      const s = await sharedScenario(f);
      return { url: `${s.url}/revisions/1/restore`, headers: { 'if-match': s.etag } };
    },
  },
  'GET /api/v1/scenarios/:id/diff': { rule: 'user', ok: 200, request: async (f) => ({ url: `${(await sharedScenario(f)).url}/diff?from=1` }) },
  'GET /api/v1/scenarios/:id/projection': { rule: 'user', ok: 200, request: async (f) => ({ url: `${(await sharedScenario(f)).url}/projection` }) },
  'POST /api/v1/projections': { rule: 'user', ok: 200, request: async () => ({ payload: presetScenario() }) },
  // Exports (routes/exports): reads of a scenario the caller may see, or of a posted document.
  'GET /api/v1/scenarios/:id/export.xlsx': { rule: 'user', ok: 200, request: async (f) => ({ url: `${await exportScenarioUrl(f)}/export.xlsx` }) },
  'GET /api/v1/scenarios/:id/export.csv': { rule: 'user', ok: 200, request: async (f) => ({ url: `${await exportScenarioUrl(f)}/export.csv?table=allocation` }) },
  'GET /api/v1/scenarios/:id/export.pdf': { rule: 'user', ok: 200, request: async (f) => ({ url: `${await exportScenarioUrl(f)}/export.pdf` }) },
  'POST /api/v1/exports/xlsx': { rule: 'user', ok: 200, request: async () => ({ payload: { scenario: presetScenario() } }) },
  'POST /api/v1/exports/csv': { rule: 'user', ok: 200, request: async () => ({ payload: { scenario: presetScenario() } }) },
  'POST /api/v1/exports/pdf': { rule: 'user', ok: 200, request: async () => ({ payload: { scenario: presetScenario(), paper: 'letter' } }) },
  // Analyses (routes/analysis): reads; small requests so each cell stays fast.
  'POST /api/v1/analysis/compare': { rule: 'user', ok: 200, request: async () => ({ payload: { scenarios: [{ scenario: presetScenario() }, { scenario: presetScenario() }] } }) },
  'POST /api/v1/analysis/tornado': { rule: 'user', ok: 200, request: async () => ({ payload: { scenario: presetScenario(), engine: 'float' } }) },
  'POST /api/v1/analysis/montecarlo': { rule: 'user', ok: 200, request: async () => ({ payload: { scenario: presetScenario(), paths: 20 } }) },
  'POST /api/v1/analysis/goal-seek': { rule: 'user', ok: 200, request: async () => ({ payload: { scenario: presetScenario(), driver: 'revenuePrice', kpi: 'npv', target: 0 } }) },
  'POST /api/v1/scenarios/:id/analysis/tornado': { rule: 'user', ok: 200, request: async (f) => ({ url: `${await exportScenarioUrl(f)}/analysis/tornado`, payload: { engine: 'float' } }) },
  'POST /api/v1/scenarios/:id/analysis/montecarlo': { rule: 'user', ok: 200, request: async (f) => ({ url: `${await exportScenarioUrl(f)}/analysis/montecarlo`, payload: { paths: 20 } }) },
  'POST /api/v1/scenarios/:id/analysis/goal-seek': {
    rule: 'user',
    ok: 200,
    request: async (f) => ({ url: `${await exportScenarioUrl(f)}/analysis/goal-seek`, payload: { driver: 'capex', kpi: 'npv', target: 0 } }),
  },
  // Claim check (routes/claims, issue 22): a read; with a preset, no scenario.
  'POST /api/v1/claims/check': { rule: 'user', ok: 200, request: async () => ({ payload: { preset: 'b200-2-cents' } }) },
  // Actuals and versions (issue 18): everyone signed in reads; editors and owners import, map, lock.
  'POST /api/v1/actuals/imports': { rule: 'writer', ok: 201, request: async () => ({ payload: spendFile() }) },
  'GET /api/v1/actuals/imports': { rule: 'user', ok: 200 },
  'DELETE /api/v1/actuals/imports/:id': { rule: 'writer', ok: 204, request: async (f) => ({ url: `/api/v1/actuals/imports/${await newImport(f)}` }) },
  'GET /api/v1/actuals/mappings': { rule: 'user', ok: 200 },
  'PUT /api/v1/actuals/mappings': {
    rule: 'writer',
    ok: 200,
    request: async (f) => {
      const res = await f.t.app.inject({ method: 'GET', url: '/api/v1/actuals/mappings', headers: await headersFor(f, 'editor') });
      return { payload: { rules: [] }, headers: { 'if-match': res.json<{ etag: string }>().etag } };
    },
  },
  'GET /api/v1/actuals/months': { rule: 'user', ok: 200 },
  'POST /api/v1/scenarios/:id/versions': { rule: 'writer', ok: 201, request: async (f) => ({ url: `${(await sharedScenario(f)).url}/versions`, payload: { name: `v ${unique()}`, kind: 'budget' } }) },
  'GET /api/v1/scenarios/:id/versions': { rule: 'user', ok: 200, request: async (f) => ({ url: `${(await sharedScenario(f)).url}/versions` }) },
  'PUT /api/v1/scenarios/:id/baseline': { rule: 'writer', ok: 200, request: async (f) => ({ url: `${(await sharedScenario(f)).url}/baseline`, payload: { versionId: null } }) },
  'GET /api/v1/scenarios/:id/variance': {
    rule: 'user',
    ok: 200,
    request: async (f) => {
      const { url } = await sharedScenario(f);
      const res = await f.t.app.inject({ method: 'POST', url: `${url}/versions`, headers: await headersFor(f, 'editor'), payload: { name: 'Budget', kind: 'budget' } });
      return { url: `${url}/variance?version=${res.json<{ version: { id: string } }>().version.id}` };
    },
  },
  // Sharing and comments (issue 19): only the scenario's owner (or the workspace owner, for a
  // workspace scenario) re-shares; readers comment, viewers too; authors edit their own comments.
  'GET /api/v1/scenarios/:id/sharing': { rule: 'user', ok: 200, request: async (f) => ({ url: `${(await sharedScenario(f)).url}/sharing` }) },
  'PUT /api/v1/scenarios/:id/sharing': {
    rule: 'writer',
    ok: 200,
    request: async (f) => ({ url: `${(await sharedScenario(f)).url}/sharing`, headers: { 'if-match': '"sharing-1"' }, payload: { visibility: 'WORKSPACE', grants: [] } }),
    except: { otherToken: 403 },
  },
  'GET /api/v1/scenarios/:id/comments': { rule: 'user', ok: 200, request: async (f) => ({ url: `${(await sharedScenario(f)).url}/comments` }) },
  'POST /api/v1/scenarios/:id/comments': { rule: 'user', ok: 201, request: async (f) => ({ url: `${(await sharedScenario(f)).url}/comments`, payload: { body: 'Looks right' } }) },
  'PATCH /api/v1/scenarios/:id/comments/:commentId': {
    rule: 'user',
    ok: 200,
    request: async (f) => ({ url: await editorComment(f), payload: { body: 'Edited' } }),
    except: { viewer: 403, owner: 403, otherToken: 403 },
  },
  'DELETE /api/v1/scenarios/:id/comments/:commentId': {
    rule: 'user',
    ok: 200,
    request: async (f) => ({ url: await editorComment(f) }),
    except: { viewer: 403, owner: 403, otherToken: 403 },
  },
};

/** The URL of a fresh comment of the editor's on a workspace scenario (only they may change it). */
async function editorComment(f: Fixture): Promise<string> {
  const { url } = await sharedScenario(f);
  const res = await f.t.app.inject({ method: 'POST', url: `${url}/comments`, headers: await headersFor(f, 'editor'), payload: { body: 'First' } });
  return `${url}/comments/${res.json<{ comment: { id: string } }>().comment.id}`;
}

/** A one-record LiteLLM spend log with a fresh request id (so every import inserts a row). */
function spendFile(): Record<string, unknown> {
  return { format: 'litellm', fileName: 'matrix.json', content: JSON.stringify([{ request_id: `matrix-${unique()}`, startTime: '2027-01-05T00:00:00', spend: 1 }]) };
}

/** The id of a fresh import of the editor's (to undo). */
async function newImport(f: Fixture): Promise<string> {
  const res = await f.t.app.inject({ method: 'POST', url: '/api/v1/actuals/imports', headers: await headersFor(f, 'editor'), payload: spendFile() });
  return res.json<{ import: { id: string } }>().import.id;
}

export function expectedStatus(row: Row, who: Principal): number {
  const override = row.except?.[who];
  if (override !== undefined) return override;
  if (who === 'revokedToken' || who === 'disabledToken') return 401; // a bad bearer is refused everywhere, even on public routes
  if (row.rule === 'public') return row.ok;
  if (who === 'anonymous' || who === 'disabledSession') return 401;
  if (row.rule === 'user') return row.ok;
  if (row.rule === 'writer') return who === 'viewer' ? 403 : row.ok;
  return who === 'owner' ? row.ok : 403;
}


/** The callers of the matrix on a fresh test app: one user per role, a deactivated editor, and their tokens. */
export async function createFixture(): Promise<Fixture> {
  const t = await createTestApp();
  const [viewer, editor, owner, other, target, disabled] = [
    await createUser(t, 'VIEWER'),
    await createUser(t, 'EDITOR'),
    await createUser(t, 'OWNER'),
    await createUser(t, 'EDITOR'),
    await createUser(t, 'EDITOR'),
    await createUser(t, 'EDITOR'),
  ];
  await t.db.prisma.user.update({ where: { id: disabled.userId }, data: { disabledAt: new Date() } });
  return {
    t,
    viewer,
    editor,
    owner,
    other,
    target,
    disabled,
    otherToken: await createToken(t, other, 'READ_WRITE'),
    revokedToken: await createToken(t, editor, 'READ_WRITE', { revoked: true }),
    disabledToken: await createToken(t, disabled, 'READ_WRITE'),
  };
}

/** Fresh credentials per request, so logout in one cell does not sign the caller out of the next. */
export async function headersFor(f: Fixture, who: Principal): Promise<Record<string, string>> {
  if (who === 'anonymous') return anonymousHeaders;
  if (who === 'otherToken' || who === 'revokedToken' || who === 'disabledToken') return f[who].headers;
  const { secret } = await createSession(f.t.db, DEFAULT_AUTH_CONFIG, f[who === 'disabledSession' ? 'disabled' : who].userId);
  return { cookie: `${SESSION_COOKIE}=${secret}`, host: TEST_HOST, origin: TEST_ORIGIN };
}
