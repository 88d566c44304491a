/**
 * Kind 2: "$I invested returns $R of token revenue over Y years" on G GPUs. The multiple R / I is
 * a revenue multiple, not a net return; what it implies is a revenue per GPU-hour
 * (`R / (G × Y × 8,760)`) and, at the library's throughput, a price per million tokens to hold
 * against what APIs charge for comparable models.
 */
import { Decimal } from '../decimal';
import { costPerMTokensOf, revenuePerGpuHourOf, throughputNeeded } from './arithmetic';
import { count, figure, money, pct } from './figures';
import type { ClaimLibrary } from './library';
import type { ScenarioFigures } from './scenarioFigures';
import { claimScenario } from './scenarioDocument';
import { HARDWARE_LABELS, type ClaimCheckResult, type ClaimVerdict, type LibraryComparison, type RevenueMultipleClaim, type ScenarioComparison } from './types';

/** Revenue per M tokens over an API reference: within it, up to 3× (stretch), beyond. */
function priceVerdict(multiple: Decimal): ClaimVerdict {
  if (multiple.lte(1)) return 'consistent';
  return multiple.lt(3) ? 'stretch' : 'outOfReach';
}

export function checkRevenueClaim(claim: RevenueMultipleClaim, library: ClaimLibrary, scenario: ScenarioFigures | null, title: string): ClaimCheckResult {
  const hw = HARDWARE_LABELS[claim.hardware];
  const u = new Decimal(claim.utilization);
  const perGpuHour = revenuePerGpuHourOf(claim.revenue, claim.gpus, claim.years) ?? new Decimal(0);
  const best = library.throughputs(claim.hardware, claim.model)[0];
  const perM = best ? costPerMTokensOf(perGpuHour, best.value, u) : null;
  const implied = [
    figure('revenueMultiple', 'Revenue multiple (revenue ÷ investment; not a net return)', new Decimal(claim.revenue).div(claim.investment), '×'),
    figure('revenuePerGpuHour', 'Revenue per GPU-hour', perGpuHour, '$/GPU-hour', 'revenue ÷ (GPUs × years × 8,760)'),
    figure('investmentPerGpu', 'Investment per GPU', new Decimal(claim.investment).div(claim.gpus), '$/GPU'),
    figure('revenuePerMTokens', best ? `Revenue per M tokens at the library's ${count(new Decimal(best.value))} tokens/s, ${pct(u)} busy` : 'Revenue per M tokens (no library throughput)', perM, '$/M tokens', '$/GPU-h × 1e6 ÷ (3600 × tokens/s × busy)'),
  ];

  const rows: LibraryComparison[] = [];
  if (best) rows.push({ reference: best, figure: figure('throughput', 'Best published throughput', best.value, 'tokens/s per GPU'), verdict: 'info', note: `The library's best figure for ${hw} on ${claim.model}${best.operatingPoint ? ` (${best.operatingPoint})` : ''}.` });
  const prices = library.apiPrices(claim.model);
  for (const reference of prices) {
    const multiple = perM === null ? null : perM.div(reference.value);
    rows.push({
      reference,
      figure: figure('overApiPrice', 'Implied revenue per M tokens ÷ this API price', multiple, '×'),
      verdict: multiple === null ? 'info' : priceVerdict(multiple),
      note: multiple === null ? 'No throughput to turn revenue per GPU-hour into a price.' : `${reference.subject} lists ${money(new Decimal(reference.value))} per M tokens (${reference.quantity}); the claim needs ${multiple.toDecimalPlaces(1).toString()}× that on every token.`,
    });
  }
  for (const reference of library.gpuHourPrices(claim.hardware)) {
    const cost = new Decimal(reference.value).mul(claim.gpus).mul(claim.years).mul(8760);
    rows.push({
      reference,
      figure: figure('revenueOverCost', 'Claimed revenue ÷ all-in cost of the GPU-hours', new Decimal(claim.revenue).div(cost), '×'),
      verdict: 'info',
      note: `At ${money(new Decimal(reference.value))}/GPU-hour all in, ${claim.gpus} GPUs for ${claim.years} years cost ${money(cost.div(1e6), 1)}M: that, not ${money(new Decimal(claim.investment).div(1e6), 1)}M, is what the revenue must beat.`,
    });
  }

  const top = prices[prices.length - 1];
  const inputs = [figure('revenuePerGpuHour', 'Revenue per GPU-hour', perGpuHour, '$/GPU-hour'), figure('utilization', 'Busy share', claim.utilization, 'share')];
  if (perM) inputs.push(figure('revenuePerMTokens', 'Price per M tokens at the library throughput', perM, '$/M tokens'));
  if (top) inputs.push(figure('throughputNeeded', `Throughput needed at ${top.subject}'s ${money(new Decimal(top.value))}/M tokens`, throughputNeeded(perGpuHour, top.value, u), 'tokens/s per GPU', '$/GPU-h × 1e6 ÷ (price/M × 3600 × busy)'));

  const scenarioRows: ScenarioComparison[] = (scenario?.platforms ?? []).map((p) => ({
    platformId: p.id,
    platformName: p.name,
    figures: [
      figure('revenuePerGpuHour', 'Your revenue per GPU-hour', p.revenuePerGpuHour, '$/GPU-hour'),
      figure('allInCostPerGpuHour', 'Your all-in $/GPU-hour', p.allInCostPerGpuHour, '$/GPU-hour'),
      figure('throughput', `Your throughput on ${claim.model}`, p.throughput[claim.model] ?? null, 'tokens/s per GPU'),
    ],
    note: p.revenuePerGpuHour === null ? 'A cost centre: no revenue to compare.' : `The claim needs ${money(perGpuHour)} per GPU-hour; your platform earns ${money(new Decimal(p.revenuePerGpuHour))}.`,
  }));
  const cheapestApi = prices[0];
  const verdict = perM && cheapestApi
    ? `${money(new Decimal(claim.investment).div(1e6), 1)}M → ${money(new Decimal(claim.revenue).div(1e6), 1)}M is ${money(perGpuHour)} of revenue per GPU-hour. At the library's ${count(new Decimal(best?.value ?? 0))} tokens/s per GPU that is ${money(perM)} per M tokens, ${perM.div(cheapestApi.value).toDecimalPlaces(1).toString()}× ${cheapestApi.subject}'s list price — and a revenue multiple says nothing about cost.`
    : `${money(new Decimal(claim.investment).div(1e6), 1)}M → ${money(new Decimal(claim.revenue).div(1e6), 1)}M is ${money(perGpuHour)} of revenue per GPU-hour; the library lacks a throughput or API price to price it per token.`;
  const price = library.planningGpuHourPrice(claim.hardware);
  const tps = best?.value ?? (top ? throughputNeeded(perGpuHour, top.value, u)?.toDecimalPlaces(0).toString() : undefined) ?? '1000';
  return {
    claim,
    title,
    statement: `${money(new Decimal(claim.investment).div(1e6), 1)}M invested in ${claim.gpus} ${hw} GPUs earns ${money(new Decimal(claim.revenue).div(1e6), 1)}M over ${claim.years} years on ${claim.model}.`,
    implied,
    library: rows,
    scenario: scenario ? { name: scenario.name, rows: scenarioRows } : null,
    inputs,
    verdict,
    scenarioDocument: claimScenario({
      name: `Claim check: ${hw} revenue ${money(perGpuHour)}/GPU-hour`,
      model: claim.model, utilization: claim.utilization, months: Math.min(120, Math.max(1, Math.round(Number(claim.years) * 12))),
      revenuePerMTokens: (perM ?? costPerMTokensOf(perGpuHour, tps, u) ?? new Decimal(0)).toDecimalPlaces(4).toString(),
      platforms: [{ hardware: claim.hardware, tokensPerSecond: tps, pricePerGpuHour: price?.value ?? '2.5', gpus: claim.gpus }],
    }, library),
  };
}
