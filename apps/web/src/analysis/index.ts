// The analysis screens, for the scenario pages to embed.
export { Dashboard } from './Dashboard';
export type { DashboardProps } from './Dashboard';
export { LedgerView } from './LedgerView';
export type { LedgerViewProps } from './LedgerView';
export { AllocationView } from './AllocationView';
export type { AllocationViewProps } from './AllocationView';
export { CompareView } from './CompareView';
export type { CompareViewProps } from './CompareView';
export type { CompareItem } from './compareModel';
export { Warnings } from './Warnings';
export type { ProjectionView, ScenarioView } from './types';
