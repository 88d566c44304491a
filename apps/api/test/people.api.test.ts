// GET /api/v1/people: every member's name by id, for any signed-in user (the web names the author of a
// revision, a save or an import with it). Names only: the e-mails stay on the owner's /users.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, type TestApp } from './helpers';

describe('GET /api/v1/people', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('gives a viewer every member’s id and name, deactivated ones too, and no e-mail', async () => {
    const owner = await createUser(t, 'OWNER', { name: 'Olga Owner', email: 'olga@example.com' });
    const viewer = await createUser(t, 'VIEWER', { name: 'Victor Viewer', email: 'victor@example.com' });
    const gone = await createUser(t, 'EDITOR', { name: 'Greta Gone', email: 'greta@example.com' });
    await t.db.prisma.user.update({ where: { id: gone.userId }, data: { disabledAt: new Date() } });

    const res = await t.app.inject({ method: 'GET', url: '/api/v1/people', headers: viewer.headers });
    expect(res.statusCode).toBe(200);
    const { people } = res.json<{ people: Record<string, unknown>[] }>();
    expect(people).toEqual(
      expect.arrayContaining([
        { id: owner.userId, name: 'Olga Owner' },
        { id: viewer.userId, name: 'Victor Viewer' },
        { id: gone.userId, name: 'Greta Gone' },
      ]),
    );
    for (const person of people) expect(Object.keys(person).sort()).toEqual(['id', 'name']);
    expect(res.body).not.toContain('@example.com');
  });
});
