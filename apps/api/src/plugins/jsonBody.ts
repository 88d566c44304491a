// The JSON body parser for every route: Fastify's own (same prototype-poisoning protection), behind a
// nesting limit. JSON.parse survives 100,000 nested arrays, but any recursive walk of the result
// (merge patch, schema validation, serialisation) overflows the stack: a 500 for a 1 MB request.
import type { FastifyInstance } from 'fastify';
import { HttpError } from '../errors';

/** Levels of objects and arrays a request body may nest, the body itself being level 1 (a scenario is ~5). */
export const MAX_JSON_DEPTH = 32;

/**
 * Whether a parsed JSON value nests objects/arrays deeper than `max` (the value itself is level 1).
 * Iterative, so safe on any depth JSON.parse accepted; visits objects and arrays only (less than half
 * of JSON.parse's own time on a 0.86 MB body of small objects).
 */
export function nestedDeeperThan(value: unknown, max: number): boolean {
  if (value === null || typeof value !== 'object') return false;
  const nodes: object[] = [value];
  const depths: number[] = [1];
  while (nodes.length > 0) {
    const node = nodes.pop() as Record<string, unknown>;
    const depth = depths.pop() as number;
    if (depth > max) return true;
    // JSON.parse output: plain objects and arrays, own enumerable keys only.
    for (const key in node) {
      const child = node[key];
      if (child !== null && typeof child === 'object') {
        nodes.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return false;
}

/** Replaces the application/json parser of `app` (before any route plugin, so every route inherits it). */
export function registerJsonBody(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'ignore');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    parseJson(request, typeof body === 'string' ? body : body.toString('utf8'), (error, value: unknown) => {
      if (error) done(error, undefined);
      else if (nestedDeeperThan(value, MAX_JSON_DEPTH)) done(new HttpError(400, 'too_deep', `The JSON body is nested more than ${MAX_JSON_DEPTH} levels deep.`), undefined);
      else done(null, value);
    });
  });
}
