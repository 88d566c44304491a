// One process per PGlite data directory (issue 14, finding 4): a second open is refused with one
// line naming the holder, and a lock whose holder died (kill -9) is taken over at once.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirectoryInUseError, openDatabase } from '../src/index';
import { LOCK_FILE_NAME, lockDataDirectory } from '../src/dataDirLock';

const REPO = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const LOCK_MODULE = join(REPO, 'packages/db/src/dataDirLock.ts');

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tokenplan-lock-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const IN_USE = /^Data directory (\S+) is in use by process (\d+) on host (\S+) since (\S+); stop it first or set TOKENPLAN_DATA_DIR$/;

/** Starts `node` with tsx on `code`, resolving once it printed `ready`. */
function startNode(code: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: REPO, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((res, rej) => {
    child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && res(child));
    child.once('exit', (code) => rej(new Error(`child exited with ${code} before taking the lock`)));
  });
}

function killed(child: ChildProcess): Promise<void> {
  return new Promise((res) => {
    child.once('exit', () => res());
    child.kill('SIGKILL');
  });
}

describe('PGlite data directory lock', () => {
  it('refuses a second open of the same directory in one process, naming the holder; free again after close', async () => {
    const dir = tempDir();
    const first = await openDatabase({ dataDir: dir });
    try {
      const second = openDatabase({ dataDir: dir });
      await expect(second).rejects.toBeInstanceOf(DataDirectoryInUseError);
      const message = await second.then(
        () => '',
        (e: Error) => e.message,
      );
      const match = IN_USE.exec(message);
      expect(match, message).not.toBeNull();
      expect(match?.[1]).toBe(dir);
      expect(match?.[2]).toBe(String(process.pid));
      expect(match?.[3]).toBe(hostname());
      expect(Number.isNaN(Date.parse(match?.[4] ?? ''))).toBe(false);
      expect(message).not.toContain('\n');
      // The refused open did not disturb the first: it still answers.
      await first.ping();
    } finally {
      await first.close();
    }
    expect(existsSync(join(dir, LOCK_FILE_NAME))).toBe(false);
    lockDataDirectory(dir).release();
  });

  it('refuses while another live process holds the lock, and takes it over once that process is killed -9', async () => {
    const dir = tempDir();
    const child = await startNode(
      `import { lockDataDirectory } from ${JSON.stringify(LOCK_MODULE)}; lockDataDirectory(${JSON.stringify(dir)}); console.log('ready'); setInterval(() => {}, 1000);`,
    );
    try {
      let refused: unknown;
      try {
        lockDataDirectory(dir).release();
      } catch (error) {
        refused = error;
      }
      expect(refused).toBeInstanceOf(DataDirectoryInUseError);
      expect((refused as DataDirectoryInUseError).holder.pid).toBe(child.pid);
    } finally {
      await killed(child);
    }
    // The dead holder's file is still there, and stale: taken over at once (the server test below opens the database too).
    expect(existsSync(join(dir, LOCK_FILE_NAME))).toBe(true);
    const lock = lockDataDirectory(dir);
    expect(JSON.parse(readFileSync(lock.path, 'utf8'))).toMatchObject({ pid: process.pid });
    lock.release();
  });

  it('takes over a file naming our own pid that this process does not hold (a restarted container is pid 1 again)', () => {
    const dir = tempDir();
    const leftover = { pid: process.pid, host: hostname(), since: '2026-01-01T00:00:00.000Z' };
    writeFileSync(join(dir, LOCK_FILE_NAME), JSON.stringify(leftover));
    const lock = lockDataDirectory(dir);
    expect(JSON.parse(readFileSync(lock.path, 'utf8'))).not.toEqual(leftover);
    lock.release();
    expect(existsSync(lock.path)).toBe(false);
  });

  it('takes over a live pid that is no longer the holder (pid reused: another boot or start time), not one it cannot tell', () => {
    const dir = tempDir();
    const path = join(dir, LOCK_FILE_NAME);
    // process.ppid is alive on this host, but it is not the process that wrote this identity.
    writeFileSync(path, JSON.stringify({ pid: process.ppid, host: hostname(), since: '2026-01-01T00:00:00.000Z', identity: 'another-boot:1' }));
    lockDataDirectory(dir).release();
    // Without an identity to compare, a live pid is taken at its word.
    writeFileSync(path, JSON.stringify({ pid: process.ppid, host: hostname(), since: '2026-01-01T00:00:00.000Z' }));
    expect(() => lockDataDirectory(dir)).toThrow(`in use by process ${process.ppid} on host ${hostname()}`);
  });

  it('never takes a lock of another host (no way to know it is dead), and says how to clear it', () => {
    const dir = tempDir();
    const remote = { pid: 1, host: `not-${hostname()}`, since: '2026-01-01T00:00:00.000Z' };
    writeFileSync(join(dir, LOCK_FILE_NAME), JSON.stringify(remote));
    expect(() => lockDataDirectory(dir)).toThrow(
      `Data directory ${dir} is in use by process 1 on host not-${hostname()} since 2026-01-01T00:00:00.000Z; stop it first or set TOKENPLAN_DATA_DIR ` +
        `(never taken over from another host: if not-${hostname()} is gone, delete ${join(dir, LOCK_FILE_NAME)})`,
    );
  });
});
