// One entry point for the three claim kinds: parse, dispatch, answer.
import { checkCostClaim } from './costClaim';
import type { ClaimLibrary } from './library';
import { checkPowerClaim } from './powerClaim';
import { findClaimPreset } from './presets';
import { checkRevenueClaim } from './revenueClaim';
import type { ScenarioFigures } from './scenarioFigures';
import { claimSchema, type Claim, type ClaimCheckResult, type ClaimInput } from './types';

export function checkClaim(input: ClaimInput | Claim, library: ClaimLibrary, scenario: ScenarioFigures | null = null, title?: string): ClaimCheckResult {
  const claim = claimSchema.parse(input);
  switch (claim.kind) {
    case 'costPerMTokens':
      return checkCostClaim(claim, library, scenario, title ?? 'Cost per million tokens at a throughput');
    case 'revenueMultiple':
      return checkRevenueClaim(claim, library, scenario, title ?? 'Revenue multiple of an investment');
    case 'tokensPerMw':
      return checkPowerClaim(claim, library, scenario, title ?? 'Tokens per MW vs another platform');
  }
}

/** A preset claim checked; undefined for an unknown id. */
export function checkClaimPreset(id: string, library: ClaimLibrary, scenario: ScenarioFigures | null = null): ClaimCheckResult | undefined {
  const preset = findClaimPreset(id);
  return preset ? checkClaim(preset.claim, library, scenario, preset.title) : undefined;
}
