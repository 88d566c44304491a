// The one place the API imports the projection model, so a rename there is a one-line change here.
export { validateScenario, findPreset, formatPath, PRESETS } from '@tokenplan/model';
// project() answers 422 instead of throwing (safeProject.ts).
export { projectOrExplain as project } from './safeProject';
export type { Preset } from '@tokenplan/model';
