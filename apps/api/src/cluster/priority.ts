// Worker processes are batch work: in worker mode the whole process (every thread it has, and the
// threads it starts later, which inherit the value) runs `increment` nice levels lower, so on a host
// shared with API replicas the kernel gives the replicas' event loops the CPU first. On Linux nice is
// per thread (setpriority on a thread id), hence the walk over /proc/self/task; elsewhere the process's.
import { readdirSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/** Raises the nice value of every thread of this process by `increment` (capped at 19); returns the main thread's new value. */
export function lowerProcessPriority(increment: number): number {
  if (increment <= 0) return getPriority();
  let threads: number[] = [];
  try {
    threads = readdirSync('/proc/self/task').map(Number).filter(Number.isInteger);
  } catch {
    // not Linux: the process's priority
  }
  for (const tid of threads.length ? threads : [0]) {
    try {
      setPriority(tid, Math.min(19, getPriority(tid) + increment));
    } catch {
      // a thread that ended meanwhile
    }
  }
  return getPriority();
}
