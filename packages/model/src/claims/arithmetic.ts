/**
 * The arithmetic of a vendor claim (issue 22): each function one relation between cost per million
 * tokens, throughput, busy share, $/GPU-hour, revenue and power. Decimal in, Decimal out; a zero
 * denominator gives null (spec §1), never a throw.
 */
import { Decimal, type DecimalInput, dec, ratio } from '../decimal';

const MILLION = new Decimal(1_000_000);
const SECONDS_PER_HOUR = new Decimal(3600);
/** Hours in a year as a claim counts them (365 days; a vendor's "3 years" is 3 × 8,760 h). */
export const HOURS_PER_YEAR = new Decimal(8760);

/** Tokens one GPU makes in a provisioned hour at `busy` share of the time. */
function tokensPerGpuHour(tokensPerSecond: DecimalInput, busy: DecimalInput): Decimal {
  return dec(tokensPerSecond).mul(SECONDS_PER_HOUR).mul(busy);
}

/** `$/GPU-h = cost/M × 3600 × tokens/s × busy / 1e6`: what a provisioned GPU-hour may cost for the claim to hold. */
export function gpuHourCostOf(costPerMTokens: DecimalInput, tokensPerSecond: DecimalInput, busy: DecimalInput = 1): Decimal {
  return dec(costPerMTokens).mul(tokensPerGpuHour(tokensPerSecond, busy)).div(MILLION);
}

/** `cost/M = $/GPU-h × 1e6 / (3600 × tokens/s × busy)`: the cost per million tokens of a GPU-hour price. */
export function costPerMTokensOf(gpuHourPrice: DecimalInput, tokensPerSecond: DecimalInput, busy: DecimalInput = 1): Decimal | null {
  return ratio(dec(gpuHourPrice).mul(MILLION), tokensPerGpuHour(tokensPerSecond, busy));
}

/** The busy share a GPU-hour price needs to reach a cost per million tokens (above 1: out of reach). */
export function busyShareNeeded(gpuHourPrice: DecimalInput, costPerMTokens: DecimalInput, tokensPerSecond: DecimalInput): Decimal | null {
  return ratio(dec(gpuHourPrice), gpuHourCostOf(costPerMTokens, tokensPerSecond, 1));
}

/** The tokens/s per GPU a GPU-hour price needs to reach a cost per million tokens at a busy share. */
export function throughputNeeded(gpuHourPrice: DecimalInput, costPerMTokens: DecimalInput, busy: DecimalInput = 1): Decimal | null {
  return ratio(dec(gpuHourPrice).mul(MILLION), dec(costPerMTokens).mul(SECONDS_PER_HOUR).mul(busy));
}

/** Revenue per provisioned GPU-hour: `revenue / (GPUs × years × 8,760)`. */
export function revenuePerGpuHourOf(revenue: DecimalInput, gpus: DecimalInput, years: DecimalInput): Decimal | null {
  return ratio(dec(revenue), dec(gpus).mul(years).mul(HOURS_PER_YEAR));
}

/** Tokens per second that one MW of all-in power runs: `tokens/s/GPU × 1,000 / kW per GPU`. */
export function tokensPerSecondPerMw(tokensPerSecond: DecimalInput, kwPerGpu: DecimalInput): Decimal | null {
  return ratio(dec(tokensPerSecond).mul(1000), dec(kwPerGpu));
}

/**
 * The tokens/s per GPU a "k× tokens per MW vs the baseline" claim implies:
 * `k × baseline tokens/s × kW per GPU / baseline kW per GPU` (the same MW holds fewer, hungrier GPUs).
 */
export function throughputFromMwRatio(ratioClaimed: DecimalInput, baselineTokensPerSecond: DecimalInput, kwPerGpu: DecimalInput, baselineKwPerGpu: DecimalInput): Decimal | null {
  return ratio(dec(ratioClaimed).mul(baselineTokensPerSecond).mul(kwPerGpu), dec(baselineKwPerGpu));
}
