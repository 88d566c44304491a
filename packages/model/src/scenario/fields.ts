/**
 * Field schemas shared by the Scenario schema.
 *
 * A decimal field accepts a JSON number or a decimal string and always parses to the canonical
 * decimal STRING (plain notation, no exponent, no trailing zeros; `-0` is `"0"`), so a parsed
 * Scenario is plain JSON: storable, comparable, sendable to a Web Worker. The Decimal value is
 * built from the text (a JSON number goes through its shortest round-trip text, so `0.1` is
 * exactly 0.1), never from a computed float.
 */
import { z } from 'zod';
import { Decimal, toDecimalString } from '../decimal';
import { CODES, MESSAGES, type RangeBounds } from './messages';

/** Ids and keys: safe in a file name, a URL, a spreadsheet cell (no formula can start with them). */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,100}$/;
/** Model names keep their version dots ("llama-3.3-70b"), never as the first character. */
export const MODEL_ID_PATTERN = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}$/;

/** Plain or scientific decimal text: "12", "-0.5", ".25", "1e6", "2.5E-3". */
export const DECIMAL_PATTERN = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const MAX_TEXT_LENGTH = 100;
const MAX_MAGNITUDE = new Decimal('1e24');
const MIN_MAGNITUDE = new Decimal('1e-30');

function isWithin(value: Decimal, bounds: RangeBounds): boolean {
  const { min, max, gt, lt } = bounds;
  if (min !== undefined && value.lt(min)) return false;
  if (max !== undefined && value.gt(max)) return false;
  if (gt !== undefined && value.lte(gt)) return false;
  if (lt !== undefined && value.gte(lt)) return false;
  return true;
}

/** The bounds as JSON Schema keywords; they constrain the number form of the input. */
function jsonSchemaBounds(bounds: RangeBounds): Record<string, number> {
  const keywords: Record<string, number> = {};
  if (bounds.min !== undefined) keywords['minimum'] = Number(bounds.min);
  if (bounds.max !== undefined) keywords['maximum'] = Number(bounds.max);
  if (bounds.gt !== undefined) keywords['exclusiveMinimum'] = Number(bounds.gt);
  if (bounds.lt !== undefined) keywords['exclusiveMaximum'] = Number(bounds.lt);
  return keywords;
}

function unionError(issue: { input?: unknown }): string {
  if (issue.input === undefined) return MESSAGES.required;
  return typeof issue.input === 'number' ? MESSAGES.notFinite : MESSAGES.notANumber;
}

/** A decimal quantity within `bounds`, given as a JSON number or a decimal string. */
export function decimalField(bounds: RangeBounds = {}, description?: string) {
  return z
    .union([z.number(), z.string()], { error: unionError })
    .transform((input, ctx) => {
      const fail = (code: string, message: string): typeof z.NEVER => {
        ctx.issues.push({ code: 'custom', message, input, params: { code } });
        return z.NEVER;
      };
      if (typeof input === 'string' && (input.length > MAX_TEXT_LENGTH || !DECIMAL_PATTERN.test(input))) {
        return fail(CODES.notANumber, MESSAGES.notANumber);
      }
      const value = new Decimal(input);
      if (value.isZero()) return isWithin(value, bounds) ? '0' : fail(CODES.outOfRange, MESSAGES.outOfRange(bounds));
      const size = value.abs();
      if (!size.isFinite() || size.gte(MAX_MAGNITUDE) || size.lt(MIN_MAGNITUDE)) {
        return fail(CODES.unsupportedMagnitude, MESSAGES.unsupportedMagnitude);
      }
      if (!isWithin(value, bounds)) return fail(CODES.outOfRange, MESSAGES.outOfRange(bounds));
      return toDecimalString(value);
    })
    .meta({
      ...(description === undefined ? {} : { description }),
      ...jsonSchemaBounds(bounds),
      pattern: DECIMAL_PATTERN.source,
    });
}

/** A JSON integer in [min, max]. */
export function integerField(min: number, max?: number) {
  const field = z.int().min(min);
  return max === undefined ? field : field.max(max);
}

/** A non-empty string of at most `max` characters. */
export function textField(max: number) {
  return z.string().min(1).max(max);
}

/** An id: letters, digits, `-` and `_`, 1 to 100 characters (ID_PATTERN). */
export function idField() {
  return z
    .string({ error: (issue) => (issue.input === undefined ? MESSAGES.required : MESSAGES.invalidId) })
    .regex(ID_PATTERN, { error: MESSAGES.invalidId });
}

/** A model name (an application's `model`, a platform's throughput key): MODEL_ID_PATTERN. */
export function modelIdField() {
  return z
    .string({ error: (issue) => (issue.input === undefined ? MESSAGES.required : MESSAGES.invalidModelId) })
    .regex(MODEL_ID_PATTERN, { error: MESSAGES.invalidModelId });
}
