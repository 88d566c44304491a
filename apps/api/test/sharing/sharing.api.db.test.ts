// Sharing per scenario and comments, on both databases: the authorization matrix (owner, editor
// grant, viewer grant, no grant), If-Match on sharing (428 / 412), audit rows, threads and mentions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseTargets } from '@tokenplan/db/testing';
import { apiOnly, createToken, createTestApp, createUser, type TestApp, type TestUser } from '../helpers';
import { client, type Client } from '../scenarios/api';

const targets = await testDatabaseTargets();

interface Sharing {
  visibility: string;
  workspaceRole: string;
  grants: { id: string; role: string }[];
  etag: string;
  manage: boolean;
  members?: { id: string; name: string }[];
}
interface Comment {
  id: string;
  parentId: string | null;
  body: string;
  mentions: { id: string; name: string }[];
  deletedAt: string | null;
}

describe.each(targets)('sharing and comments on $kind', ({ open }) => {
  let t: TestApp;
  let owner: TestUser;
  let editorGrant: TestUser;
  let viewerGrant: TestUser;
  let noGrant: TestUser;
  let viewerAccount: TestUser;
  let as: Record<'owner' | 'editorGrant' | 'viewerGrant' | 'noGrant' | 'viewerAccount', Client>;
  let id: string;

  beforeAll(async () => {
    t = await createTestApp(await open());
    owner = await createUser(t, 'EDITOR', { name: 'Olivia Owner' });
    editorGrant = await createUser(t, 'EDITOR', { name: 'Eddie Editor' });
    viewerGrant = await createUser(t, 'EDITOR', { name: 'Vera Viewer' });
    noGrant = await createUser(t, 'EDITOR', { name: 'Nobody Else' });
    viewerAccount = await createUser(t, 'VIEWER', { name: 'Victor Readonly' });
    as = {
      owner: client(t, owner),
      editorGrant: client(t, editorGrant),
      viewerGrant: client(t, viewerGrant),
      noGrant: client(t, noGrant),
      viewerAccount: client(t, viewerAccount),
    };
    const created = await as.owner('POST', '/api/v1/scenarios', { payload: { document: apiOnly } });
    expect(created.statusCode, created.body).toBe(201);
    id = created.json<{ id: string }>().id;
  });
  afterAll(async () => t.close());

  const url = () => `/api/v1/scenarios/${id}`;
  const rename = async (who: Client, name: string) => {
    const got = await who('GET', url());
    if (got.statusCode !== 200) return got.statusCode;
    return (await who('PATCH', url(), { payload: { name }, ifMatch: got.json<{ etag: string }>().etag })).statusCode;
  };

  it('shares with named people: viewer reads and may not edit, editor edits, no grant sees nothing', async () => {
    // Private at first: only the owner sees it.
    expect((await as.editorGrant('GET', url())).statusCode).toBe(404);
    const before = (await as.owner('GET', `${url()}/sharing`)).json<Sharing>();
    expect(before).toMatchObject({ visibility: 'PRIVATE', grants: [], manage: true });
    expect(before.members?.map((m) => m.id)).toEqual(expect.arrayContaining([owner.userId, viewerGrant.userId]));

    const grants = [
      { userId: editorGrant.userId, role: 'EDITOR' },
      { userId: viewerGrant.userId, role: 'VIEWER' },
      { userId: viewerAccount.userId, role: 'EDITOR' },
    ];
    const missing = await as.owner('PUT', `${url()}/sharing`, { payload: { visibility: 'PRIVATE', grants } });
    expect(missing.statusCode).toBe(428);
    const put = await as.owner('PUT', `${url()}/sharing`, { payload: { visibility: 'PRIVATE', grants }, ifMatch: before.etag });
    expect(put.statusCode, put.body).toBe(200);
    const after = put.json<Sharing>();
    expect(after.grants.map((g) => [g.id, g.role]).sort()).toEqual(grants.map((g) => [g.userId, g.role]).sort());
    expect(after.etag).not.toBe(before.etag);

    // The stale ETag is refused with the current settings.
    const stale = await as.owner('PUT', `${url()}/sharing`, { payload: { visibility: 'WORKSPACE', grants: [] }, ifMatch: before.etag });
    expect(stale.statusCode).toBe(412);
    expect(stale.json<{ current: Sharing }>().current.etag).toBe(after.etag);

    // Matrix: read / edit the document / manage sharing.
    expect(await rename(as.owner, 'Renamed by owner')).toBe(200);
    expect(await rename(as.editorGrant, 'Renamed by editor')).toBe(200);
    expect(await rename(as.viewerGrant, 'Renamed by viewer')).toBe(403);
    expect(await rename(as.noGrant, 'Renamed by stranger')).toBe(404);
    // An EDITOR grant does not lift a VIEWER account's read-only role.
    expect(await rename(as.viewerAccount, 'Renamed by read-only')).toBe(403);
    const permissions = async (who: Client) => (await who('GET', url())).json<{ permissions: { edit: boolean; manage: boolean } }>().permissions;
    expect(await permissions(as.owner)).toEqual({ edit: true, manage: true });
    expect(await permissions(as.editorGrant)).toEqual({ edit: true, manage: false });
    expect(await permissions(as.viewerGrant)).toEqual({ edit: false, manage: false });
    expect((await as.editorGrant('PUT', `${url()}/sharing`, { payload: { visibility: 'WORKSPACE', grants: [] }, ifMatch: after.etag })).statusCode).toBe(403);
    // A viewer share reads versions but locks none and sets no baseline; an editor share may.
    expect((await as.viewerGrant('POST', `${url()}/versions`, { payload: { name: 'Viewer lock', kind: 'budget' } })).statusCode).toBe(403);
    expect((await as.viewerGrant('PUT', `${url()}/baseline`, { payload: { versionId: null } })).statusCode).toBe(403);
    expect((await as.viewerGrant('GET', `${url()}/versions`)).statusCode).toBe(200);
    expect((await as.editorGrant('POST', `${url()}/versions`, { payload: { name: 'Editor lock', kind: 'budget' } })).statusCode).toBe(201);
    expect((await as.noGrant('GET', `${url()}/sharing`)).statusCode).toBe(404);

    // Listed as shared for the viewer, not for the stranger.
    const shared = (await as.viewerGrant('GET', '/api/v1/scenarios?scope=shared')).json<{ items: { id: string }[] }>();
    expect(shared.items.map((s) => s.id)).toContain(id);
    const strangers = (await as.noGrant('GET', '/api/v1/scenarios')).json<{ items: { id: string }[] }>();
    expect(strangers.items.map((s) => s.id)).not.toContain(id);

    const audit = await t.db.prisma.auditEvent.findMany({ where: { entityId: id, action: 'scenario.share' } });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.details).toMatchObject({ visibility: 'PRIVATE', removed: [] });
  });

  it('a read-only workspace share lets members read, not edit; removing a grant takes access away', async () => {
    const current = (await as.owner('GET', `${url()}/sharing`)).json<Sharing>();
    const put = await as.owner('PUT', `${url()}/sharing`, {
      payload: { visibility: 'WORKSPACE', workspaceRole: 'VIEWER', grants: [{ userId: viewerGrant.userId, role: 'VIEWER' }] },
      ifMatch: current.etag,
    });
    expect(put.statusCode, put.body).toBe(200);
    expect((await as.noGrant('GET', url())).statusCode).toBe(200);
    expect(await rename(as.noGrant, 'Renamed by member')).toBe(403);
    // editorGrant lost the grant: now only a workspace reader.
    expect(await rename(as.editorGrant, 'Renamed again')).toBe(403);
    const back = (await as.owner('GET', `${url()}/sharing`)).json<Sharing>();
    const priv = await as.owner('PUT', `${url()}/sharing`, { payload: { visibility: 'PRIVATE', grants: [{ userId: viewerGrant.userId, role: 'VIEWER' }] }, ifMatch: back.etag });
    expect(priv.statusCode).toBe(200);
    expect((await as.editorGrant('GET', url())).statusCode).toBe(404);
    expect((await as.owner('PUT', `${url()}/sharing`, { payload: { visibility: 'PRIVATE', grants: [{ userId: '00000000-0000-4000-8000-000000000000', role: 'VIEWER' }] }, ifMatch: priv.json<Sharing>().etag })).statusCode).toBe(400);
  });

  it('threads comments with mentions; viewers comment; authors edit and delete their own', async () => {
    const first = await as.viewerGrant('POST', `${url()}/comments`, { payload: { body: `Is the price right, <@${owner.userId}>?` } });
    expect(first.statusCode, first.body).toBe(201);
    const root = first.json<{ comment: Comment }>().comment;
    expect(root.mentions).toEqual([{ id: owner.userId, name: 'Olivia Owner' }]);
    const reply = await as.owner('POST', `${url()}/comments`, { payload: { body: 'Yes: list price.', parentId: root.id } });
    const replied = reply.json<{ comment: Comment }>().comment;
    expect(replied.parentId).toBe(root.id);
    // A reply to a reply joins the root's thread.
    const nested = (await as.viewerGrant('POST', `${url()}/comments`, { payload: { body: 'Thanks', parentId: replied.id } })).json<{ comment: Comment }>().comment;
    expect(nested.parentId).toBe(root.id);

    expect((await as.noGrant('GET', `${url()}/comments`)).statusCode).toBe(404);
    expect((await as.noGrant('POST', `${url()}/comments`, { payload: { body: 'hi' } })).statusCode).toBe(404);
    expect((await as.owner('POST', `${url()}/comments`, { payload: { body: '<@00000000-0000-4000-8000-000000000000> hi' } })).statusCode).toBe(400);
    expect((await as.owner('POST', `${url()}/comments`, { payload: { body: '   ' } })).statusCode).toBe(400);
    const readOnly = await createToken(t, viewerGrant, 'READ');
    const byToken = await t.app.inject({ method: 'POST', url: `${url()}/comments`, headers: readOnly.headers, payload: { body: 'x' } });
    expect(byToken.statusCode).toBe(403);

    expect((await as.owner('PATCH', `${url()}/comments/${root.id}`, { payload: { body: 'hijack' } })).statusCode).toBe(403);
    const edited = await as.viewerGrant('PATCH', `${url()}/comments/${root.id}`, { payload: { body: 'Is the price right?' } });
    expect(edited.json<{ comment: Comment & { editedAt: string } }>().comment).toMatchObject({ body: 'Is the price right?', mentions: [], editedAt: expect.any(String) });
    expect((await as.owner('DELETE', `${url()}/comments/${root.id}`)).statusCode).toBe(403);
    expect((await as.viewerGrant('DELETE', `${url()}/comments/${root.id}`)).statusCode).toBe(200);

    const listed = (await as.viewerGrant('GET', `${url()}/comments`)).json<{ comments: Comment[] }>().comments;
    expect(listed.map((c) => c.id)).toEqual([root.id, replied.id, nested.id]);
    expect(listed[0]).toMatchObject({ body: '', deletedAt: expect.any(String) });
    const actions = (await t.db.prisma.auditEvent.findMany({ where: { entityId: id, action: { startsWith: 'comment.' } } })).map((a) => a.action).sort();
    expect(actions).toEqual(['comment.create', 'comment.create', 'comment.create', 'comment.delete', 'comment.edit']);
  });

  it('names the scenario in the audit log, and says when it is deleted (issue 19: ids read as noise)', async () => {
    const admin = await createUser(t, 'OWNER');
    const audit = async () =>
      (await client(t, admin)('GET', `/api/v1/audit?entityType=scenario&entityId=${id}&limit=1`)).json<{ events: { entity: { name: string | null; deleted: boolean } }[] }>().events[0]?.entity;
    const current = (await as.owner('GET', url())).json<{ name: string; etag: string }>();
    expect(await audit()).toEqual({ name: current.name, deleted: false });
    expect((await as.owner('DELETE', url(), { ifMatch: current.etag })).statusCode).toBe(200);
    expect(await audit()).toEqual({ name: current.name, deleted: true });
  });
});
