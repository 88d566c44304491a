// Text a person typed, as every API field accepts it: well-formed Unicode (no unpaired UTF-16
// surrogate: PostgreSQL cannot store one and UTF-8 encoders replace it) and no control characters
// (NUL ends C strings and PostgreSQL refuses it; the other C0 characters and DEL are invisible and
// corrupt logs, CSV and terminals). Multi-line fields keep tab, line feed and carriage return.
// (String.prototype.isWellFormed is not in Node 20's lib types: a regex does the same.)
import { z } from 'zod';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const CONTROL = /[\u0000-\u001F\u007F]/;
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const CONTROL_EXCEPT_LINES = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export interface SafeTextOptions {
  /** Allow tab, line feed and carriage return (descriptions, notes, messages). */
  multiline?: boolean;
}

/** Why `text` is not acceptable as typed text (a sentence to show after the field's name), or null. */
export function unsafeTextProblem(text: string, options: SafeTextOptions = {}): string | null {
  if (LONE_SURROGATE.test(text)) return 'Must be valid Unicode text: it contains an unpaired surrogate.';
  if (text.includes('\u0000')) return 'Must not contain the NUL character (\\u0000).';
  if (options.multiline) {
    if (CONTROL_EXCEPT_LINES.test(text)) return 'Must not contain control characters other than tab and line breaks.';
  } else if (CONTROL.test(text)) {
    return 'Must not contain control characters (line breaks, tabs, escapes…): it is a single line.';
  }
  return null;
}

/**
 * A zod string that refuses unsafe text (see unsafeTextProblem); chain the field's own rules after it,
 * e.g. `safeText().trim().min(1).max(100)` or `safeText({ multiline: true }).max(2000)`.
 */
export function safeText(options: SafeTextOptions = {}) {
  return withSafeText(z.string(), options);
}

/** The same check added to an existing string schema (its JSON Schema is unchanged). */
export function withSafeText<T extends z.ZodString>(schema: T, options: SafeTextOptions = {}): T {
  return schema.superRefine((text, ctx) => {
    const problem = unsafeTextProblem(text, options);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: text, abort: true });
  });
}
