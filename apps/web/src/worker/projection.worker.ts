/// <reference lib="webworker" />
// Runs the projection model off the main thread, so typing never waits for a recalculation.
import type { ProjectionRequest } from './protocol';
import { runProjection } from './runProjection';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<ProjectionRequest>) => {
  scope.postMessage(runProjection(event.data));
};
