// The /healthz prober of the scale proof, in a process of its own (as a load balancer's health checker
// is): in the driver's process, probes would wait behind the proxy and the 12 client loops on the
// driver's own event loop, and measure the driver, not the replicas. Forked by run.ts with an IPC
// channel: it receives { ports, until, everyMs }, then { stop: port } when a replica is killed, and
// answers { latencies } (one array per port, in ms) once `until` has passed.
import { probeHealth } from './load';

interface Start {
  ports: number[];
  until: number;
  everyMs: number;
}

const stopped = new Set<number>();
process.on('message', (message: Start | { stop: number }) => {
  if ('stop' in message) return void stopped.add(message.stop);
  void Promise.all(message.ports.map((port) => probeHealth(port, message.until, () => stopped.has(port), message.everyMs))).then((latencies) => {
    process.send?.({ latencies }, () => process.exit(0));
  });
});
