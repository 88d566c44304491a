// Unsaved edits kept in localStorage, so a reload or a crash never loses them.
import type { ScenarioDocument } from './api';

export interface LocalDraft {
  document: ScenarioDocument;
  /** The ETag and version the edits started from: a save sends this ETag, so a newer stored version is a 412. */
  baseEtag: string;
  baseVersion: number;
  savedAt: string;
}

const PREFIX = 'tokenplan.draft.';

export function draftKey(scenarioId: string): string {
  return `${PREFIX}${scenarioId}`;
}

export function readDraft(scenarioId: string): LocalDraft | null {
  try {
    const text = localStorage.getItem(draftKey(scenarioId));
    if (!text) return null;
    const draft = JSON.parse(text) as Partial<LocalDraft>;
    if (!draft.document || typeof draft.baseEtag !== 'string') return null;
    return { document: draft.document, baseEtag: draft.baseEtag, baseVersion: draft.baseVersion ?? 0, savedAt: draft.savedAt ?? '' };
  } catch {
    return null;
  }
}

export function writeDraft(scenarioId: string, draft: Omit<LocalDraft, 'savedAt'>): void {
  try {
    localStorage.setItem(draftKey(scenarioId), JSON.stringify({ ...draft, savedAt: new Date().toISOString() }));
  } catch {
    // storage full or disabled: the unsaved-changes guard still protects the edits
  }
}

export function clearDraft(scenarioId: string): void {
  try {
    localStorage.removeItem(draftKey(scenarioId));
  } catch {
    // nothing to clear
  }
}
