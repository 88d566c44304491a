// The JSON body parser for every route: Fastify's own (same prototype-poisoning protection), behind a
// nesting limit. JSON.parse survives 100,000 nested arrays, but any recursive walk of the result
// (merge patch, schema validation, serialisation) overflows the stack: a 500 for a 1 MB request.
import type { FastifyInstance } from 'fastify';
import { HttpError } from '../errors';

/** Levels of objects and arrays a request body may nest, the body itself being level 1 (a scenario is ~5). */
export const MAX_JSON_DEPTH = 32;

const OPEN_OBJECT = 0x7b; // {
const OPEN_ARRAY = 0x5b; // [
const CLOSE_OBJECT = 0x7d; // }
const CLOSE_ARRAY = 0x5d; // ]
const QUOTE = 0x22; // "
const BACKSLASH = 0x5c; // \

/**
 * Whether JSON `text` nests objects/arrays deeper than `max`, by one pass over the characters (no
 * parsing, no recursion). Brackets inside strings do not count. Malformed text is left to the parser.
 */
export function nestedDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i += 1;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) {
      inString = true;
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      depth += 1;
      if (depth > max) return true;
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      depth -= 1;
    }
  }
  return false;
}

/** Replaces the application/json parser of `app` (before any route plugin, so every route inherits it). */
export function registerJsonBody(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'ignore');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (nestedDeeperThan(text, MAX_JSON_DEPTH)) {
      done(new HttpError(400, 'too_deep', `The JSON body is nested more than ${MAX_JSON_DEPTH} levels deep.`), undefined);
      return;
    }
    parseJson(request, text, done);
  });
}
