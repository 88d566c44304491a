// The one place the API imports the projection model, so a rename there is a one-line change here.
export { validateScenario, project, findPreset, formatPath, PRESETS } from '@tokenplan/model';
export type { Preset } from '@tokenplan/model';
