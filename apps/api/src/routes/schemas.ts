// Shared zod schemas of the account routes.
import { z } from 'zod';
import { safeText } from '@tokenplan/model';
import { errorBodySchema } from '../errors';
import { MAX_PASSWORD_LENGTH } from '../auth/passwords';

export const roleSchema = z.enum(['OWNER', 'EDITOR', 'VIEWER']);
// Emails are compared trimmed and in lower case (sign-in, invites, the per-account sign-in throttle).
export const emailSchema = safeText().trim().toLowerCase().pipe(z.email().max(254));
export const nameSchema = safeText().trim().min(1).max(100);
// Length and commonness are checked by passwordProblem() (it needs the email for context).
export const passwordSchema = z.string().min(1).max(MAX_PASSWORD_LENGTH);
export const uuidParam = z.object({ id: z.uuid() }).strict();

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  createdAt: z.date(),
  /** Deactivated by an owner: cannot sign in, sessions and API tokens refused. */
  disabled: z.boolean(),
  disabledAt: z.date().nullable(),
});
export type PublicUser = z.infer<typeof userSchema>;
/** The columns publicUser() needs. */
export const userSelect = { id: true, email: true, name: true, role: true, createdAt: true, disabledAt: true } as const;

/** A user row (selected with userSelect) as the API shows it. */
export function publicUser(row: Omit<PublicUser, 'disabled'>): PublicUser {
  return { id: row.id, email: row.email, name: row.name, role: row.role, createdAt: row.createdAt, disabled: row.disabledAt !== null, disabledAt: row.disabledAt };
}

export const meSchema = z.object({
  user: userSchema,
  via: z.enum(['session', 'token']),
  canWrite: z.boolean(),
});

export const errors = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
  429: errorBodySchema,
} as const;
