// The only place that reads process.env: every setting is validated here, and a bad value stops
// start-up with one line naming the variable.
import { z } from 'zod';

const envSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  TOKENPLAN_DATA_DIR: z.string().min(1).default('./.tokenplan-data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TOKENPLAN_WEB_DIST: z.string().min(1).optional(),
  TOKENPLAN_DEMO_WORKSPACE: z.enum(['on', 'off']).default('on'),
  TOKENPLAN_COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  TOKENPLAN_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(7 * 24 * 60).default(120),
  TOKENPLAN_SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(30 * 24).default(12),
  TOKENPLAN_INVITE_HOURS: z.coerce.number().int().min(1).max(30 * 24).default(72),
  TOKENPLAN_TRUSTED_ORIGINS: z
    .string()
    .default('')
    .transform((s) => s.split(',').map((o) => o.trim()).filter(Boolean))
    .pipe(z.array(z.url({ protocol: /^https?$/ }))),
  TOKENPLAN_RATE_LIMIT_AUTH: z.coerce.number().int().min(1).max(10_000).default(10),
  TOKENPLAN_RATE_LIMIT_API: z.coerce.number().int().min(1).max(1_000_000).default(600),
  // Several replicas (docs/deploy.md): rate-limit counters in Redis, worker mode, in-process queue workers.
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must start with redis:// or rediss://').optional(),
  TOKENPLAN_ROLE: z.enum(['api', 'worker']).default('api'),
  TOKENPLAN_WORKERS: z.coerce.number().int().min(0).max(64).optional(),
  TOKENPLAN_JOBS_PER_USER: z.coerce.number().int().min(1).max(1000).default(2),
  // Worker mode: added to the process's nice value (batch work yields the CPU to API replicas on the same host).
  TOKENPLAN_WORKER_NICE: z.coerce.number().int().min(0).max(19).default(10),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // An empty variable means "not set" (shells and .env files often leave them empty).
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const name = issue?.path[0] !== undefined ? String(issue.path[0]) : 'environment';
  throw new ConfigError(`Invalid configuration: ${name} ${issue?.message ?? 'is invalid'} (got "${String(cleaned[name] ?? '')}")`);
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}
