// Requests over a real socket, for what inject() normalises away: raw bytes in the request line
// (bad percent-encoding, invalid UTF-8), huge headers, bad or conflicting Content-Length, chunked
// bodies. Written by hand on a TCP socket (`Connection: close`), so nothing is cleaned up on the way.
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { App } from '../src/app';
import { PRESET_DOCUMENTS, serialize, mutateDocument } from './documents';
import type { FuzzRequest } from './requests';
import type { record } from './report';
import type { Rng } from './rng';
import type { RouteSpec } from './routes';
import type { World } from './world';
import { HOST, ORIGIN } from './world';

type Outcome = Parameters<typeof record>[3];
const NO_ANSWER_MS = 10_000;

interface RawRequest {
  kind: string;
  route: string;
  method: string;
  /** Request target, as bytes (may hold invalid UTF-8). */
  target: Buffer;
  headers: string[];
  body?: Buffer;
  /** Body is sent as-is: the headers already describe it (or lie about it on purpose). */
  rawFraming?: boolean;
}

function exchange(port: number, bytes: Buffer): Promise<{ status?: number; text: string; ms: number; answered: boolean }> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const socket = connect({ host: '127.0.0.1', port });
    const chunks: Buffer[] = [];
    const done = (answered: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      const text = Buffer.concat(chunks).toString('latin1');
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1];
      resolve({ ...(status ? { status: Number(status) } : {}), text, ms: performance.now() - t0, answered });
    };
    const timer = setTimeout(() => done(false), NO_ANSWER_MS);
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('end', () => done(true));
    socket.on('error', () => done(chunks.length > 0));
    socket.write(bytes);
  });
}

function serializeRaw(req: RawRequest): Buffer {
  const head = [`${req.method} `, req.target.toString('latin1'), ' HTTP/1.1\r\n', ...req.headers.map((h) => `${h}\r\n`)];
  const framing = req.body && !req.rawFraming ? [`content-length: ${req.body.length}\r\n`] : [];
  return Buffer.concat([Buffer.from([...head, ...framing, 'connection: close\r\n\r\n'].join(''), 'latin1'), req.body ?? Buffer.alloc(0)]);
}

const chunked = (body: string, size: number) => {
  let out = '';
  for (let i = 0; i < body.length; i += size) {
    const part = Buffer.from(body.slice(i, i + size));
    out += `${part.length.toString(16)}\r\n${part.toString('latin1')}\r\n`;
  }
  return Buffer.from(`${out}0\r\n\r\n`, 'latin1');
};

function rawRequest(rng: Rng, world: World, routes: RouteSpec[], auth: string[]): RawRequest {
  const route = rng.pick(routes);
  const id = rng.pick(world.scenarios).id;
  const path = route.path.replace(':id', id).replace(':version', '1');
  const json = serialize(route.path === '/api/v1/projections' ? mutateDocument(rng, rng.pick(PRESET_DOCUMENTS)) : { document: rng.pick(PRESET_DOCUMENTS), scenario: rng.pick(PRESET_DOCUMENTS) });
  const base = { route: `${route.method} ${route.path}`, method: route.method, headers: [`host: ${HOST}`, `origin: ${ORIGIN}`, ...auth] };
  const target = (s: string) => Buffer.from(s, 'latin1');
  const kind = rng.pick(['badPercent', 'badUtf8Url', 'hugeUrl', 'hugeHeader', 'manyHeaders', 'clShort', 'clBad', 'clAndChunked', 'chunked', 'chunkedBad', 'chunkedHuge', 'dupContentType', 'latin1Body', 'http10', 'noHost', 'nonAsciiHeader', 'dotSegments'] as const);
  const withBody = (body: Buffer, extra: string[] = [], rawFraming = false): RawRequest => ({
    ...base, kind, target: target(path), headers: [...base.headers, 'content-type: application/json', ...extra], body, rawFraming,
  });
  switch (kind) {
    case 'badPercent':
      return { ...base, kind, target: target(`${path.replace(id, rng.pick(['%E0%A4%A', '%', '%ZZ', '%C0%AF', '%ED%A0%80', '%00', `${id}%`]))}?q=%E0%A4%A`), headers: base.headers };
    case 'badUtf8Url':
      return { ...base, kind, target: Buffer.concat([Buffer.from(path.replace(id, ''), 'latin1'), Buffer.from([0xc3, 0x28, 0xff, 0xfe])]), headers: base.headers };
    case 'hugeUrl':
      return { ...base, kind, target: target(`${path}?x=${'a'.repeat(rng.pick([8_000, 20_000, 70_000]))}`), headers: base.headers };
    case 'hugeHeader':
      return { ...base, kind, target: target(path), headers: [...base.headers, `x-big: ${'b'.repeat(rng.pick([15_000, 17_000, 64_000]))}`] };
    case 'manyHeaders':
      return { ...base, kind, target: target(path), headers: [...base.headers, ...Array.from({ length: rng.pick([150, 2500]) }, (_, i) => `x-h${i}: v`)] };
    case 'clShort':
      return withBody(Buffer.from(json), [`content-length: ${Math.max(0, json.length - 5 - rng.int(50))}`], true);
    case 'clBad':
      return withBody(Buffer.from(json), [rng.pick(['content-length: abc', 'content-length: -1', 'content-length: 1e3', `content-length: ${json.length}, ${json.length + 1}`, 'content-length: 99999999999999999999'])], true);
    case 'clAndChunked':
      return withBody(chunked(json, 64), [`content-length: ${json.length}`, 'transfer-encoding: chunked'], true);
    case 'chunked':
      return withBody(chunked(json, 1 + rng.int(300)), ['transfer-encoding: chunked'], true);
    case 'chunkedBad':
      return withBody(Buffer.from(`zz\r\n${json}\r\n0\r\n\r\n`, 'latin1'), ['transfer-encoding: chunked'], true);
    case 'chunkedHuge':
      return withBody(chunked(`{"name":"${'x'.repeat(1_200_000)}"}`, 65_536), ['transfer-encoding: chunked'], true);
    case 'dupContentType':
      return withBody(Buffer.from(json), ['content-type: text/plain']);
    case 'latin1Body':
      return withBody(Buffer.from(json.replace(/"name":"/, '"name":"caf\u00e9 '), 'latin1'));
    case 'http10':
      return { ...base, kind, target: target(path), headers: base.headers };
    case 'noHost':
      return { ...base, kind, target: target(path), headers: base.headers.filter((h) => !h.startsWith('host')) };
    case 'nonAsciiHeader':
      return { ...base, kind, target: target(path), headers: [...base.headers, 'x-name: caf\u00e9\u00ff', `if-match: "\u00e9"`] };
    case 'dotSegments':
      return { ...base, kind, target: target(rng.pick(['/api/v1/scenarios/../auth/me', '/api/v1/./scenarios', '/api/v1/scenarios/%2e%2e/auth/me', '/../../etc/passwd', '/api//v1/scenarios'])), headers: base.headers };
  }
}

/** `count` raw requests against `app` listening on a random local port. */
export async function runSocketRequests(app: App, world: World, routes: RouteSpec[], rng: Rng, count: number, drainLog: () => string) {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const results: { index: number; req: FuzzRequest; outcome: Outcome }[] = [];
  const light = routes.filter((r) => !r.heavy);
  for (let index = 0; index < count; index++) {
    const caller = rng.pick(world.callers);
    const auth = Object.entries(caller.headers).filter(([k]) => k === 'cookie' || k === 'authorization').map(([k, v]) => `${k}: ${v}`);
    const raw = rawRequest(rng, world, light, auth);
    const bytes = serializeRaw(raw);
    const sent = raw.kind === 'http10' ? Buffer.from(bytes.toString('latin1').replace(' HTTP/1.1\r\n', ' HTTP/1.0\r\n'), 'latin1') : bytes;
    const res = await exchange(port, sent);
    const errors = (res.status ?? 0) >= 500 ? drainLog() : (drainLog(), '');
    const req: FuzzRequest = {
      category: `socket:${raw.kind}`,
      route: raw.route,
      caller: caller.name,
      method: raw.method,
      url: raw.target.toString('latin1'),
      headers: Object.fromEntries(raw.headers.map((h) => [h.split(':')[0] as string, h.slice(h.indexOf(':') + 1).trim()])),
      ...(raw.body ? { payload: raw.body.length > 4096 ? raw.body.subarray(0, 4096) : raw.body } : {}),
    };
    // No answer at all (the server waited for bytes that never came, or closed): counted, not a 5xx.
    const outcome: Outcome = res.status === undefined
      ? { status: 0, ms: res.ms, response: res.answered ? `closed without a status line: ${res.text.slice(0, 100)}` : 'no answer' }
      : { status: res.status, ms: res.ms, response: errors ? `${res.text.slice(0, 300)} || server log: ${errors}` : res.text.slice(0, 600) };
    results.push({ index, req, outcome });
  }
  return results;
}
