// Worker mode lowers the whole process's priority (TOKENPLAN_WORKER_NICE): on Linux nice is per thread,
// so every thread already running (here a worker thread started first) must move, not only the main one,
// and a thread started afterwards inherits the new value. Run in a child process: nice cannot be undone.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const PRIORITY = fileURLToPath(new URL('../../src/cluster/priority.ts', import.meta.url));
const SCRIPT = `
import { readdirSync, readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
const { lowerProcessPriority } = await import(${JSON.stringify(PRIORITY)});
const nice = () => readdirSync('/proc/self/task').map((t) => Number(readFileSync('/proc/self/task/' + t + '/stat', 'utf8').split(') ')[1].split(' ')[16]));
const idle = () => new Worker('setInterval(() => {}, 1000)', { eval: true });
const early = idle();
await new Promise((r) => early.once('online', r));
const before = nice();
const main = lowerProcessPriority(5);
const late = idle();
await new Promise((r) => late.once('online', r));
console.log(JSON.stringify({ before, after: nice(), main }));
process.exit(0);
`;

describe.runIf(process.platform === 'linux')('lowerProcessPriority', () => {
  it('raises the nice value of every thread by the increment, and later threads inherit it', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', SCRIPT], { encoding: 'utf8' });
    const { before, after, main } = JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as { before: number[]; after: number[]; main: number };
    const base = before[0] ?? 0;
    expect(before.every((n) => n === base)).toBe(true);
    expect(main).toBe(Math.min(19, base + 5));
    // One more thread than before (the late worker's), every one at base + 5.
    expect(after.length).toBeGreaterThan(before.length);
    expect(after).toEqual(after.map(() => Math.min(19, base + 5)));
  }, 30_000);
});
