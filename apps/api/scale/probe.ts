// The /healthz prober of the scale proof, in a process of its own (as a load balancer's health checker
// is): in the driver's process, probes would wait behind the proxy and the 12 client loops on the
// driver's own event loop, and measure the driver, not the replicas. Forked by run.ts with an IPC
// channel, it says { ready } once loaded; then for each { ports, until, everyMs } it probes every port
// and answers { latencies } (one array per port, in ms) once `until` has passed; { stop: port } ends
// the probes of a killed replica; { exit } ends it.
import { probeHealth } from './load';

type Message = { ports: number[]; until: number; everyMs: number } | { stop: number } | { exit: true };

const stopped = new Set<number>();
process.on('message', (message: Message) => {
  if ('exit' in message) return void process.exit(0);
  if ('stop' in message) return void stopped.add(message.stop);
  void Promise.all(message.ports.map((port) => probeHealth(port, message.until, () => stopped.has(port), message.everyMs))).then((latencies) => process.send?.({ latencies }));
});
process.send?.({ ready: true });
