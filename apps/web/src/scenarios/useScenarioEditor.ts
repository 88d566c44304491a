import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError, conflictOf, getScenario, saveScenario, type ScenarioDocument, type StoredScenario } from './api';
import { sameDocument } from './diffDocuments';
import { clearDraft, readDraft, writeDraft } from './localDraft';

export interface Conflict {
  /** The stored scenario the server answered the 412 with. */
  theirs: StoredScenario;
  /** The edits that were refused. */
  mine: ScenarioDocument;
  /** What both started from (for "what changed"). */
  base: ScenarioDocument;
}

export type LoadState = { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'ready' };

export interface ScenarioEditorState {
  load: LoadState;
  stored: StoredScenario | null;
  doc: ScenarioDocument | null;
  dirty: boolean;
  /** Edits recovered from the local draft on load, with when they were written. */
  recoveredAt: string | null;
  saving: boolean;
  saveError: ApiError | null;
  conflict: Conflict | null;
  edit: (next: ScenarioDocument) => void;
  save: (message: string) => Promise<boolean>;
  discard: () => void;
  keepMine: (message: string) => Promise<boolean>;
  takeTheirs: () => void;
  reload: () => void;
}

const DRAFT_WRITE_MS = 250;

/** Load, edit, save with If-Match, keep a local draft, and surface 412 conflicts for one scenario. */
export function useScenarioEditor(id: string): ScenarioEditorState {
  const [load, setLoad] = useState<LoadState>({ status: 'loading' });
  const [stored, setStored] = useState<StoredScenario | null>(null);
  const [doc, setDoc] = useState<ScenarioDocument | null>(null);
  const [baseEtag, setBaseEtag] = useState('');
  const [baseDoc, setBaseDoc] = useState<ScenarioDocument | null>(null);
  const [recoveredAt, setRecoveredAt] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<ApiError | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [attempt, setAttempt] = useState(0);
  const draftTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    let cancelled = false;
    setLoad({ status: 'loading' });
    getScenario(id).then(
      (scenario) => {
        if (cancelled) return;
        const draft = readDraft(id);
        setStored(scenario);
        if (draft && !sameDocument(draft.document, scenario.document)) {
          // Unsaved edits from an earlier visit: keep them, based on the version they started from.
          setDoc(draft.document);
          setBaseEtag(draft.baseEtag);
          setBaseDoc(draft.baseVersion === scenario.version ? scenario.document : null);
          setRecoveredAt(draft.savedAt);
        } else {
          if (draft) clearDraft(id);
          setDoc(scenario.document);
          setBaseEtag(scenario.etag);
          setBaseDoc(scenario.document);
          setRecoveredAt(null);
        }
        setLoad({ status: 'ready' });
      },
      (error: unknown) => {
        if (!cancelled) setLoad({ status: 'error', error: error instanceof ApiError ? error : new ApiError(0, 'unknown', String(error)) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [id, attempt]);

  // Memoised: comparing the documents as text costs ~1 ms, and the page re-renders for every projection.
  const dirty = useMemo(() => doc !== null && stored !== null && (baseEtag !== stored.etag || !sameDocument(doc, stored.document)), [doc, stored, baseEtag]);

  const edit = useCallback(
    (next: ScenarioDocument) => {
      setDoc(next);
      if (draftTimer.current) clearTimeout(draftTimer.current);
      const version = stored?.version ?? 0;
      draftTimer.current = setTimeout(() => writeDraft(id, { document: next, baseEtag, baseVersion: version }), DRAFT_WRITE_MS);
    },
    [id, baseEtag, stored],
  );

  useEffect(
    () => () => {
      if (draftTimer.current) clearTimeout(draftTimer.current);
    },
    [],
  );

  const accept = useCallback(
    (saved: StoredScenario) => {
      if (draftTimer.current) clearTimeout(draftTimer.current);
      clearDraft(id);
      setStored(saved);
      setDoc(saved.document);
      setBaseEtag(saved.etag);
      setBaseDoc(saved.document);
      setRecoveredAt(null);
      setConflict(null);
      setSaveError(null);
    },
    [id],
  );

  const write = useCallback(
    async (document: ScenarioDocument, etag: string, message: string, base: ScenarioDocument | null): Promise<boolean> => {
      setSaving(true);
      setSaveError(null);
      try {
        accept(await saveScenario(id, etag, { document, ...(message ? { message } : {}) }));
        return true;
      } catch (error) {
        const stale = conflictOf(error);
        if (stale) setConflict({ theirs: stale.current, mine: document, base: base ?? stale.current.document });
        else if (error instanceof ApiError && error.status === 412) {
          // No current document in the answer: fetch it to show the comparison.
          const theirs = await getScenario(id).catch(() => null);
          if (theirs) setConflict({ theirs, mine: document, base: base ?? theirs.document });
          else setSaveError(error);
        } else setSaveError(error instanceof ApiError ? error : new ApiError(0, 'unknown', String(error)));
        return false;
      } finally {
        setSaving(false);
      }
    },
    [id, accept],
  );

  const save = useCallback((message: string) => (doc ? write(doc, baseEtag, message, baseDoc) : Promise.resolve(false)), [doc, baseEtag, baseDoc, write]);

  const keepMine = useCallback(
    (message: string) => (conflict ? write(doc ?? conflict.mine, conflict.theirs.etag, message, conflict.theirs.document) : Promise.resolve(false)),
    [conflict, doc, write],
  );

  const takeTheirs = useCallback(() => {
    if (conflict) accept(conflict.theirs);
  }, [conflict, accept]);

  const discard = useCallback(() => {
    if (stored) accept(stored);
  }, [stored, accept]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  return { load, stored, doc, dirty, recoveredAt, saving, saveError, conflict, edit, save, discard, keepMine, takeTheirs, reload };
}
