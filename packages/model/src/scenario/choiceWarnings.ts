/**
 * Warnings where a §9 choice matters but the scenario is valid: the editor shows them beside
 * the validation messages. Pure functions of a valid Scenario (and, for commitments, of its
 * projection when one is at hand); each warning has a code, the input path it is about and a
 * sentence.
 * - `sla_past_knee`: an application's minInteractivity sits past the knee of the curve it runs
 *   on (throughput there below half the curve's first point; scenario/curve.ts);
 * - `commitment_mostly_unused`: over the horizon, more than half of an option's committed
 *   minimum is paid for nothing (Σ unusedCommitment > 50 % of Σ monthlyMinimum);
 * - `cached_share_without_cached_price`: an application declares cached input but an API option
 *   serving it has no cached price, so cached tokens cost the full input price.
 */
import { Decimal } from '../decimal';
import { formatQuantity } from './messages';
import type { Scenario } from './objectSchema';
import { curveKnee, curveThroughputAt } from './curve';
import { scheduleOf, throughputForm } from './servedBy';

export const CHOICE_WARNING_CODES = {
  slaPastKnee: 'sla_past_knee',
  commitmentMostlyUnused: 'commitment_mostly_unused',
  cachedShareWithoutCachedPrice: 'cached_share_without_cached_price',
} as const;
export type ChoiceWarningCode = (typeof CHOICE_WARNING_CODES)[keyof typeof CHOICE_WARNING_CODES];

export interface ChoiceWarning {
  readonly code: ChoiceWarningCode;
  /** Issue-style path of the input the warning is about, e.g. ['applications', 2, 'minInteractivity']. */
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** The part of a projection the commitment rule reads (absent fields: no commitment warning). */
export interface CommitmentProjection {
  readonly months: readonly { readonly apiOptions?: readonly { readonly id: string; readonly unusedCommitment?: string | null }[] | null }[];
}

/** Above this share of the minimum left unused over the horizon, a commitment is "mostly unused". */
export const UNUSED_COMMITMENT_SHARE = '0.5';

export function choiceWarnings(scenario: Scenario, projection?: CommitmentProjection | null): ChoiceWarning[] {
  return [...kneeWarnings(scenario), ...(projection ? commitmentWarnings(scenario, projection) : []), ...cachedShareWarnings(scenario)];
}

function kneeWarnings(scenario: Scenario): ChoiceWarning[] {
  const warnings: ChoiceWarning[] = [];
  scenario.applications.forEach((application, i) => {
    if (application.minInteractivity === undefined) return;
    const seen = new Set<string>();
    for (const { target } of scheduleOf(application.servedBy)) {
      if (!('platform' in target) || seen.has(target.platform)) continue;
      seen.add(target.platform);
      const platform = scenario.platforms.find((p) => p.id === target.platform);
      const figure = platform && Object.hasOwn(platform.throughput, application.model) ? platform.throughput[application.model] : undefined;
      if (figure === undefined) continue;
      const form = throughputForm(figure);
      if (form.kind !== 'curve') continue;
      const first = form.points[0];
      const at = curveThroughputAt(form.points, application.minInteractivity);
      const knee = curveKnee(form.points);
      if (first === undefined || at === null || knee === null || !at.lt(new Decimal(first.tokensPerSecondPerGpu).dividedBy(2))) continue;
      warnings.push({
        code: CHOICE_WARNING_CODES.slaPastKnee,
        path: ['applications', i, 'minInteractivity'],
        message:
          `asks ${formatQuantity(application.minInteractivity)} tokens/s per user, past the knee of the ${application.model} curve on platform "${target.platform}" ` +
          `(${formatQuantity(knee.toSignificantDigits(4).toFixed())} tokens/s per user): each GPU serves ${formatQuantity(at.toSignificantDigits(4).toFixed())} tokens/s, ` +
          `less than half of ${formatQuantity(first.tokensPerSecondPerGpu)} at the curve's first point — a slightly lower SLA may need far fewer GPUs`,
      });
    }
  });
  return warnings;
}

function commitmentWarnings(scenario: Scenario, projection: CommitmentProjection): ChoiceWarning[] {
  const warnings: ChoiceWarning[] = [];
  const months = projection.months.length;
  scenario.apiOptions.forEach((option, j) => {
    if (option.commitment === undefined || months === 0) return;
    const minimum = new Decimal(option.commitment.monthlyMinimum).times(months); // owed every month, used or not (§9)
    if (minimum.isZero()) return;
    let unused = new Decimal(0);
    let reported = false;
    for (const month of projection.months) {
      const line = month.apiOptions?.find((o) => o.id === option.id);
      if (line?.unusedCommitment == null) continue;
      reported = true;
      unused = unused.plus(line.unusedCommitment);
    }
    if (!reported || !unused.gt(minimum.times(UNUSED_COMMITMENT_SHARE))) return;
    const share = unused.dividedBy(minimum).times(100).toDecimalPlaces(0).toFixed();
    warnings.push({
      code: CHOICE_WARNING_CODES.commitmentMostlyUnused,
      path: ['apiOptions', j, 'commitment'],
      message: `${share} % of the committed minimum of "${option.name}" is paid for unused tokens over the horizon: the discount does not pay for the minimum — lower the minimum or drop the commitment`,
    });
  });
  return warnings;
}

function cachedShareWarnings(scenario: Scenario): ChoiceWarning[] {
  const warnings: ChoiceWarning[] = [];
  scenario.applications.forEach((application, i) => {
    if (application.cachedInputShare === undefined || new Decimal(application.cachedInputShare).isZero()) return;
    const apis = new Set(scheduleOf(application.servedBy).flatMap(({ target }) => ('api' in target ? [target.api] : [])));
    for (const id of apis) {
      const option = scenario.apiOptions.find((o) => o.id === id);
      if (option === undefined || option.cachedInputPricePerMTokens !== undefined) continue;
      warnings.push({
        code: CHOICE_WARNING_CODES.cachedShareWithoutCachedPrice,
        path: ['applications', i, 'cachedInputShare'],
        message: `is set, but API option "${option.name}" has no cached input price: cached tokens are billed at its full input price — enter the provider's cached price`,
      });
    }
  });
  return warnings;
}
