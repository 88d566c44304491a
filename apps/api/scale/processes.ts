// The processes of the scale proof: API replicas and queue workers, each `node --import tsx
// src/server.ts` with its own PORT on loopback, as a deployment would start the same image.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SERVER = fileURLToPath(new URL('../src/server.ts', import.meta.url));

export interface Proc {
  name: string;
  role: 'api' | 'worker';
  port: number;
  child: ChildProcess;
  killedAt?: number;
}

export function startProcess(name: string, role: 'api' | 'worker', port: number, env: Record<string, string>): Proc {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', TOKENPLAN_ROLE: role, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    const text = chunk.toString().trim();
    if (text) process.stderr.write(`[${name}] ${text.slice(0, 400)}\n`);
  });
  return { name, role, port, child };
}

export async function waitHealthy(proc: Proc, timeoutMs = 90_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (proc.child.exitCode !== null) throw new Error(`${proc.name} exited (${proc.child.exitCode}) before it was healthy`);
    try {
      const res = await fetch(`http://127.0.0.1:${proc.port}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${proc.name} not healthy after ${timeoutMs} ms`);
}

export function kill(proc: Proc): void {
  proc.killedAt = Date.now();
  proc.child.kill('SIGKILL');
}

/** CPU seconds (user + system) the process has used so far, from /proc (Linux); 0 elsewhere or once gone. */
export function cpuSeconds(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // utime and stime are fields 14 and 15 of stat, 12 and 13 after "pid (comm) ".
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

export async function stopAll(procs: Proc[]): Promise<void> {
  await Promise.all(
    procs.map(
      (p) =>
        new Promise<void>((resolve) => {
          if (p.child.exitCode !== null || p.child.signalCode !== null) return resolve();
          const timer = setTimeout(() => {
            p.child.kill('SIGKILL');
          }, 10_000);
          p.child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
          p.child.kill('SIGTERM');
        }),
    ),
  );
}
