// The claim check (issue 22): vendor claims put into numbers and held against the reference library
// and the user's own scenario; plausibility warnings on a projection (plausibility.ts).
import { REFERENCE_ENTRIES } from '../reference';
import { claimLibrary, type ClaimLibrary } from './library';

export * from './arithmetic';
export * from './types';
export { claimLibrary, type ClaimLibrary } from './library';
export { checkClaim, checkClaimPreset } from './check';
export { CLAIM_PRESETS, findClaimPreset, type ClaimPreset } from './presets';
export { scenarioFigures, type ScenarioFigures, type ScenarioPlatformFigures } from './scenarioFigures';
export { claimScenario, type ClaimScenarioInput, type ClaimPlatform } from './scenarioDocument';

let shared: ClaimLibrary | undefined;
/** The claim library over the repository's reference entries (built once). */
export function referenceClaimLibrary(): ClaimLibrary {
  shared ??= claimLibrary(REFERENCE_ENTRIES);
  return shared;
}
export { referenceChecks, isReferenceCheckScenario, REFERENCE_CHECK_CODES, REFERENCE_CHECK_LIMITS, type ReferenceCheck, type ReferenceCheckCode, type ReferenceCheckScenario } from './plausibility';
export { hardwareOf } from './hardware';
