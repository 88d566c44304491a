// Security settings of one app instance. Defaults are production values; server.ts fills them from env.ts
// and tests override what they need (e.g. rate limits off, or very low to test them).
export interface AuthConfig {
  /** 'auto': Secure cookie when the request came over HTTPS. */
  cookieSecure: 'auto' | boolean;
  /** A session unused for this long expires (minutes). */
  sessionIdleMinutes: number;
  /** A session expires this long after login, however active (hours). */
  sessionAbsoluteHours: number;
  /** Default lifetime of an invite link (hours). */
  inviteHours: number;
  /** Extra origins allowed on state-changing cookie requests besides the request's own host. */
  trustedOrigins: string[];
}

export interface RateLimitConfig {
  enabled: boolean;
  /** Login, setup, password change, invite inspection and acceptance: attempts per IP per minute. */
  authPerMinute: number;
  /** Every other /api request: per IP (or per user) per minute. */
  generalPerMinute: number;
  /** Failed sign-ins for one email (known or not) before each further failure locks it out. */
  loginFreeFailures: number;
  /** The first lock-out; each further failure doubles it (seconds). */
  loginLockoutBaseSeconds: number;
  /** The longest lock-out (seconds). */
  loginLockoutMaxSeconds: number;
}

export const DEFAULT_AUTH_CONFIG: AuthConfig = {
  cookieSecure: 'auto',
  sessionIdleMinutes: 120,
  sessionAbsoluteHours: 12,
  inviteHours: 72,
  trustedOrigins: [],
};

export const DEFAULT_RATE_LIMIT: RateLimitConfig = {
  enabled: true,
  authPerMinute: 10,
  generalPerMinute: 600,
  // 5 free failures, then 30 s, 1, 2, 4, 8 min, then 15 min per failure.
  loginFreeFailures: 5,
  loginLockoutBaseSeconds: 30,
  loginLockoutMaxSeconds: 900,
};

export const SESSION_COOKIE = 'tokenplan_session';
