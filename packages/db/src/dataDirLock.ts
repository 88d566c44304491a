// One process at a time per PGlite data directory. PGlite has no postmaster.pid of its own: two
// processes on one directory each keep their own buffers, so one loses its acknowledged writes and,
// after a crash of both, the files no longer open.
//
// Why an O_EXCL pid file and not `proper-lockfile`: proper-lockfile detects a dead holder only once
// its lock is older than `stale` (≥ 2 s, 10 s by default), so a restart right after `kill -9` would
// be refused, and it keeps the lock fresh with a timer, so a long synchronous computation (a big
// projection) makes it declare its own lock compromised. A pid file says who holds the directory and
// is known stale at once: its holder is no longer alive on this host.
import { linkSync, readFileSync, realpathSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export const LOCK_FILE_NAME = 'tokenplan.lock';

export interface LockHolder {
  pid: number;
  host: string;
  /** ISO 8601 time the holder took the lock. */
  since: string;
  /** Linux only: boot id and start time (clock ticks) of the holder, to tell a reused pid from it. */
  identity?: string | undefined;
}

/** Refusal to open a data directory another live process holds; `message` is one line for the operator. */
export class DataDirectoryInUseError extends Error {
  override name = 'DataDirectoryInUseError';
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    const remote = holder.host === hostname() ? '' : ` (never taken over from another host: if ${holder.host} is gone, delete ${join(dataDir, LOCK_FILE_NAME)})`;
    super(
      `Data directory ${dataDir} is in use by process ${holder.pid} on host ${holder.host} since ${holder.since}; ` +
        `stop it first or set TOKENPLAN_DATA_DIR${remote}`,
    );
  }
}

export interface DataDirLock {
  readonly path: string;
  /** Removes the lock file (idempotent). */
  release(): void;
}

/** Lock files this process holds, by real path: a second open in the same process is refused too. */
const heldHere = new Set<string>();

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** What the process table says of `pid` (Linux /proc): boot id + start ticks, and whether it is a zombie. */
function processIdentity(pid: number): { identity: string; zombie: boolean } | null {
  try {
    const bootId = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) state ppid …": comm may hold spaces and parentheses; starttime is field 22.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { identity: `${bootId}:${fields[19] ?? ''}`, zombie: fields[0] === 'Z' };
  } catch {
    return null; // not Linux, or no such process
  }
}

function parseHolder(text: string): LockHolder | null {
  try {
    const parsed = JSON.parse(text) as Partial<LockHolder>;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string' && typeof parsed.since === 'string') {
      return { pid: parsed.pid, host: parsed.host, since: parsed.since, identity: typeof parsed.identity === 'string' ? parsed.identity : undefined };
    }
  } catch {
    // Not a lock file of ours: treated as stale below.
  }
  return null;
}

/**
 * Whether `holder` can no longer be using the directory. Only a holder on this host can be judged: its
 * pid is dead or a zombie; or the pid now belongs to another process (another boot or start time:
 * pids are reused, in containers they repeat from one start to the next); or the pid is ours but this
 * process does not hold the lock (a restarted container: pid 1 again).
 */
function isStale(holder: LockHolder, path: string): boolean {
  if (holder.host !== hostname()) return false;
  if (holder.pid === process.pid) return !heldHere.has(path);
  if (!alive(holder.pid)) return true;
  const now = processIdentity(holder.pid);
  if (now === null) return false;
  return now.zombie || (holder.identity !== undefined && holder.identity !== now.identity);
}

/** Moves a stale lock file aside, atomically, and puts it back if someone replaced it meanwhile. */
function removeStale(path: string, stale: string): void {
  const aside = `${path}.${process.pid}.stale`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = readFileSync(aside, 'utf8');
  if (moved !== stale) {
    // A live holder took over between our read and the rename: give its file back.
    try {
      linkSync(aside, path);
    } catch {
      // Someone else created a lock in between: theirs stands.
    }
  }
  unlinkSync(aside);
}

/** Takes the lock on `dataDir` (which must exist) or throws DataDirectoryInUseError naming the holder. */
export function lockDataDirectory(dataDir: string): DataDirLock {
  const path = join(realpathSync(dataDir), LOCK_FILE_NAME);
  const holder: LockHolder = {
    pid: process.pid,
    host: hostname(),
    since: new Date().toISOString(),
    identity: processIdentity(process.pid)?.identity,
  };
  const content = `${JSON.stringify(holder)}\n`;
  // Written aside, then linked into place: link() fails if the lock exists, and nobody ever sees it half-written.
  const draft = `${path}.${process.pid}.new`;
  writeFileSync(draft, content, { mode: 0o644 });
  try {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      try {
        linkSync(draft, path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const existing = readOrNull(path);
        if (existing === null) continue; // released meanwhile
        const current = parseHolder(existing);
        if (current && !isStale(current, path)) throw new DataDirectoryInUseError(dataDir, current);
        removeStale(path, existing);
        continue;
      }
      heldHere.add(path);
      return ownLock(path, content);
    }
  } finally {
    unlinkSync(draft);
  }
  throw new Error(`Could not lock data directory ${dataDir}: its lock file ${path} keeps changing`);
}

function ownLock(path: string, content: string): DataDirLock {
  let released = false;
  return {
    path,
    release() {
      if (released) return;
      released = true;
      heldHere.delete(path);
      // Only our own file: never remove a lock someone took over after ours was judged stale.
      if (readOrNull(path) === content) unlinkSync(path);
    },
  };
}

function readOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
