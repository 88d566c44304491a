// Preloaded into each process of the scale proof (`node --import ./loopMonitor.mjs`) when
// SCALE_LOOP_STATS names a file: measures the event loop's delay (perf_hooks.monitorEventLoopDelay,
// 10 ms resolution) and writes its percentiles to that file every 500 ms, so a process killed with
// SIGKILL still leaves its figures up to then. SIGUSR2 restarts the histogram (the proof sends it
// when its load starts). Not part of the application: nothing in src/ imports it.
import { renameSync, writeFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setInterval } from 'node:timers';
import { isMainThread } from 'node:worker_threads';

const file = process.env.SCALE_LOOP_STATS;
// Plain JavaScript, and the main thread only: worker threads (the job pool's) inherit the process's --import
// without tsx's loader (a .ts preload failed there, so no job thread could start), and a signal handler
// there is refused. Writes the LoopStats of processes.ts.
if (file && isMainThread) {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const ms = (ns) => Math.round(ns / 1e4) / 100;
  let over50 = 0;
  let last = process.hrtime.bigint();
  // A 10 ms ticker of our own counts the long gaps (the histogram gives percentiles, not counts above).
  const ticker = setInterval(() => {
    const now = process.hrtime.bigint();
    if (Number(now - last) / 1e6 - 10 >= 50) over50 += 1;
    last = now;
  }, 10);
  ticker.unref();
  const write = () => {
    const stats = { count: histogram.count, p50: ms(histogram.percentile(50)), p99: ms(histogram.percentile(99)), max: ms(histogram.max), mean: ms(histogram.mean), over50 };
    try {
      // Whole or not at all: the proof may read it at any moment.
      writeFileSync(`${file}.tmp`, JSON.stringify(stats));
      renameSync(`${file}.tmp`, file);
    } catch {
      // the proof's directory is gone: nothing to report to
    }
  };
  const timer = setInterval(write, 500);
  timer.unref();
  process.on('SIGUSR2', () => {
    histogram.reset();
    over50 = 0;
    write();
  });
  process.on('exit', write);
}
