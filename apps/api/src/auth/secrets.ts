// Random secrets (session cookies, API tokens, invite links) and their stored form. The database keeps
// only sha256(secret): a leaked row cannot be replayed. Secrets carry 256 bits of entropy, so a fast
// hash is the right tool here (passwords, which are guessable, go through scrypt in passwords.ts).
import { createHash, randomBytes } from 'node:crypto';

export function newSecret(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export const TOKEN_PREFIX = 'tp_';
export const INVITE_PREFIX = 'inv_';
