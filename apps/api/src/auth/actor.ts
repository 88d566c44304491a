// The contract between authentication (who is calling) and every route (what they may do).
// Resolution of the actor (sessions, API tokens) lives in plugins/auth.ts; routes only read
// `request.actor` and declare `config.auth`.
export type Role = 'OWNER' | 'EDITOR' | 'VIEWER';

export interface Actor {
  userId: string;
  role: Role;
  via: 'session' | 'token';
  /** Editors and owners, unless they came with a read-only API token. */
  canWrite: boolean;
  /** Set when via === 'session': the stored session id (sha256 of the cookie). */
  sessionId?: string;
  /** Set when via === 'token'. */
  tokenId?: string;
  tokenScope?: 'READ' | 'READ_WRITE';
}

/**
 * Every /api/v1 route declares one:
 * - public: anyone (setup, login, health)
 * - user: any signed-in user or token (read)
 * - writer: editor or owner with write access
 * - owner: the workspace owner only
 */
export type AuthRule = 'public' | 'user' | 'writer' | 'owner';

import type { FastifyRequest } from 'fastify';
import { HttpError } from '../errors';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    auth?: AuthRule;
  }
}

export function canWrite(role: Role, via: Actor['via'], tokenScope?: 'READ' | 'READ_WRITE'): boolean {
  if (role === 'VIEWER') return false;
  return via === 'session' || tokenScope === 'READ_WRITE';
}

/** The caller of a route that declared `user`, `writer` or `owner` (the auth hook already checked it). */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new HttpError(401, 'unauthenticated', 'Sign in or send an API token.');
  return request.actor;
}
