/**
 * Kind 3: "k× tokens per MW vs a baseline platform". With the library's all-in kW per GPU for both,
 * the claim fixes the throughput per GPU: `k × baseline tokens/s × kW per GPU ÷ baseline kW per GPU`,
 * to hold against the best published figure for the hardware and model.
 */
import { Decimal } from '../decimal';
import { throughputFromMwRatio, tokensPerSecondPerMw } from './arithmetic';
import { ceilingVerdict, count, figure } from './figures';
import type { ClaimLibrary } from './library';
import type { ScenarioFigures } from './scenarioFigures';
import { claimScenario } from './scenarioDocument';
import { HARDWARE_LABELS, type ClaimCheckResult, type LibraryComparison, type ScenarioComparison, type TokensPerMwClaim } from './types';

/** Figures for both platforms on one benchmark (same model and operating point), for when the claim's model lacks a baseline. */
function commonBenchmark(library: ClaimLibrary, hardware: TokensPerMwClaim['hardware'], baseline: TokensPerMwClaim['hardware']) {
  const others = library.throughputsOf(baseline);
  for (const mine of library.throughputsOf(hardware)) {
    const theirs = others.find((o) => o.model === mine.model && o.operatingPoint === mine.operatingPoint);
    if (theirs) return { mine, theirs };
  }
  return undefined;
}

export function checkPowerClaim(claim: TokensPerMwClaim, library: ClaimLibrary, scenario: ScenarioFigures | null, title: string): ClaimCheckResult {
  const hw = HARDWARE_LABELS[claim.hardware];
  const base = HARDWARE_LABELS[claim.baseline];
  const kw = library.kwPerGpu(claim.hardware);
  const baseKw = library.kwPerGpu(claim.baseline);
  const baseBest = library.throughputs(claim.baseline, claim.model)[0];
  const best = library.throughputs(claim.hardware, claim.model)[0];
  const k = new Decimal(claim.ratio);
  const impliedTps = kw && baseKw && baseBest ? throughputFromMwRatio(k, baseBest.value, kw.value, baseKw.value) : null;
  const basePerMw = baseKw && baseBest ? tokensPerSecondPerMw(baseBest.value, baseKw.value) : null;
  const implied = [
    figure('baselinePerMw', `${base} tokens/s per MW (library)`, basePerMw, 'tokens/s per MW', 'tokens/s per GPU × 1,000 ÷ kW per GPU'),
    figure('claimedPerMw', `${hw} tokens/s per MW the claim implies`, basePerMw === null ? null : basePerMw.mul(k), 'tokens/s per MW'),
    figure('gpusPerMw', `${hw} GPUs per MW (all-in kW)`, kw ? new Decimal(1000).div(kw.value) : null, 'GPUs'),
    figure('impliedThroughput', `${hw} tokens/s per GPU the claim implies`, impliedTps, 'tokens/s per GPU', 'ratio × baseline tokens/s × kW per GPU ÷ baseline kW per GPU'),
  ].filter((f) => f.value !== null);
  const rows: LibraryComparison[] = [];
  if (kw) rows.push({ reference: kw.reference, figure: figure('kwPerGpu', `${hw} all-in kW per GPU`, kw.value, 'kW'), verdict: 'info', note: 'All-in IT power per GPU, used to count GPUs in a MW.' });
  if (baseKw) rows.push({ reference: baseKw.reference, figure: figure('kwPerGpu', `${base} all-in kW per GPU`, baseKw.value, 'kW'), verdict: 'info', note: 'The baseline\'s all-in IT power per GPU.' });
  if (baseBest) rows.push({ reference: baseBest, figure: figure('throughput', `${base} best published throughput`, baseBest.value, 'tokens/s per GPU'), verdict: 'info', note: `The baseline the ratio multiplies${baseBest.operatingPoint ? ` (${baseBest.operatingPoint})` : ''}.` });
  if (best) {
    const ratioPublished = kw && baseKw && baseBest ? new Decimal(best.value).div(kw.value).div(new Decimal(baseBest.value).div(baseKw.value)) : null;
    rows.push({
      reference: best,
      figure: figure('publishedRatio', 'Tokens per MW ratio the published figures give', ratioPublished, '×'),
      verdict: impliedTps === null ? 'info' : ceilingVerdict(impliedTps, new Decimal(best.value)),
      note: `${hw} best published: ${count(new Decimal(best.value))} tokens/s per GPU${best.operatingPoint ? ` (${best.operatingPoint})` : ''}${impliedTps ? `; the claim needs ${count(impliedTps)}` : ''}.`,
    });
  }
  const common = !baseBest && kw && baseKw ? commonBenchmark(library, claim.hardware, claim.baseline) : undefined;
  let commonRatio: Decimal | null = null;
  if (common && kw && baseKw) {
    commonRatio = new Decimal(common.mine.value).div(kw.value).div(new Decimal(common.theirs.value).div(baseKw.value));
    rows.push({ reference: common.theirs, figure: figure('throughput', `${base} on ${common.theirs.model ?? 'the same benchmark'}`, common.theirs.value, 'tokens/s per GPU'), verdict: 'info', note: `The library has no ${base} figure on ${claim.model}; the one benchmark both publish is ${common.mine.model} (${common.mine.operatingPoint ?? 'same operating point'}).` });
    rows.push({ reference: common.mine, figure: figure('publishedRatio', `Tokens per MW ratio on ${common.mine.model}`, commonRatio, '×'), verdict: 'info', note: `${count(new Decimal(common.mine.value))} ÷ ${kw.value.toDecimalPlaces(2).toString()} kW vs ${count(new Decimal(common.theirs.value))} ÷ ${baseKw.value.toDecimalPlaces(2).toString()} kW: ${commonRatio.toDecimalPlaces(1).toString()}× tokens per MW on this benchmark, against the claimed ${claim.ratio}×.` });
  }
  const inputs = impliedTps ? [figure('impliedThroughput', `${hw} throughput that makes it true`, impliedTps, 'tokens/s per GPU')] : [];
  if (best && kw && baseKw) inputs.push(figure('baselineThroughput', `${base} throughput that makes it true at ${hw}'s published figure`, new Decimal(best.value).mul(baseKw.value).div(k.mul(kw.value)), 'tokens/s per GPU'));
  const scenarioRows: ScenarioComparison[] = (scenario?.platforms ?? []).map((p) => ({
    platformId: p.id,
    platformName: p.name,
    figures: [
      figure('tokensPerMWh', 'Your tokens per MWh (incl. idle and PUE)', p.tokensPerMWh, 'tokens/MWh'),
      figure('throughput', `Your throughput on ${claim.model}`, p.throughput[claim.model] ?? null, 'tokens/s per GPU'),
    ],
    note: 'Compare platforms of your scenario: the ratio of their tokens per MWh is the claim\'s ratio for your workload.',
  }));
  const verdict = commonRatio && common
    ? `The library has no ${base} figure on ${claim.model} to test ${claim.ratio}× against. On the one benchmark both publish (${common.mine.model}, ${common.mine.operatingPoint ?? 'same operating point'}) ${hw} makes ${commonRatio.toDecimalPlaces(1).toString()}× the tokens per MW of ${base}; ${claim.ratio}× would need ${count(new Decimal(common.theirs.value).mul(k).mul(kw?.value ?? 1).div(baseKw?.value ?? 1))} tokens/s per ${hw} GPU there.`
    : impliedTps && best
    ? `${claim.ratio}× tokens per MW vs ${base} means ${count(impliedTps)} tokens/s per ${hw} GPU on ${claim.model}; the best published figure is ${count(new Decimal(best.value))} (${new Decimal(best.value).div(impliedTps).mul(100).toDecimalPlaces(0).toString()} % of it).`
    : `${claim.ratio}× tokens per MW vs ${base}: the library lacks a throughput or power figure to test it on ${claim.model}.`;
  const price = (h: TokensPerMwClaim['hardware']) => library.planningGpuHourPrice(h)?.value ?? '2.5';
  return {
    claim,
    title,
    statement: `${hw} makes ${claim.ratio}× the tokens per megawatt of ${base} on ${claim.model}.`,
    implied,
    library: rows,
    scenario: scenario ? { name: scenario.name, rows: scenarioRows } : null,
    inputs,
    verdict,
    scenarioDocument: claimScenario({
      name: `Claim check: ${hw} ${claim.ratio}× tokens per MW vs ${base}`,
      model: claim.model, utilization: '0.6', months: 36, revenuePerMTokens: null,
      platforms: [
        { hardware: claim.hardware, tokensPerSecond: (impliedTps ?? new Decimal(best?.value ?? 1000)).toDecimalPlaces(0).toString(), pricePerGpuHour: price(claim.hardware) },
        { hardware: claim.baseline, tokensPerSecond: baseBest?.value ?? '1000', pricePerGpuHour: price(claim.baseline) },
      ],
    }, library),
  };
}
