// Calls of the actuals, mapping, versions and variance routes, on the app's client (ApiError, 401 → sign-in).
import { api, ApiError, apiResponse } from '../api/client';
import type { ActualsFormat, ActualsImport, ImportPreview, MappingRule, RowError, ScenarioVersion, Variance, VersionKind } from './types';

const ACTUALS = '/api/v1/actuals';
const scenario = (id: string) => `/api/v1/scenarios/${encodeURIComponent(id)}`;

export interface ImportFile {
  format: ActualsFormat;
  fileName: string;
  content: string;
}

export async function previewImport(file: ImportFile): Promise<ImportPreview> {
  return (await api.post<{ preview: ImportPreview }>(`${ACTUALS}/imports?dryRun=true`, file)).preview;
}

export async function commitImport(file: ImportFile): Promise<ActualsImport> {
  return (await api.post<{ import: ActualsImport }>(`${ACTUALS}/imports?dryRun=false`, file)).import;
}

/** The row errors of a refused import (400 invalid_actuals_file), wherever the body carries them. */
export function rowErrorsOf(error: unknown): RowError[] {
  if (!(error instanceof ApiError)) return [];
  const body = (error.body ?? {}) as { error?: { issues?: unknown; details?: unknown } };
  const issues = body.error?.issues;
  if (Array.isArray(issues)) return issues as RowError[];
  return [];
}

export async function listImports(): Promise<ActualsImport[]> {
  return (await api.get<{ imports: ActualsImport[] }>(`${ACTUALS}/imports`)).imports;
}

export async function undoImport(id: string): Promise<void> {
  await api.delete(`${ACTUALS}/imports/${encodeURIComponent(id)}`);
}

export interface RuleSet {
  rules: MappingRule[];
  etag: string;
}

export async function getMappings(): Promise<RuleSet> {
  const { data, headers } = await apiResponse<RuleSet>('GET', `${ACTUALS}/mappings`);
  return { rules: data.rules, etag: data.etag ?? headers.get('etag') ?? '' };
}

/** Saves the whole ordered list; a stale etag answers 412 (ApiError.status). */
export async function saveMappings(etag: string, rules: MappingRule[]): Promise<RuleSet> {
  const { data, headers } = await apiResponse<RuleSet>('PUT', `${ACTUALS}/mappings`, { rules }, { headers: { 'if-match': etag } });
  return { rules: data.rules, etag: data.etag ?? headers.get('etag') ?? '' };
}

export async function listVersions(scenarioId: string): Promise<{ versions: ScenarioVersion[]; baselineVersionId: string | null }> {
  return api.get(`${scenario(scenarioId)}/versions`);
}

export async function lockVersion(scenarioId: string, input: { name: string; kind: VersionKind; revision?: number }): Promise<ScenarioVersion> {
  return (await api.post<{ version: ScenarioVersion }>(`${scenario(scenarioId)}/versions`, input)).version;
}

export async function setBaseline(scenarioId: string, versionId: string | null): Promise<string | null> {
  return (await api.put<{ baselineVersionId: string | null }>(`${scenario(scenarioId)}/baseline`, { versionId })).baselineVersionId;
}

export async function getVariance(scenarioId: string, options: { version?: string; rescale: boolean }): Promise<Variance> {
  const q = new URLSearchParams({ rescale: String(options.rescale) });
  if (options.version) q.set('version', options.version);
  return api.get<Variance>(`${scenario(scenarioId)}/variance?${q.toString()}`);
}
