// Hostile inputs that are not scenario fields: path parameters, query strings, headers and whole bodies.
import type { Rng } from './rng';

const UUID = '3f1c2a9e-8b7d-4c6e-9a1b-2d3e4f5a6b7c';

export const BAD_IDS = [
  'not-a-uuid', '', ' ', '0', '-1', '1e309', '99999999999999999999999', 'null', 'undefined', 'NaN', '..', '.', '%2e%2e', '..%2f..%2fetc%2fpasswd',
  '%00', '%', '%ZZ', '%E0%A4%A', '%C0%AF', '%ED%A0%80', '%F0%9F%92%B8', UUID.toUpperCase(), `${UUID}0`, UUID.slice(1), `${UUID}%00`, `${UUID}%20`,
  '00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', encodeURIComponent("' OR 1=1 --"), 'a'.repeat(2000),
  encodeURIComponent('💸'.repeat(10)), '%5B%5D', '__proto__', 'constructor', 'export.pdf',
];

export const BAD_VERSIONS = ['0', '-1', '1.5', '1e3', '0x10', '9007199254740993', '99999999999999999999999', 'latest', '', '%00', ' 1', 'Infinity'];

/** A query string made to hurt: repeated keys, arrays, huge numbers, bad encodings, unknown keys. */
export function badQuery(rng: Rng, names: string[]): string {
  const name = () => (names.length && rng.chance(0.8) ? rng.pick(names) : rng.pick(['x', '__proto__', 'constructor[prototype]', '', 'a[b][c]', '%ZZ']));
  const value = () =>
    rng.pick([
      '', '1e309', '-1', '99999999999999999999999', 'NaN', 'true', '%', '%ZZ', '%00', '%E0%A4%A', 'a'.repeat(3000), '[]', '{}', '1,2', '0x1f', ' ', encodeURIComponent('💸'),
      String(rng.int(100000)), UUID, 'ledger', 'letter', 'skip',
    ]);
  const parts: string[] = [];
  const count = 1 + rng.int(4);
  for (let i = 0; i < count; i++) {
    const key = name();
    const shape = rng.pick(['plain', 'repeat', 'array', 'bare', 'nested'] as const);
    if (shape === 'plain') parts.push(`${key}=${value()}`);
    else if (shape === 'repeat') parts.push(`${key}=${value()}`, `${key}=${value()}`);
    else if (shape === 'array') parts.push(`${key}[]=${value()}`, `${key}[]=${value()}`);
    else if (shape === 'bare') parts.push(key);
    else parts.push(`${key}[a][b]=${value()}`);
  }
  return parts.join(rng.chance(0.1) ? ';' : '&');
}

/** Header garbage: validators, credentials, cookies, content negotiation. */
export function badHeaders(rng: Rng): Record<string, string> {
  const kind = rng.pick(['if-match', 'if-none-match', 'authorization', 'cookie', 'accept', 'origin', 'accept-encoding', 'range'] as const);
  const garbage = rng.pick([
    '', '*', '"', '""', 'W/"x"', '"1"', '"abc", "def"', 'W/', '"'.repeat(500), 'x'.repeat(8000), '\u00ff\u00fe', '%00', 'null', '"9999999999999999999999"',
  ]);
  switch (kind) {
    case 'authorization':
      return { authorization: rng.pick(['Bearer', 'Bearer ', 'Bearer tp_', 'Bearer tp_' + 'A'.repeat(200), 'Basic Zm9vOmJhcg==', 'bearer tp_x', garbage, 'Bearer \u00ff']) };
    case 'cookie':
      return { cookie: rng.pick(['tokenplan_session=', 'tokenplan_session=%', 'tokenplan_session=a; tokenplan_session=b', `tokenplan_session=${'a'.repeat(4000)}`, '=;=;', garbage]) };
    case 'accept':
      return { accept: rng.pick(['application/xml', '*/*;q=abc', 'text/csv', garbage]) };
    case 'origin':
      return { origin: rng.pick(['http://evil.example', 'null', '', 'http://tokenplan.fuzz.evil.example', garbage]) };
    case 'accept-encoding':
      return { 'accept-encoding': rng.pick(['gzip;q=2', 'br, zstd, *', garbage]) };
    case 'range':
      return { range: rng.pick(['bytes=0-0', 'bytes=-1', 'bytes=9999999999999-', garbage]) };
    default:
      return { [kind]: garbage };
  }
}

export const BAD_CONTENT_TYPES = [
  'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=latin1', 'application/json; charset=utf-16',
  'application/JSON', 'application/json;;', 'application/vnd.api+json', 'application/octet-stream', '', 'application/json, text/plain', '*/*',
];

/** A malformed or hostile body: `[content-type or undefined, bytes]`. */
export function malformedBody(rng: Rng, valid: string): [string | undefined, string | Buffer] {
  const json = 'application/json';
  const r = rng.pick([
    'truncated', 'garbage', 'empty', 'wrongType', 'bom', 'dupKeys', 'nul', 'huge', 'deep', 'binary', 'primitive', 'trailing', 'badUtf8', 'noType', 'jsonComment',
  ] as const);
  switch (r) {
    case 'truncated':
      return [json, valid.slice(0, rng.int(Math.max(1, valid.length)))];
    case 'garbage':
      return [json, rng.pick(['{', '}', '[', '{"a":}', "{'a':1}", '{a:1}', 'NaN', 'undefined', '{"a":1,}', '\\u0000', '{"a":"\\ud800"}', '{"a":"\\x00"}'])];
    case 'empty':
      return [json, ''];
    case 'wrongType':
      return [rng.pick(BAD_CONTENT_TYPES), valid];
    case 'bom':
      return [json, '\ufeff' + valid];
    case 'dupKeys':
      return [json, valid.replace(/^\{/, '{"name":1,"document":2,"scenario":3,"__proto__":{"isAdmin":true},')];
    case 'nul':
      return [json, valid.replace(/"([^"]{1,20})"/, '"$1\\u0000"')];
    case 'huge':
      return [json, `{"name":"${'x'.repeat(rng.pick([1024 * 1024 - 20, 1024 * 1024 + 10, 3 * 1024 * 1024]))}"}`];
    case 'deep': {
      const n = rng.pick([1000, 10_000, 100_000]);
      return [json, '['.repeat(n) + ']'.repeat(n)];
    }
    case 'binary':
      return [json, Buffer.from(Array.from({ length: 64 }, () => rng.int(256)))];
    case 'primitive':
      return [json, rng.pick(['null', '0', '"x"', 'true', '[]', '1e999', '-0', '"' + 'y'.repeat(1000) + '"'])];
    case 'trailing':
      return [json, valid + rng.pick([' x', '}', ',', '\u0000', '\n\n{}'])];
    case 'badUtf8':
      return [json, Buffer.concat([Buffer.from(valid.slice(0, Math.max(0, valid.length - 2))), Buffer.from([0xc3, 0x28, 0xed, 0xa0, 0x80, 0xff]), Buffer.from('"}')])];
    case 'noType':
      return [undefined, valid];
    case 'jsonComment':
      return [json, `/* c */ ${valid}`];
  }
}
