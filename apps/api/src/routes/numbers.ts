// Bounded numeric inputs shared by the routes (issue 14 finding 5). A number in a query string is
// checked for length and format (digits only) BEFORE it is parsed, so "0x10", "1e3", " 1" or a
// 100 kB string of digits is a 400 naming the field, never a surprise value or a slow parse.
// Decimal inputs of bodies (goal-seek target, tornado swing) are the model's option schemas
// (packages/model/src/analysis/options.ts), the same rule as every scenario number.
import { z } from 'zod';

/** A whole number in [min, max] written in a query string: 1 to 10 digits, nothing else. */
export function queryInt(min: number, max: number) {
  return z
    .string()
    .regex(/^\d{1,10}$/, { error: 'must be a whole number written with digits only (0-9, at most 10 digits)' })
    .transform(Number)
    .pipe(z.number().int().min(min).max(max))
    .meta({ description: `A whole number from ${min} to ${max}.` });
}
