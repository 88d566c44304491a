// Password hashing with Node's scrypt (memory-hard, built in: no native addon) and the password policy.
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const scrypt = (password: string, salt: Buffer, keylen: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) =>
    scryptCb(password, salt, keylen, options, (err, key) => (err ? reject(err) : resolve(key))),
  );

// OWASP's scrypt recommendation (N=2^17, r=8, p=1) costs 128 MiB per hash: too much for a small
// server handling logins in parallel. N=2^15, r=8 (32 MiB) keeps a hash at ~50-100 ms.
const PARAMS = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEYLEN = 32;
const maxmem = 64 * 1024 * 1024;

/** `scrypt$N$r$p$salt$hash` (base64url): parameters travel with the hash so they can be raised later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password.normalize('NFC'), salt, KEYLEN, { ...PARAMS, maxmem });
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await scrypt(password.normalize('NFC'), Buffer.from(salt, 'base64url'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem,
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A hash of nothing in particular: verified when the email is unknown, so timing does not reveal accounts. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  return dummyHash;
}

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

// The most common passwords of public breach corpora that reach 12 characters, plus the product's own
// words. Anything built from one of these by repetition or a trailing number is refused too.
const COMMON = [
  'password', 'passw0rd', 'p@ssw0rd', 'p@ssword', 'qwerty', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', '123456', '1234567890',
  '12345678', '123456789', '987654321', '111111', '000000', 'abc123', 'iloveyou', 'letmein', 'welcome', 'admin',
  'administrator', 'monkey', 'dragon', 'football', 'baseball', 'sunshine', 'princess', 'superman', 'trustno1',
  'changeme', 'secret', 'master', 'shadow', 'michael', 'qazwsxedc', '1q2w3e4r', '1qaz2wsx', 'zaq12wsx', 'starwars',
  'whatever', 'computer', 'internet', 'default', 'tokenplan', 'budget', 'finance', 'abcdef', 'abcdefgh', 'access',
];
const COMMON_SET = new Set(COMMON);

/** Returns why a password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, context: { email?: string; name?: string } = {}): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > MAX_PASSWORD_LENGTH) return `must be at most ${MAX_PASSWORD_LENGTH} characters`;
  const lower = password.toLowerCase();
  if (new Set(lower).size < 4) return 'is too repetitive';
  if (/^\d+$/.test(lower)) return 'must not be only digits';
  // Strip trailing digits/symbols ("Password2024!") and repetitions ("passwordpassword").
  const core = lower.replace(/[\d!@#$%^&*?._\-\s]+$/, '');
  if (COMMON_SET.has(lower) || COMMON_SET.has(core) || isRepetitionOfCommon(core)) return 'is a commonly used password';
  if (isSequence(lower)) return 'is a keyboard or number sequence';
  const local = context.email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) return 'must not contain your email address';
  return null;
}

function isRepetitionOfCommon(s: string): boolean {
  for (const word of COMMON) {
    if (s.length > word.length && s.length % word.length === 0 && word.repeat(s.length / word.length) === s) return true;
  }
  return false;
}

function isSequence(s: string): boolean {
  const rows = ['0123456789', 'abcdefghijklmnopqrstuvwxyz', 'qwertyuiopasdfghjklzxcvbnm'];
  // Doubled rows catch wrap-arounds such as 123456789012.
  return rows.some((row) => (row + row).includes(s) || (row + row).split('').reverse().join('').includes(s));
}
