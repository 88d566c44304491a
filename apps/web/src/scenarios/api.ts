// Scenario calls of the API (/api/v1/scenarios), on the app's client (ApiError, 401 → sign-in):
// a save reads the answer's ETag header (apiResponse) and a 412 the current scenario in its body
// (ApiError.body). Responses are normalised here so pages read one shape.
import { api, ApiError, apiRequest, apiResponse } from '../api/client';

export { ApiError };

export type ScenarioDocument = Record<string, unknown>;

export interface ScenarioSummary {
  id: string;
  name: string;
  isDraft: boolean;
  version: number;
  etag: string;
  createdAt: string;
  updatedAt: string;
  /** User id of the last editor (names come from usePeople). */
  updatedBy: string | null;
  deletedAt: string | null;
  canEdit: boolean;
  canManage: boolean;
  /** Who else sees it (issue 19): the workspace, or this many named people; absent when not shared. */
  shared?: { workspace: boolean; people: number } | undefined;
}

export interface StoredScenario extends ScenarioSummary {
  document: ScenarioDocument;
  etag: string;
}

export interface RevisionSummary {
  version: number;
  message: string | null;
  author: string | null;
  createdAt: string;
}

export type SortKey = 'updatedAt' | 'name' | 'createdAt';

const BASE = '/api/v1/scenarios';

/** A scenario from an answer that carries one, with the ETag header it came with. */
async function stored(call: Promise<{ data: unknown; headers: Headers }>): Promise<StoredScenario> {
  const { data, headers } = await call;
  return toStored(data, headers.get('etag'));
}

function itemsOf(body: unknown): unknown[] {
  return Array.isArray(body) ? body : ((body as { items?: unknown[] }).items ?? []);
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export function toSummary(raw: unknown): ScenarioSummary {
  const r = (raw ?? {}) as Record<string, unknown>;
  const permissions = (r['permissions'] ?? {}) as Record<string, unknown>;
  return {
    id: str(r['id']),
    name: str(r['name']) || str((r['document'] as Record<string, unknown> | undefined)?.['name']),
    isDraft: r['draft'] === true,
    version: typeof r['version'] === 'number' ? r['version'] : 0,
    etag: str(r['etag']),
    createdAt: str(r['createdAt']),
    updatedAt: str(r['updatedAt']),
    updatedBy: str(r['updatedById']) || str(r['ownerId']) || null,
    deletedAt: typeof r['deletedAt'] === 'string' ? r['deletedAt'] : null,
    canEdit: permissions['edit'] !== false,
    canManage: permissions['manage'] !== false,
    shared: sharedOf(r),
  };
}

function sharedOf(r: Record<string, unknown>): ScenarioSummary['shared'] {
  const people = Number((r['sharing'] as Record<string, unknown> | undefined)?.['people'] ?? 0) || 0;
  const workspace = r['visibility'] === 'WORKSPACE';
  return workspace || people > 0 ? { workspace, people } : undefined;
}

function toStored(raw: unknown, etagHeader: string | null): StoredScenario {
  const r = (raw ?? {}) as Record<string, unknown>;
  const summary = toSummary(r);
  const etag = etagHeader || summary.etag || `"${summary.version}"`;
  return { ...summary, etag, document: (r['document'] ?? {}) as ScenarioDocument };
}

export async function listScenarios(query: { search?: string; sort?: SortKey } = {}): Promise<ScenarioSummary[]> {
  const params = new URLSearchParams();
  if (query.search) params.set('search', query.search);
  const sort = query.sort ?? 'updatedAt';
  params.set('sort', sort);
  params.set('order', sort === 'name' ? 'asc' : 'desc');
  params.set('limit', '100');
  return itemsOf(await api.get<unknown>(`${BASE}?${params.toString()}`)).map(toSummary);
}

export async function listDeletedScenarios(): Promise<ScenarioSummary[]> {
  return itemsOf(await api.get<unknown>(`${BASE}/trash`)).map(toSummary);
}

export async function getScenario(id: string): Promise<StoredScenario> {
  return stored(apiResponse('GET', `${BASE}/${encodeURIComponent(id)}`));
}

export async function createScenario(input: { document: ScenarioDocument; draft?: boolean; message?: string }): Promise<StoredScenario> {
  return stored(apiResponse('POST', BASE, input));
}

/** The stored side of a 412: the current document and its ETag, as the API sends them. */
export interface StaleConflict {
  current: StoredScenario;
}

export function conflictOf(error: unknown): StaleConflict | null {
  if (!(error instanceof ApiError) || error.status !== 412) return null;
  const body = (error.body ?? {}) as Record<string, unknown>;
  const errorPart = (body['error'] ?? {}) as Record<string, unknown>;
  const current = body['current'] ?? errorPart['current'];
  if (!current || typeof current !== 'object') return null;
  return { current: toStored(current, null) };
}

export async function saveScenario(id: string, etag: string, input: { document: ScenarioDocument; message?: string; draft?: boolean }): Promise<StoredScenario> {
  return stored(apiResponse('PUT', `${BASE}/${encodeURIComponent(id)}`, input, { headers: { 'if-match': etag } }));
}

export async function deleteScenario(id: string, etag: string): Promise<void> {
  await api.delete(`${BASE}/${encodeURIComponent(id)}`, { headers: { 'if-match': etag } });
}

export async function restoreScenario(id: string): Promise<void> {
  // No body, as before (api.post would send `{}`).
  await apiRequest('POST', `${BASE}/${encodeURIComponent(id)}/restore`);
}

export async function duplicateScenario(id: string, name?: string): Promise<StoredScenario> {
  return stored(apiResponse('POST', `${BASE}/${encodeURIComponent(id)}/duplicate`, name ? { name } : {}));
}

export async function listRevisions(id: string): Promise<RevisionSummary[]> {
  return itemsOf(await api.get<unknown>(`${BASE}/${encodeURIComponent(id)}/revisions?limit=100`)).map((raw) => {
    const r = (raw ?? {}) as Record<string, unknown>;
    return {
      version: typeof r['version'] === 'number' ? r['version'] : 0,
      message: typeof r['message'] === 'string' ? r['message'] : null,
      author: str(r['authorId']) || null,
      createdAt: str(r['createdAt']),
    };
  });
}

export async function getRevision(id: string, version: number): Promise<ScenarioDocument> {
  const body = await api.get<Record<string, unknown>>(`${BASE}/${encodeURIComponent(id)}/revisions/${version}`);
  return (body['document'] ?? {}) as ScenarioDocument;
}

/** Creates the scenario(s) of a template (a pair for "Blackwell vs Hopper"). */
export async function createFromTemplate(templateId: string): Promise<StoredScenario[]> {
  const body = await api.post<{ items?: unknown[] }>(`${BASE}/from-template`, { templateId });
  return (body.items ?? []).map((item) => toStored(item, null));
}

export interface Person {
  id: string;
  name: string;
}

/** Every member's id and name (GET /api/v1/people: any signed-in user, no e-mail). */
export async function listPeople(): Promise<Person[]> {
  const body = await api.get<{ people?: Person[] }>('/api/v1/people');
  return body.people ?? [];
}

/** The server's projection of the stored document (cached per version). */
export async function getProjection(id: string): Promise<unknown> {
  const body = await api.get<{ projection?: unknown }>(`${BASE}/${encodeURIComponent(id)}/projection`);
  return body.projection ?? null;
}
