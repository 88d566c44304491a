/**
 * `validateScenario`: the one entry point for untrusted input (API body, file import, form).
 * Runs the zod schema (fields, ranges, defaults, cross-checks) and turns every zod issue into
 * `{ code, path, message }` with a code and message from messages.ts. Never throws.
 */
import type { z } from 'zod';
import { CODE_OF_STATIC_MESSAGE, CODES, MESSAGES } from './messages';
import { formatPath } from './paths';
import { plausibilityWarnings } from './plausibility';
import { scenarioSchema, type Scenario } from './schema';

export interface ValidationIssue {
  readonly code: string;
  readonly path: string;
  readonly message: string;
}

export type ValidationResult =
  | {
      readonly ok: true;
      readonly scenario: Scenario;
      /** Values inside the hard limits but past the plausible ones (plausibility.ts). */
      readonly warnings: ValidationIssue[];
    }
  | { readonly ok: false; readonly issues: ValidationIssue[] };

type ZodIssue = z.core.$ZodIssue;

function typeIssue(issue: Extract<ZodIssue, { code: 'invalid_type' }>): [string, string] {
  const { input, expected } = issue;
  if (input === undefined) return [CODES.required, MESSAGES.required];
  if (typeof input === 'number' && !Number.isFinite(input)) return [CODES.notFinite, MESSAGES.notFinite];
  if (expected === 'int' && typeof input === 'number') return [CODES.notAnInteger, MESSAGES.notAnInteger];
  return [CODES.invalidType, MESSAGES.invalidType(expected === 'int' ? 'whole number' : expected)];
}

function sizeIssue(issue: Extract<ZodIssue, { code: 'too_small' | 'too_big' }>): [string, string] {
  const small = issue.code === 'too_small';
  const bound = Number(small ? issue.minimum : issue.maximum);
  if (issue.origin === 'string') {
    return small ? [CODES.tooShort, MESSAGES.tooShort(bound)] : [CODES.tooLong, MESSAGES.tooLong(bound)];
  }
  if (issue.origin === 'array') {
    return small ? [CODES.tooFewItems, MESSAGES.tooFewItems(bound)] : [CODES.tooManyItems, MESSAGES.tooManyItems(bound)];
  }
  const text = String(bound);
  const inclusive = issue.inclusive !== false;
  const bounds = small ? (inclusive ? { min: text } : { gt: text }) : inclusive ? { max: text } : { lt: text };
  return [CODES.outOfRange, MESSAGES.outOfRange(bounds)];
}

/** Code and message for one zod issue (unrecognized keys are expanded by the caller). */
function describe(issue: ZodIssue): [string, string] {
  const known = CODE_OF_STATIC_MESSAGE.get(issue.message);
  switch (issue.code) {
    case 'custom': {
      const code = issue.params?.['code'];
      return [typeof code === 'string' ? code : CODES.invalidInput, issue.message];
    }
    case 'invalid_type':
      return typeIssue(issue);
    case 'too_small':
    case 'too_big':
      return sizeIssue(issue);
    case 'invalid_key': {
      // A record key (a throughput model name) that fails its schema: the key's own message.
      const inner = issue.issues[0];
      return inner === undefined ? [CODES.invalidInput, issue.message] : describe(inner);
    }
    case 'invalid_value':
      return [CODES.invalidValue, MESSAGES.invalidValue(issue.values.map(String))];
    case 'invalid_union':
      if (known !== undefined) return [known, issue.message];
      if (issue.input === undefined) return [CODES.required, MESSAGES.required];
      if ('options' in issue && issue.options !== undefined) {
        return [CODES.invalidValue, MESSAGES.invalidValue(issue.options.map(String))];
      }
      return [CODES.invalidInput, issue.message];
    default:
      return [known ?? CODES.invalidInput, issue.message];
  }
}

/**
 * A union of object shapes (servedBy, a §9 throughput figure) that failed: when exactly one
 * option matched the input's shape (none of its issues is at the union's own level), that
 * option's issues, which name the inner field; otherwise null (the union's own message).
 */
function matchingOption(issue: ZodIssue): ZodIssue[] | null {
  if (issue.code !== 'invalid_union' || !('errors' in issue) || typeof issue.input !== 'object' || issue.input === null) return null;
  const shaped = issue.errors.filter((option) => option.length > 0 && option.every((inner) => inner.path.length > 0));
  const only = shaped.length === 1 ? shaped[0] : undefined;
  return only === undefined ? null : only.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }) as ZodIssue);
}

export function toValidationIssues(issues: readonly ZodIssue[]): ValidationIssue[] {
  return issues.flatMap((issue): ValidationIssue[] => {
    const inner = matchingOption(issue);
    if (inner !== null) return toValidationIssues(inner);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        code: CODES.unknownField,
        path: formatPath([...issue.path, key]),
        message: MESSAGES.unknownField,
      }));
    }
    const [code, message] = describe(issue);
    return [{ code, path: formatPath(issue.path), message }];
  });
}

export function validateScenario(input: unknown): ValidationResult {
  try {
    const result = scenarioSchema.safeParse(input, { reportInput: true });
    if (result.success) {
      const warnings = plausibilityWarnings(result.data).map((w) => ({ code: w.code, path: formatPath(w.path), message: w.message }));
      return { ok: true, scenario: result.data, warnings };
    }
    return { ok: false, issues: toValidationIssues(result.error.issues) };
  } catch (error) {
    // Only hostile input (a throwing getter, a revoked proxy) gets here: still an answer, not a crash.
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [{ code: CODES.invalidInput, path: '', message: `could not be read: ${detail}` }] };
  }
}
