// A scenario's locked versions and its baseline, shared by the versions bar and the Plan vs actuals
// tab (one store per scenario id: locking or changing the baseline in one refreshes the other).
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { errorMessage } from '../api/client';
import { listVersions, lockVersion, setBaseline } from './api';
import type { ScenarioVersion, VersionKind } from './types';

export interface VersionsState {
  status: 'loading' | 'ready' | 'error';
  versions: ScenarioVersion[];
  baselineVersionId: string | null;
  error: string | null;
}

const INITIAL: VersionsState = { status: 'loading', versions: [], baselineVersionId: null, error: null };
const states = new Map<string, VersionsState>();
const listeners = new Map<string, Set<() => void>>();

function set(id: string, next: VersionsState) {
  states.set(id, next);
  listeners.get(id)?.forEach((l) => l());
}

async function refresh(id: string): Promise<void> {
  try {
    const { versions, baselineVersionId } = await listVersions(id);
    set(id, { status: 'ready', versions, baselineVersionId, error: null });
  } catch (e) {
    set(id, { ...(states.get(id) ?? INITIAL), status: 'error', error: errorMessage(e, 'The versions could not be loaded.') });
  }
}

export function useVersions(scenarioId: string) {
  const subscribe = useCallback(
    (listener: () => void) => {
      const set = listeners.get(scenarioId) ?? new Set();
      set.add(listener);
      listeners.set(scenarioId, set);
      return () => set.delete(listener);
    },
    [scenarioId],
  );
  const state = useSyncExternalStore(subscribe, () => states.get(scenarioId) ?? INITIAL);
  useEffect(() => {
    // Each mount reads the server again: a version locked in another tab shows up.
    void refresh(scenarioId);
  }, [scenarioId]);
  const baseline = state.versions.find((v) => v.id === state.baselineVersionId) ?? null;
  return {
    ...state,
    baseline,
    reload: () => refresh(scenarioId),
    lock: async (input: { name: string; kind: VersionKind; revision?: number }) => {
      const version = await lockVersion(scenarioId, input);
      await refresh(scenarioId);
      return version;
    },
    measureAgainst: async (versionId: string | null) => {
      await setBaseline(scenarioId, versionId);
      await refresh(scenarioId);
    },
  };
}

/** Tests start from an empty store. */
export function resetVersionsStore(): void {
  states.clear();
}
