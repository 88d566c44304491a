// The processes of the scale proof: API replicas and queue workers, each `node --import tsx
// src/server.ts` with its own PORT on loopback, as a deployment would start the same image.
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SERVER = fileURLToPath(new URL('../src/server.ts', import.meta.url));
const LOOP_MONITOR = fileURLToPath(new URL('./loopMonitor.mjs', import.meta.url));
/** SCALE_CPU_PROF=<dir>: each process writes a V8 CPU profile there when it exits (SIGTERM at the end; not the killed ones). */
/** SCALE_LOG_LEVEL=info: the processes log at that level to this terminal (default: warnings only, on stderr). */
const CPU_PROF = process.env.SCALE_CPU_PROF;

/** What loopMonitor.mjs writes: a process's event-loop delay (ms) since its last SIGUSR2. */
export interface LoopStats {
  count: number;
  p50: number;
  p99: number;
  max: number;
  mean: number;
  /** Delays of 50 ms or more (a task that long blocks every request queued behind it). */
  over50: number;
}

export interface Proc {
  name: string;
  role: 'api' | 'worker';
  port: number;
  child: ChildProcess;
  killedAt?: number;
  /** Where loopMonitor.mjs writes this process's event-loop delay. */
  loopStats: string;
}

export function startProcess(name: string, role: 'api' | 'worker', port: number, env: Record<string, string>, statsDir: string): Proc {
  const loopStats = `${statsDir}/${name}.loop.json`;
  const profile = CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${CPU_PROF}/${name}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', '--import', LOOP_MONITOR, SERVER], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', TOKENPLAN_ROLE: role, LOG_LEVEL: process.env.SCALE_LOG_LEVEL ?? 'warn', SCALE_LOOP_STATS: loopStats },
    stdio: ['ignore', process.env.SCALE_LOG_LEVEL ? 'inherit' : 'ignore', 'pipe'],
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    const text = chunk.toString().trim();
    if (text) process.stderr.write(`[${name}] ${text.slice(0, 400)}\n`);
  });
  return { name, role, port, child, loopStats };
}

const PROBE = fileURLToPath(new URL('./probe.ts', import.meta.url));

export interface Prober {
  /** Probes GET /healthz on each port every `everyMs` until `until`: latencies (ms) per port. */
  run(ports: number[], until: number, everyMs: number): Promise<number[][]>;
  /** The replica on `port` was killed: its probes stop (a refused probe is not a latency). */
  stop(port: number): void;
  close(): void;
}

/** Starts the prober process (probe.ts) and waits until it is loaded, so its first probe is on time. */
export async function startProber(statsDir: string): Promise<Prober> {
  const child = fork(PROBE, [], { execArgv: ['--import', 'tsx', '--import', LOOP_MONITOR], env: { ...process.env, SCALE_LOOP_STATS: `${statsDir}/prober.loop.json` } });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`prober exited (${code}) before it was ready`)));
  });
  return {
    run: (ports, until, everyMs) =>
      new Promise<number[][]>((resolve) => {
        child.once('message', (m: { latencies: number[][] }) => resolve(m.latencies));
        child.kill('SIGUSR2'); // its own event-loop histogram restarts with each run (loopMonitor.mjs)
        child.send({ ports, until, everyMs });
      }),
    stop: (port) => void (child.connected && child.send({ stop: port })),
    close: () => void (child.connected && child.send({ exit: true })),
  };
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

/** The event-loop delay loopMonitor.mjs last wrote for `proc` (since the last restartLoopStats). */
export function loopStats(proc: Proc): LoopStats | undefined {
  try {
    return JSON.parse(readFileSync(proc.loopStats, 'utf8')) as LoopStats;
  } catch {
    return undefined;
  }
}

/** Restarts each live process's event-loop histogram (SIGUSR2), at the start of the load. */
export function restartLoopStats(procs: Proc[]): void {
  for (const p of procs) if (p.killedAt === undefined) p.child.kill('SIGUSR2');
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
