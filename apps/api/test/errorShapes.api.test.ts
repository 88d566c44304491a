// Every answer the API gives to a bad request has our shape, { error: { code, message } }, with our
// own codes, including the ones Fastify and Node produce before any route runs (issue 14, findings
// 10 and 13). inject() covers what reaches Fastify; raw sockets cover what Node refuses first.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH } from '../src/plugins/jsonBody';
import { createTestApp, createUser, type TestApp, type TestUser } from './helpers';

let t: TestApp;
let editor: TestUser;
let port: number;
beforeAll(async () => {
  t = await createTestApp();
  editor = await createUser(t, 'EDITOR');
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  port = typeof address === 'object' && address ? address.port : 0;
});
afterAll(async () => t.close());

interface ErrorBody {
  error: { code: string; message: string };
}

/** Asserts our error shape (exactly code + message) with `status` and `code`; returns the message. */
function expectError(res: { statusCode: number; headers: Record<string, unknown>; body: string }, status: number, code: string): string {
  expect(res.statusCode, res.body).toBe(status);
  expect(String(res.headers['content-type'])).toMatch(/^application\/json/);
  const parsed = JSON.parse(res.body) as ErrorBody;
  expect(Object.keys(parsed)).toEqual(['error']);
  expect(Object.keys(parsed.error).sort()).toEqual(['code', 'message']);
  expect(parsed.error.code).toBe(code);
  expect(parsed.error.message.length).toBeGreaterThan(0);
  return parsed.error.message;
}

const nested = (depth: number) => '{"a":'.repeat(depth - 1) + '{}' + '}'.repeat(depth - 1);

describe('JSON bodies nested too deeply (finding 10)', () => {
  it('answers a PATCH nested 100,000 levels deep with 400 too_deep, not a 500', async () => {
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/scenarios', headers: editor.headers, payload: { draft: true, document: { name: 'Deep' } } });
    expect(created.statusCode, created.body).toBe(201);
    const { id, etag } = created.json<{ id: string; etag: string }>();
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/scenarios/${id}`,
      headers: { ...editor.headers, 'content-type': 'application/json', 'if-match': etag },
      payload: `{"document":${nested(100_000)}}`,
    });
    expect(expectError(res, 400, 'too_deep')).toContain(String(MAX_JSON_DEPTH));
  });

  it(`takes ${MAX_JSON_DEPTH} levels (counting the body itself) and refuses ${MAX_JSON_DEPTH + 1}, on any route`, async () => {
    expect(MAX_JSON_DEPTH).toBe(32);
    const send = (payload: string) =>
      t.app.inject({ method: 'POST', url: '/api/v1/analysis/tornado', headers: { ...editor.headers, 'content-type': 'application/json' }, payload });
    expectError(await send(nested(33)), 400, 'too_deep');
    // 32 levels pass the depth check and meet the route's own validation.
    const ok = await send(nested(32));
    expect(ok.statusCode).toBe(400);
    expect(ok.json<ErrorBody>().error.code).toBe('validation_failed');
    // Brackets inside strings are text, not nesting.
    const text = await send(`{"scenario": "${'['.repeat(100)}"}`);
    expect(text.json<ErrorBody>().error.code).toBe('validation_failed');
  });
});

describe('errors Fastify answers before a route runs (finding 13, inject)', () => {
  const post = (payload: string, contentType = 'application/json') =>
    t.app.inject({ method: 'POST', url: '/api/v1/scenarios', headers: { ...editor.headers, 'content-type': contentType }, payload });

  it('bad JSON, an empty JSON body, an unsupported media type, a body over the limit', async () => {
    expectError(await post('{"document":'), 400, 'bad_json');
    expectError(await post(''), 400, 'bad_json');
    expectError(await post('<scenario/>', 'application/xml'), 415, 'unsupported_media_type');
    expectError(await post(`{"x":"${'a'.repeat(1024 * 1024)}"}`), 413, 'payload_too_large');
  });

  it('a path that is not valid percent-encoding, a path parameter over the length limit', async () => {
    expectError(await t.app.inject({ method: 'GET', url: '/api/v1/scenarios/%E0%A4%A', headers: editor.headers }), 400, 'bad_url');
    expectError(await t.app.inject({ method: 'GET', url: `/api/v1/scenarios/${'a'.repeat(500)}`, headers: editor.headers }), 414, 'uri_too_long');
  });

  it('unknown routes, OPTIONS and HEAD', async () => {
    expectError(await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' }), 404, 'not_found');
    expectError(await t.app.inject({ method: 'OPTIONS', url: '/api/v1/scenarios' }), 404, 'not_found');
    const head = await t.app.inject({ method: 'HEAD', url: '/api/v1/nothing-here' });
    expect(head.statusCode).toBe(404);
    expect(head.body).toBe('');
  });
});

/** Sends raw bytes to the listening server; resolves with the status, headers and body it wrote. */
function rawRequest(bytes: string): Promise<{ statusCode: number; headers: Record<string, string>; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // The server may close while we are still writing a huge request: what it wrote first still counts.
      if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') reject(error);
    });
    socket.on('close', () => {
      const [head = '', body = ''] = received.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      resolve({ statusCode: Number(statusLine.split(' ')[1]), headers, body });
    });
    socket.write(bytes);
  });
}

describe('errors Node answers before Fastify (finding 13, raw sockets)', () => {
  it('a header section over the limit → 431 headers_too_large', async () => {
    const res = await rawRequest(`GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(64 * 1024)}\r\n\r\n`);
    expectError(res, 431, 'headers_too_large');
  });

  it('a request line over the limit → 414 uri_too_long', async () => {
    const res = await rawRequest(`GET /api/v1/health?q=${'q'.repeat(64 * 1024)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    expectError(res, 414, 'uri_too_long');
  });

  it('a malformed request line, an unknown method → 400 bad_request', async () => {
    expectError(await rawRequest('THIS IS NOT HTTP\r\n\r\n'), 400, 'bad_request');
    expectError(await rawRequest('BREW /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n'), 400, 'bad_request');
  });
});
