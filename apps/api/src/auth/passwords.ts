// Password hashing with Node's scrypt (memory-hard, built in: no native addon) and the password policy
// (length, not built on the email, and guessable only in more than 10^10 tries according to zxcvbn).
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as zxcvbnCommon from '@zxcvbn-ts/language-common';
import * as zxcvbnEn from '@zxcvbn-ts/language-en';

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
/** zxcvbn's top score: at least 10^10 guesses. Score 3 still lets "Summer2026!!" through. */
export const MIN_PASSWORD_SCORE = 4;

// zxcvbn-ts with its language-neutral lists (the most common passwords of breach corpora, diceware
// words): it sees through capitals, l33t, years, repeats and keyboard rows. The English lists (names,
// Wikipedia) would make each check several times slower for little gain; only their messages are used.
// Only the first 64 characters are judged: the work grows quickly with length, and 64 characters that
// pass make a longer password pass too. Built on first use.
const JUDGED_LENGTH = 64;
let estimator: ZxcvbnFactory | undefined;
function strength(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    maxLength: JUDGED_LENGTH,
    dictionary: zxcvbnCommon.dictionary,
    graphs: zxcvbnCommon.adjacencyGraphs,
    translations: zxcvbnEn.translations,
  });
  return estimator;
}

/** Returns why a password is refused (to follow "Password "), or null when it is acceptable. */
export function passwordProblem(password: string, context: { email?: string; name?: string } = {}): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > MAX_PASSWORD_LENGTH) return `must be at most ${MAX_PASSWORD_LENGTH} characters`;
  const local = context.email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && password.toLowerCase().includes(local)) return 'must not contain your email address';
  const userInputs = [context.email, local, ...(context.name?.split(/\s+/) ?? [])].filter((s): s is string => !!s && s.length >= 3);
  const result = strength().check(password, userInputs);
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const { warning, suggestions } = result.feedback;
  // zxcvbn has no advice for some guessable passwords ("Summer2026!!"): then the usual one.
  const advice = suggestions.length > 0 ? suggestions : [zxcvbnEn.translations.suggestions.anotherWord];
  return ['is too easy to guess', ...(warning ? [warning] : []), ...advice].map((s) => s.replace(/\.$/, '')).join('. ');
}
