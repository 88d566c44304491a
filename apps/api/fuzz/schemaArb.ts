// JSON Schema (as @fastify/swagger prints the routes' zod schemas) → fast-check arbitrary of
// valid-ish values. Sizes are kept small (arrays ≤ 4, strings ≤ 40 unless the schema asks for more)
// so a request stays cheap; boundary values (min, max, max length) come up often on purpose.
import fc from 'fast-check';

export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: boolean | number;
  exclusiveMaximum?: boolean | number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  format?: string;
  default?: unknown;
};

/** Hook for fields whose schema is a free object (scenario documents): returns an arbitrary or undefined. */
export type Override = (key: string, schema: JsonSchema) => fc.Arbitrary<unknown> | undefined;

const MAX_ITEMS = 4;
const MAX_STRING = 40;

function numberArb(s: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const exclMin = s.exclusiveMinimum === true || typeof s.exclusiveMinimum === 'number';
  const exclMax = s.exclusiveMaximum === true || typeof s.exclusiveMaximum === 'number';
  const lo = typeof s.exclusiveMinimum === 'number' ? s.exclusiveMinimum : s.minimum;
  const hi = typeof s.exclusiveMaximum === 'number' ? s.exclusiveMaximum : s.maximum;
  if (integer) {
    const min = lo === undefined ? -1_000_000 : Math.ceil(lo) + (exclMin ? 1 : 0);
    const max = hi === undefined ? 1_000_000 : Math.floor(hi) - (exclMax ? 1 : 0);
    const boundaries = [min, max].filter((v) => Number.isSafeInteger(v));
    return fc.oneof(
      { weight: 3, arbitrary: fc.integer({ min: Math.max(min, Number.MIN_SAFE_INTEGER), max: Math.min(max, Number.MAX_SAFE_INTEGER) }) },
      { weight: 1, arbitrary: boundaries.length ? fc.constantFrom(...boundaries) : fc.constant(0) },
    );
  }
  const min = lo ?? -1e6;
  const max = hi ?? 1e6;
  const edges = [min, max].filter((_, i) => !(i === 0 ? exclMin : exclMax));
  return fc.oneof(
    { weight: 3, arbitrary: fc.double({ min, max, noNaN: true, noDefaultInfinity: true, minExcluded: exclMin, maxExcluded: exclMax }) },
    { weight: 1, arbitrary: edges.length ? fc.constantFrom(...edges) : fc.constant((min + max) / 2) },
  );
}

function stringArb(s: JsonSchema): fc.Arbitrary<string> {
  if (s.format === 'uuid') return fc.uuid();
  if (s.format === 'email') return fc.emailAddress();
  if (s.format === 'date-time') return fc.date({ min: new Date(0), max: new Date(4e12), noInvalidDate: true }).map((d) => d.toISOString());
  if (s.pattern) {
    try {
      const re = new RegExp(s.pattern);
      return fc.stringMatching(re).filter((v) => v.length <= (s.maxLength ?? 200));
    } catch {
      // an ECMAScript-incompatible pattern: fall through to plain strings
    }
  }
  const minLength = s.minLength ?? 0;
  const maxLength = Math.max(minLength, Math.min(s.maxLength ?? MAX_STRING, 200));
  return fc.oneof(
    { weight: 4, arbitrary: fc.string({ minLength, maxLength: Math.min(maxLength, Math.max(minLength, MAX_STRING)), unit: 'grapheme-composite' }) },
    { weight: 1, arbitrary: fc.string({ minLength: maxLength, maxLength, unit: 'binary' }) },
  );
}

function objectArb(s: JsonSchema, override: Override | undefined): fc.Arbitrary<Record<string, unknown>> {
  const props = s.properties ?? {};
  const keys = Object.keys(props);
  if (keys.length === 0) {
    // A free object: a few primitive entries (the override handles scenario documents).
    return fc.dictionary(fc.string({ maxLength: 12 }), fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.boolean()), { maxKeys: 3 });
  }
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const key of keys) model[key] = override?.(key, props[key] as JsonSchema) ?? schemaArb(props[key] as JsonSchema, override);
  return fc.record(model, { requiredKeys: (s.required ?? []).filter((k) => keys.includes(k)) });
}

/** An arbitrary of values that (mostly) satisfy `schema`. */
export function schemaArb(schema: JsonSchema, override?: Override): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives?.length) return fc.oneof(...alternatives.map((alt) => schemaArb({ ...schema, anyOf: undefined, oneOf: undefined, ...alt }, override)));
  if (schema.allOf?.length) return schemaArb(Object.assign({}, ...schema.allOf) as JsonSchema, override);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object':
      return objectArb(schema, override);
    case 'array': {
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.max(minLength, Math.min(schema.maxItems ?? MAX_ITEMS, MAX_ITEMS));
      return fc.array(schemaArb(schema.items ?? {}, override), { minLength, maxLength });
    }
    case 'integer':
      return numberArb(schema, true);
    case 'number':
      return numberArb(schema, false);
    case 'string':
      return stringArb(schema);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      if (schema.properties) return objectArb(schema, override);
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** One value of `arb` for `seed` (deterministic). */
export function sampleOne<T>(arb: fc.Arbitrary<T>, seed: number): T {
  return fc.sample(arb, { seed, numRuns: 1 })[0] as T;
}
