import { AllocationView, Dashboard, LedgerView, type ProjectionView, type ScenarioView } from '../analysis';

export type AnalysisView = 'Dashboard' | 'LedgerView' | 'AllocationView';

/** One analysis screen (owned by apps/web/src/analysis) for the live projection. */
export function AnalysisSlot({
  view,
  projection,
  scenario,
  onOpenField,
}: {
  view: AnalysisView;
  projection: ProjectionView | null;
  scenario: ScenarioView | null;
  /** A warning's field link: the Assumptions tab at that field. */
  onOpenField?: (path: string) => void;
}) {
  if (!projection || !scenario) return <div className="placeholder" aria-busy="true">Calculating the projection…</div>;
  if (view === 'LedgerView') return <LedgerView projection={projection} scenario={scenario} />;
  if (view === 'AllocationView') return <AllocationView projection={projection} scenario={scenario} />;
  return <Dashboard projection={projection} scenario={scenario} onOpenField={onOpenField} />;
}
