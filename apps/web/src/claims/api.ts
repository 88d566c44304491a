// Claim check calls: POST /api/v1/claims/check, and "build a scenario" through the scenarios API.
import type { ClaimInput } from '@tokenplan/model';
import { api } from '../api/client';

export interface FigureView { key: string; label: string; value: string | null; unit: string; formula?: string }
export interface ReferenceView {
  id: string; subject: string; quantity: string; value: string; unit: string; asOf: string; confidence: string;
  range?: { low: string; high: string }; operatingPoint?: string; vendorClaim?: boolean;
  source: { title: string; publisher: string; url: string; date: string };
}
export interface ClaimCheckView {
  presetId: string | null;
  claim: ClaimInput;
  title: string;
  statement: string;
  implied: FigureView[];
  library: { reference: ReferenceView; figure: FigureView; verdict: 'consistent' | 'stretch' | 'outOfReach' | 'info'; note: string }[];
  scenario: { id: string; name: string; rows: { platformId: string; platformName: string; figures: FigureView[]; note: string }[] } | null;
  inputs: FigureView[];
  verdict: string;
  scenarioDocument: Record<string, unknown>;
}

export type ClaimRequest = ({ preset: string } | { claim: ClaimInput }) & { scenarioId?: string };

export function checkClaim(request: ClaimRequest): Promise<ClaimCheckView> {
  return api.post<ClaimCheckView>('/api/v1/claims/check', request);
}

/** Stores the scenario built from the claim's inputs; answers its id. */
export async function buildScenario(document: Record<string, unknown>): Promise<string> {
  const created = await api.post<{ id: string }>('/api/v1/scenarios', { document });
  return created.id;
}

export async function listScenarios(): Promise<{ id: string; name: string }[]> {
  const body = await api.get<{ items?: unknown[] } | unknown[]>('/api/v1/scenarios?sort=name&order=asc&limit=100');
  const items = Array.isArray(body) ? body : (body.items ?? []);
  return items.flatMap((raw) => {
    const r = raw as Record<string, unknown>;
    return typeof r['id'] === 'string' && r['isDraft'] !== true ? [{ id: r['id'], name: String(r['name'] ?? r['id']) }] : [];
  });
}
