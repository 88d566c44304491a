// Turning request bodies into storable scenario documents, and the HTTP validators (ETag, If-Match).
//
// A complete scenario is validated by the model (`validateScenario`) and stored normalised (decimal
// strings, defaults applied). A draft (`draft: true`) is stored as sent, as long as it is plain JSON
// that PostgreSQL can store and has a name; what it still lacks is reported on every read.
import { HttpError, joinPath, type ErrorDetail } from '../errors';
import type { JsonObject, ScenarioRecord } from '../repositories/records';
import { formatPath, validateScenario } from './model';

export interface Issue {
  code: string;
  path: string;
  message: string;
}

export interface PreparedDocument {
  name: string;
  document: JsonObject;
  isDraft: boolean;
}

/** Deeper than any scenario (root → applications → item → growth → field is 4). */
export const MAX_DOCUMENT_DEPTH = 16;
const MAX_NAME_LENGTH = 120;


// A lone UTF-16 surrogate cannot be stored in PostgreSQL text or jsonb.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why PostgreSQL could not store this text (NUL, lone surrogates), or null. */
export function unstorableText(text: string): string | null {
  if (text.includes('\u0000')) return 'must not contain the NUL character (\\u0000)';
  if (LONE_SURROGATE.test(text)) return 'must not contain an unpaired UTF-16 surrogate';
  return null;
}

/**
 * Checks what JSON parsing lets through but a jsonb column or our code cannot take: nesting deeper
 * than MAX_DOCUMENT_DEPTH, NUL characters and unpaired surrogates in keys or strings.
 */
export function storageProblems(value: unknown, prefix: string): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: prefix, depth: 0 }];
  while (stack.length > 0 && problems.length < 20) {
    const { value: node, path, depth } = stack.pop() as { value: unknown; path: string; depth: number };
    if (typeof node === 'string') {
      const why = unstorableText(node);
      if (why) problems.push({ path, message: why });
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    if (depth >= MAX_DOCUMENT_DEPTH) {
      problems.push({ path, message: `is nested too deeply (at most ${MAX_DOCUMENT_DEPTH} levels)` });
      continue;
    }
    if (Array.isArray(node)) {
      node.forEach((item, i) => stack.push({ value: item, path: `${path}[${i}]`, depth: depth + 1 }));
      continue;
    }
    for (const [key, item] of Object.entries(node as Record<string, unknown>)) {
      const keyPath = joinPath(path, formatPath([key]));
      const why = unstorableText(key);
      if (why) problems.push({ path: keyPath, message: `field name ${why}` });
      else stack.push({ value: item, path: keyPath, depth: depth + 1 });
    }
  }
  return problems;
}

function invalid(message: string, details: ErrorDetail[]): HttpError {
  return new HttpError(400, 'validation_failed', message, details);
}

/**
 * The document to store for a save. `prefix` names where the document sits in the request body
 * (`document`, `scenarios[3].document`), so every detail path points into the request.
 */
export function prepareDocument(raw: JsonObject, draft: boolean, prefix = 'document'): PreparedDocument {
  const storage = storageProblems(raw, prefix);
  if (storage.length > 0) throw invalid(`The scenario cannot be stored: ${storage.length} problem(s).`, storage);
  if (draft) {
    const name = raw['name'];
    if (typeof name !== 'string' || name.trim() === '' || name.length > MAX_NAME_LENGTH) {
      throw invalid('A draft needs a name.', [
        { path: joinPath(prefix, 'name'), message: `is required for a draft (1 to ${MAX_NAME_LENGTH} characters)` },
      ]);
    }
    return { name, document: raw, isDraft: true };
  }
  const result = validateScenario(raw);
  if (!result.ok) {
    throw invalid(
      `The scenario is invalid: ${result.issues.length} problem(s). Fix them, or save it as a draft ("draft": true) to keep it incomplete.`,
      result.issues.map((issue) => ({ path: joinPath(prefix, issue.path), message: issue.message })),
    );
  }
  const scenario = result.scenario as unknown as JsonObject & { name: string };
  return { name: scenario.name, document: scenario, isDraft: false };
}

/** What a stored draft still lacks: every validation issue, and the paths of required fields missing. */
export function draftReport(record: Pick<ScenarioRecord, 'isDraft' | 'document'>): { issues: Issue[]; missing: string[] } | null {
  if (!record.isDraft) return null;
  const result = validateScenario(record.document);
  if (result.ok) return { issues: [], missing: [] };
  const issues = result.issues.map(({ code, path, message }) => ({ code, path, message }));
  return { issues, missing: issues.filter((i) => i.code === 'required').map((i) => i.path) };
}

/**
 * RFC 7396 JSON Merge Patch: objects merge key by key, `null` deletes, anything else replaces.
 * Recursive, one level per level of `patch`: safe because every JSON body was refused past
 * MAX_JSON_DEPTH levels (plugins/jsonBody.ts) before any route saw it.
 */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return patch;
  const base: Record<string, unknown> =
    target !== null && typeof target === 'object' && !Array.isArray(target) ? { ...(target as Record<string, unknown>) } : {};
  for (const [key, value] of Object.entries(patch as Record<string, unknown>)) {
    if (value === null) delete base[key];
    else base[key] = mergePatch(base[key], value);
  }
  return base;
}

// ---- ETag / If-Match (RFC 9110 §8.8.3, §13.1.1) ----------------------------------------------------

/** Strong ETag of one version of one scenario: `"<id>.<version>"`. */
export function etagOf(record: Pick<ScenarioRecord, 'id' | 'version'>): string {
  return `"${record.id}.${record.version}"`;
}

const ENTITY_TAG = /^\s*(W\/)?"([\x21\x23-\x7e\x80-\xff]*)"\s*$/;

/** The entity tags of an If-Match / If-None-Match list, weak ones flagged; null if malformed. */
function parseTagList(header: string): { weak: boolean; opaque: string }[] | null {
  const tags: { weak: boolean; opaque: string }[] = [];
  for (const part of header.split(',')) {
    if (part.trim() === '') continue;
    const match = ENTITY_TAG.exec(part);
    if (!match) return null;
    tags.push({ weak: match[1] !== undefined, opaque: match[2] ?? '' });
  }
  return tags.length > 0 ? tags : null;
}

/**
 * The versions of scenario `id` an If-Match header allows (strong comparison: weak tags never
 * match). Missing → 428; `*` → 428 too (a write must name the version it was based on); malformed → 400.
 * An empty list (tags of other versions or resources) makes the write fail with 412.
 */
export function expectedVersions(header: string | string[] | undefined, id: string): number[] {
  const text = Array.isArray(header) ? header.join(',') : header;
  if (text === undefined || text.trim() === '') {
    throw new HttpError(428, 'precondition_required', 'Send If-Match with the ETag of the version you edited (from GET), so no edit is lost.');
  }
  if (text.trim() === '*') {
    throw new HttpError(428, 'precondition_required', 'If-Match: * is not accepted here: send the ETag of the version you edited.');
  }
  const tags = parseTagList(text);
  if (!tags) throw new HttpError(400, 'invalid_if_match', 'If-Match must be a list of quoted entity tags, e.g. If-Match: "<etag from GET>".');
  const versions: number[] = [];
  for (const tag of tags) {
    if (tag.weak) continue;
    const dot = tag.opaque.lastIndexOf('.');
    if (tag.opaque.slice(0, dot) !== id) continue;
    const digits = tag.opaque.slice(dot + 1);
    if (/^[1-9]\d{0,9}$/.test(digits)) versions.push(Number(digits));
  }
  return versions;
}

/** Whether If-None-Match (weak comparison) matches the current ETag: GET answers 304. */
export function noneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  const tags = parseTagList(header);
  return tags !== null && tags.some((t) => `"${t.opaque}"` === etag);
}
