// A small round-robin load balancer (node:http), as a cloud load balancer would sit in front of the
// replicas: each request goes to the next upstream; a refused connection marks that upstream down for
// a few seconds and the request goes to the next one (nothing was sent, so this is safe for writes).
// A GET cut off mid-flight is retried on another upstream; a write cut off is answered 502 (the client
// does not know whether it happened, as with any load balancer).
import http from 'node:http';

export interface Proxy {
  port: number;
  close(): Promise<void>;
  forwarded: Map<number, number>;
}

const DOWN_MS = 3_000;

export async function startProxy(upstreams: number[], port = 0): Promise<Proxy> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const downUntil = new Map<number, number>();
  const forwarded = new Map<number, number>();
  let next = 0;

  const pick = (exclude: Set<number>): number | undefined => {
    for (let i = 0; i < upstreams.length; i += 1) {
      const candidate = upstreams[(next + i) % upstreams.length];
      if (candidate !== undefined && !exclude.has(candidate) && (downUntil.get(candidate) ?? 0) < Date.now()) {
        next = (next + i + 1) % upstreams.length;
        return candidate;
      }
    }
    return undefined;
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const tried = new Set<number>();
      const attempt = () => {
        const upstream = pick(tried);
        if (upstream === undefined) {
          res.writeHead(502, { 'content-type': 'application/json' }).end('{"error":{"code":"bad_gateway","message":"no upstream"}}');
          return;
        }
        tried.add(upstream);
        const out = http.request({ host: '127.0.0.1', port: upstream, method: req.method, path: req.url, headers: req.headers, agent }, (upRes) => {
          forwarded.set(upstream, (forwarded.get(upstream) ?? 0) + 1);
          res.writeHead(upRes.statusCode ?? 502, upRes.headers);
          upRes.pipe(res);
        });
        out.on('error', (err: NodeJS.ErrnoException) => {
          if (res.headersSent) return void res.destroy();
          const refused = err.code === 'ECONNREFUSED';
          if (refused) downUntil.set(upstream, Date.now() + DOWN_MS);
          if (refused || req.method === 'GET') return attempt();
          res.writeHead(502, { 'content-type': 'application/json' }).end('{"error":{"code":"bad_gateway","message":"upstream failed"}}');
        });
        out.end(body);
      };
      attempt();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : port,
    forwarded,
    close: () =>
      new Promise<void>((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
