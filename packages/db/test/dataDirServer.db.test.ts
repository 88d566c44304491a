// Two real servers on one PGlite data directory (issue 14, finding 4): the second stops at once with
// one line naming the first, the first keeps serving; after kill -9 of the first, a new start opens
// the directory and finds what was saved.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { LOCK_FILE_NAME } from '../src/dataDirLock';

const REPO = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const SERVER = join(REPO, 'apps/api/src/server.ts');
const dataDir = mkdtempSync(join(tmpdir(), 'tokenplan-server-lock-'));
const running: ChildProcess[] = [];

afterAll(() => {
  for (const child of running) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

interface Server {
  child: ChildProcess;
  /** The URL the server printed, or null if it exited first. */
  url: string | null;
  exitCode: Promise<number | null>;
  stderr: () => string;
}

function startServer(): Promise<Server> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: '0',
    TOKENPLAN_DATA_DIR: dataDir,
    TOKENPLAN_DEMO_WORKSPACE: 'off',
    LOG_LEVEL: 'warn',
  };
  delete env['DATABASE_URL'];
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER], { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] });
  running.push(child);
  let out = '';
  let err = '';
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exitCode = new Promise<number | null>((res) => child.once('exit', (code) => res(code)));
  return new Promise((res) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /running at (http:\/\/\S+)/.exec(out)?.[1];
      if (url) res({ child, url, exitCode, stderr: () => err });
    });
    void exitCode.then(() => res({ child, url: null, exitCode, stderr: () => err }));
  });
}

async function status(url: string): Promise<{ setupRequired: boolean }> {
  const res = await fetch(`${url}/api/v1/auth/status`);
  expect(res.status).toBe(200);
  return (await res.json()) as { setupRequired: boolean };
}

it('a second server on the same directory exits 1 with one line; after kill -9 of the first the data opens again', async () => {
  const first = await startServer();
  expect(first.url, first.stderr()).not.toBeNull();
  const url = first.url as string;
  expect(await status(url)).toEqual({ setupRequired: true, me: null });
  const setup = await fetch(`${url}/api/v1/auth/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ email: 'owner@example.com', name: 'Owner', password: 'a long and unusual passphrase 7' }),
  });
  expect(setup.status, await setup.clone().text()).toBe(201);

  const second = await startServer();
  expect(second.url).toBeNull();
  expect(await second.exitCode).toBe(1);
  const lines = second.stderr().trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(
    new RegExp(`^Data directory ${dataDir} is in use by process ${first.child.pid} on host \\S+ since \\S+; stop it first or set TOKENPLAN_DATA_DIR$`),
  );
  // The first never noticed.
  expect((await status(url)).setupRequired).toBe(false);

  first.child.kill('SIGKILL');
  await first.exitCode;
  expect(existsSync(join(dataDir, LOCK_FILE_NAME))).toBe(true);

  const third = await startServer();
  expect(third.url, third.stderr()).not.toBeNull();
  expect((await status(third.url as string)).setupRequired).toBe(false);
  third.child.kill('SIGTERM');
  expect(await third.exitCode).toBe(0);
  expect(existsSync(join(dataDir, LOCK_FILE_NAME))).toBe(false);
}, 120_000);
