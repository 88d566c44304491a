// Scenario calls of the API (/api/v1/scenarios). Built on the app's client (ApiError, 401 → sign-in)
// but on fetch directly, because a save needs the answer's ETag header and a 412 needs its body.
// Responses are normalised here so pages read one shape.
import { ApiError as ClientApiError, redirectToLogin, type ApiErrorDetail } from '../api/client';

export type ScenarioDocument = Record<string, unknown>;

/** An API error that keeps the answer's body (a 412 carries the current scenario in it). */
export class ApiError extends ClientApiError {
  constructor(
    status: number,
    code: string,
    message: string,
    details: ApiErrorDetail[] = [],
    readonly body: unknown = null,
  ) {
    super(status, code, message, details);
  }
}

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

async function request(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (init.body !== undefined) headers.set('content-type', 'application/json');
  headers.set('accept', 'application/json');
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network_error', 'The server cannot be reached. Check your connection and retry.');
  }
  if (response.status === 401) redirectToLogin();
  if (!response.ok) throw await toApiError(response);
  return response;
}

async function toApiError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  const error = (body as { error?: { code?: string; message?: string; details?: ApiErrorDetail[] } } | null)?.error;
  return new ApiError(
    response.status,
    error?.code ?? `http_${response.status}`,
    error?.message ?? `The server answered ${response.status}.`,
    error?.details ?? [],
    body,
  );
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
  };
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
  const body = (await (await request(`${BASE}?${params.toString()}`)).json()) as unknown;
  const items = Array.isArray(body) ? body : ((body as { items?: unknown[] }).items ?? []);
  return items.map(toSummary);
}

export async function listDeletedScenarios(): Promise<ScenarioSummary[]> {
  const body = (await (await request(`${BASE}/trash`)).json()) as unknown;
  const items = Array.isArray(body) ? body : ((body as { items?: unknown[] }).items ?? []);
  return items.map(toSummary);
}

export async function getScenario(id: string): Promise<StoredScenario> {
  const response = await request(`${BASE}/${encodeURIComponent(id)}`);
  return toStored(await response.json(), response.headers.get('etag'));
}

export async function createScenario(input: { document: ScenarioDocument; draft?: boolean; message?: string }): Promise<StoredScenario> {
  const response = await request(BASE, { method: 'POST', body: JSON.stringify(input) });
  return toStored(await response.json(), response.headers.get('etag'));
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
  const response = await request(`${BASE}/${encodeURIComponent(id)}`, {
    method: 'PUT',
    headers: { 'if-match': etag },
    body: JSON.stringify(input),
  });
  return toStored(await response.json(), response.headers.get('etag'));
}

export async function deleteScenario(id: string, etag: string): Promise<void> {
  await request(`${BASE}/${encodeURIComponent(id)}`, { method: 'DELETE', headers: { 'if-match': etag } });
}

export async function restoreScenario(id: string): Promise<void> {
  await request(`${BASE}/${encodeURIComponent(id)}/restore`, { method: 'POST' });
}

export async function duplicateScenario(id: string, name?: string): Promise<StoredScenario> {
  const response = await request(`${BASE}/${encodeURIComponent(id)}/duplicate`, { method: 'POST', body: JSON.stringify(name ? { name } : {}) });
  return toStored(await response.json(), response.headers.get('etag'));
}

export async function listRevisions(id: string): Promise<RevisionSummary[]> {
  const body = (await (await request(`${BASE}/${encodeURIComponent(id)}/revisions?limit=100`)).json()) as unknown;
  const items = Array.isArray(body) ? body : ((body as { items?: unknown[] }).items ?? []);
  return items.map((raw) => {
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
  const body = (await (await request(`${BASE}/${encodeURIComponent(id)}/revisions/${version}`)).json()) as Record<string, unknown>;
  return (body['document'] ?? {}) as ScenarioDocument;
}


/** Creates the scenario(s) of a template (a pair for "Blackwell vs Hopper"). */
export async function createFromTemplate(templateId: string): Promise<StoredScenario[]> {
  const body = (await (await request(`${BASE}/from-template`, { method: 'POST', body: JSON.stringify({ templateId }) })).json()) as { items?: unknown[] };
  return (body.items ?? []).map((item) => toStored(item, null));
}

export interface Person {
  id: string;
  name: string;
  email: string;
}

/** Workspace members (owner only; others get 403 and see no names but their own). */
export async function listPeople(): Promise<Person[]> {
  const body = (await (await request('/api/v1/users')).json()) as { users?: Person[] };
  return body.users ?? [];
}

/** The server's projection of the stored document (cached per version). */
export async function getProjection(id: string): Promise<unknown> {
  const body = (await (await request(`${BASE}/${encodeURIComponent(id)}/projection`)).json()) as { projection?: unknown };
  return body.projection ?? null;
}
