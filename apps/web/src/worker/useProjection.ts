import { useEffect, useRef, useState } from 'react';
import type { Projection, Scenario } from '@tokenplan/model';
import type { ProjectionRequest, ProjectionResponse } from './protocol';

export interface ProjectionState {
  /** The latest projection of a valid document (kept while the current inputs are invalid). */
  projection: Projection | null;
  /** The validated scenario `projection` was computed from. */
  scenario: Scenario | null;
  /** The document being edited does not validate: `projection` is from earlier inputs. */
  stale: boolean;
  computing: boolean;
  error: string | null;
  /** Milliseconds from the last change to the projection shown. */
  latencyMs: number | null;
}

interface Runner {
  post(request: ProjectionRequest): void;
  dispose(): void;
}

function startRunner(onResult: (response: ProjectionResponse) => void): Runner {
  if (typeof Worker !== 'undefined') {
    try {
      const worker = new Worker(new URL('./projection.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (event: MessageEvent<ProjectionResponse>) => onResult(event.data);
      worker.onerror = (event) => {
        event.preventDefault();
        onResult({ id: -1, ok: false, invalid: false, message: event.message || 'The projection worker failed.', ms: 0 });
      };
      return { post: (r) => worker.postMessage(r), dispose: () => worker.terminate() };
    } catch {
      // fall through: no module workers here (tests, old browsers)
    }
  }
  let disposed = false;
  return {
    post: (r) =>
      void import('./runProjection').then(({ runProjection }) => {
        if (!disposed) onResult(runProjection(r));
      }),
    dispose: () => {
      disposed = true;
    },
  };
}

/**
 * Live recalculation: the document goes to a Web Worker; only one job runs at a time and only the
 * newest waiting document is sent next (older edits are skipped). Keystroke-to-KPI budget: 50 ms
 * (docs/benchmarks-web.md).
 */
export function useProjection(document: unknown): ProjectionState {
  const [state, setState] = useState<ProjectionState>({ projection: null, scenario: null, stale: false, computing: true, error: null, latencyMs: null });
  const runner = useRef<Runner | null>(null);
  const busy = useRef(false);
  const waiting = useRef<ProjectionRequest | null>(null);
  const nextId = useRef(0);
  const changedAt = useRef(new Map<number, number>());

  useEffect(() => {
    const onResult = (response: ProjectionResponse) => {
      busy.current = false;
      const since = changedAt.current.get(response.id);
      changedAt.current.delete(response.id);
      const next = waiting.current;
      waiting.current = null;
      if (next) {
        busy.current = true;
        runner.current?.post(next);
      }
      setState((prev) => {
        const computing = next !== null;
        if (response.ok) {
          return { projection: response.projection, scenario: response.scenario, stale: false, computing, error: null, latencyMs: since === undefined ? null : performance.now() - since };
        }
        if (response.invalid) return { ...prev, stale: true, computing, error: null };
        return { ...prev, computing, error: response.message };
      });
    };
    runner.current = startRunner(onResult);
    return () => {
      runner.current?.dispose();
      runner.current = null;
      busy.current = false;
      waiting.current = null;
    };
  }, []);

  // No debounce: an idle worker starts at once (a keystroke's projection takes a few ms); while it
  // is busy, only the newest document waits, so a burst of keys is coalesced without delaying the last.
  useEffect(() => {
    const request = { id: ++nextId.current, document };
    changedAt.current.set(request.id, performance.now());
    setState((prev) => (prev.computing ? prev : { ...prev, computing: true }));
    if (busy.current) {
      if (waiting.current) changedAt.current.delete(waiting.current.id);
      waiting.current = request;
    } else {
      busy.current = true;
      runner.current?.post(request);
    }
  }, [document]);

  return state;
}
