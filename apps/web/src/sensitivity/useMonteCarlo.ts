// The Monte Carlo run of the Sensitivity panel: one worker per panel, progress, cancel, result.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MonteCarloOptions, MonteCarloResult, Scenario } from '@tokenplan/model';
import type { MonteCarloMessage, MonteCarloRequest } from './protocol';

export type MonteCarloState =
  | { status: 'idle' }
  | { status: 'running'; completedPaths: number; paths: number }
  | { status: 'done'; result: MonteCarloResult; ms: number }
  | { status: 'error'; message: string };

export function useMonteCarlo() {
  const worker = useRef<Worker | null>(null);
  const current = useRef(0);
  const [state, setState] = useState<MonteCarloState>({ status: 'idle' });

  useEffect(() => {
    const w = new Worker(new URL('./monteCarlo.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (event: MessageEvent<MonteCarloMessage>) => {
      const m = event.data;
      if (m.id !== current.current) return;
      if (m.type === 'progress') setState({ status: 'running', completedPaths: m.completedPaths, paths: m.paths });
      else if (m.type === 'done') setState({ status: 'done', result: m.result, ms: m.ms });
      else setState({ status: 'error', message: m.message });
    };
    w.onerror = (event) => setState({ status: 'error', message: event.message || 'The simulation worker failed.' });
    worker.current = w;
    return () => {
      w.terminate();
      worker.current = null;
    };
  }, []);

  const run = useCallback((scenario: Scenario, options: MonteCarloOptions) => {
    const id = ++current.current;
    setState({ status: 'running', completedPaths: 0, paths: options.paths ?? 2000 });
    worker.current?.postMessage({ type: 'run', id, scenario, options } satisfies MonteCarloRequest);
  }, []);

  const cancel = useCallback(() => {
    worker.current?.postMessage({ type: 'cancel', id: current.current } satisfies MonteCarloRequest);
  }, []);

  return { state, run, cancel };
}
