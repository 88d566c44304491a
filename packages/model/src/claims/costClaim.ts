/**
 * Kind 1: "cost C per million tokens at T tokens/s per GPU". The claim fixes what a provisioned
 * GPU-hour may cost (`C × 3600 × T × busy / 1e6`); the library says what one does cost, so the
 * claim holds only at the busy share `price / (C × 3600 × T / 1e6)`.
 */
import { Decimal } from '../decimal';
import { busyShareNeeded, costPerMTokensOf, gpuHourCostOf, throughputNeeded } from './arithmetic';
import { busyVerdict, ceilingVerdict, count, figure, money, pct } from './figures';
import type { ClaimLibrary } from './library';
import type { ScenarioFigures } from './scenarioFigures';
import { claimScenario } from './scenarioDocument';
import { HARDWARE_LABELS, type ClaimCheckResult, type CostPerMTokensClaim, type LibraryComparison, type ScenarioComparison } from './types';

export function checkCostClaim(claim: CostPerMTokensClaim, library: ClaimLibrary, scenario: ScenarioFigures | null, title: string): ClaimCheckResult {
  const hw = HARDWARE_LABELS[claim.hardware];
  const u = new Decimal(claim.utilization);
  const full = gpuHourCostOf(claim.costPerMTokens, claim.tokensPerSecondPerGpu, 1);
  const atU = gpuHourCostOf(claim.costPerMTokens, claim.tokensPerSecondPerGpu, u);
  const implied = [
    figure('gpuHourAtFullBusy', '$/GPU-hour the claim allows at 100 % busy', full, '$/GPU-hour', 'cost/M × 3600 × tokens/s ÷ 1e6'),
    figure('gpuHourAtUtilization', `$/GPU-hour the claim allows at ${pct(u)} busy`, atU, '$/GPU-hour', 'cost/M × 3600 × tokens/s × busy ÷ 1e6'),
    figure('tokensPerGpuHour', 'Tokens per GPU-hour at 100 % busy (millions)', new Decimal(claim.tokensPerSecondPerGpu).mul(3600).div(1e6), 'M tokens', 'tokens/s × 3600 ÷ 1e6'),
  ];

  const prices = library.gpuHourPrices(claim.hardware);
  const library_: LibraryComparison[] = prices.map((reference) => {
    const share = busyShareNeeded(reference.value, claim.costPerMTokens, claim.tokensPerSecondPerGpu);
    const verdict = busyVerdict(share);
    const note = share === null ? 'No figure.' : verdict === 'outOfReach'
      ? `At ${money(new Decimal(reference.value))}/GPU-hour the claim needs the GPU busy ${pct(share)} of the time: out of reach.`
      : `At ${money(new Decimal(reference.value))}/GPU-hour the claim holds if the GPU is busy ${pct(share)} of the time at ${count(new Decimal(claim.tokensPerSecondPerGpu))} tokens/s.`;
    return { reference, figure: figure('busyShareNeeded', 'Busy share needed', share, 'share'), verdict, note };
  });
  for (const reference of library.throughputs(claim.hardware, claim.model)) {
    const verdict = ceilingVerdict(new Decimal(claim.tokensPerSecondPerGpu), new Decimal(reference.value));
    library_.push({
      reference,
      figure: figure('claimedOverPublished', 'Claimed throughput ÷ published', new Decimal(claim.tokensPerSecondPerGpu).div(reference.value), '×'),
      verdict,
      note: `Published: ${count(new Decimal(reference.value))} tokens/s per GPU${reference.operatingPoint ? ` (${reference.operatingPoint})` : ''}; at that throughput the same $/GPU-hour costs ${money(new Decimal(claim.costPerMTokens).mul(claim.tokensPerSecondPerGpu).div(reference.value), 3)} per M tokens.`,
    });
  }

  const price = library.planningGpuHourPrice(claim.hardware);
  const cheapest = prices[0];
  const inputs = [figure('tokensPerSecondPerGpu', 'Claimed throughput', claim.tokensPerSecondPerGpu, 'tokens/s per GPU'), figure('utilization', 'Busy share', claim.utilization, 'share')];
  if (price) {
    inputs.push(figure('gpuHourPrice', `All-in $/GPU-hour (${price.subject}, ${price.id})`, price.value, '$/GPU-hour'));
    inputs.push(figure('throughputNeeded', `Throughput ${hw} needs at ${money(new Decimal(price.value))}/GPU-hour and ${pct(u)} busy`, throughputNeeded(price.value, claim.costPerMTokens, u), 'tokens/s per GPU', '$/GPU-h × 1e6 ÷ (cost/M × 3600 × busy)'));
    inputs.push(figure('costPerMTokensAtLibrary', `Cost per M tokens at ${money(new Decimal(price.value))}/GPU-hour, claimed throughput, ${pct(u)} busy`, costPerMTokensOf(price.value, claim.tokensPerSecondPerGpu, u), '$/M tokens'));
  }

  const rows: ScenarioComparison[] = (scenario?.platforms ?? []).map((p) => {
    const own = p.throughput[claim.model];
    const busy = p.utilization === null ? null : new Decimal(p.utilization);
    return {
      platformId: p.id,
      platformName: p.name,
      figures: [
        figure('allInCostPerGpuHour', 'All-in $/GPU-hour (your scenario)', p.allInCostPerGpuHour, '$/GPU-hour'),
        figure('claimAllowsAtYourBusy', 'What the claim allows at your busy share', busy === null ? null : gpuHourCostOf(claim.costPerMTokens, claim.tokensPerSecondPerGpu, busy), '$/GPU-hour'),
        figure('utilization', 'Your busy share', p.utilization, 'share'),
        figure('throughput', `Your throughput on ${claim.model}`, own ?? null, 'tokens/s per GPU'),
        figure('costPerMTokens', 'Your all-in cost per M tokens', p.costPerMTokens, '$/M tokens'),
      ],
      note: own === undefined ? `This platform does not serve ${claim.model}.` : `Your ${p.name} makes ${count(new Decimal(own))} tokens/s per GPU on ${claim.model}: ${new Decimal(claim.tokensPerSecondPerGpu).div(own).toDecimalPlaces(1).toString()}× below the claim.`,
    };
  });

  const share = cheapest ? busyShareNeeded(cheapest.value, claim.costPerMTokens, claim.tokensPerSecondPerGpu) : null;
  const verdict = cheapest && share
    ? `${money(new Decimal(claim.costPerMTokens), 3)} per M tokens at ${count(new Decimal(claim.tokensPerSecondPerGpu))} tokens/s means ${money(full)} per GPU-hour at 100 % busy. The cheapest all-in ${hw} GPU-hour in the library (${money(new Decimal(cheapest.value))}) needs the GPU busy ${pct(share)} of the time at that throughput — a max-throughput operating point, not interactive serving.`
    : `${money(new Decimal(claim.costPerMTokens), 3)} per M tokens at ${count(new Decimal(claim.tokensPerSecondPerGpu))} tokens/s means ${money(full)} per GPU-hour at 100 % busy; the library has no all-in $/GPU-hour for ${hw}.`;

  return {
    claim,
    title,
    statement: `${money(new Decimal(claim.costPerMTokens), 3)} per million tokens on ${hw} at ${count(new Decimal(claim.tokensPerSecondPerGpu))} tokens/s per GPU (${claim.model}).`,
    implied,
    library: library_,
    scenario: scenario ? { name: scenario.name, rows } : null,
    inputs,
    verdict,
    scenarioDocument: claimScenario({
      name: `Claim check: ${hw} at ${money(new Decimal(claim.costPerMTokens), 3)}/M tokens`,
      model: claim.model, utilization: claim.utilization, months: 36, revenuePerMTokens: null,
      platforms: [{ hardware: claim.hardware, tokensPerSecond: claim.tokensPerSecondPerGpu, pricePerGpuHour: price?.value ?? toFixedPrice(full, u) }],
    }, library),
  };
}

/** Without a library price: rent at what the claim allows, so the scenario reproduces it. */
function toFixedPrice(full: Decimal, u: Decimal): string {
  return full.mul(u).toDecimalPlaces(4).toString();
}
