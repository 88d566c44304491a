/** choiceWarnings: the knee of a curve, a mostly unused commitment, cached share without a cached price. */
import { describe, expect, it } from 'vitest';
import { choiceWarnings } from '../../src/scenario/choiceWarnings';
import { apiOption, application, rentedPlatform, scenario } from '../helpers/build';

// Half of the first point's 1000 tokens/s is 500, reached at 30 + (600 − 500)·20/400 = 35 tokens/s per user.
const curve = {
  curve: [
    { interactivity: 10, tokensPerSecondPerGpu: 1000 },
    { interactivity: 30, tokensPerSecondPerGpu: 600 },
    { interactivity: 50, tokensPerSecondPerGpu: 200 },
  ],
};
const onCurve = (u: number) =>
  scenario({
    platforms: [rentedPlatform({ throughput: { m: curve } })],
    applications: [application({ servedBy: { platform: 'r' }, minInteractivity: u })],
  });

describe('choiceWarnings: SLA past the knee', () => {
  it('warns at minInteractivity past the knee, at the application field', () => {
    const warnings = choiceWarnings(onCurve(40)); // 600 − 20·10 = 400 < 500
    expect(warnings.map((w) => [w.code, w.path.join('.')])).toEqual([['sla_past_knee', 'applications.0.minInteractivity']]);
    expect(warnings[0]?.message).toContain('past the knee of the m curve on platform "r" (35 tokens/s per user)');
    expect(warnings[0]?.message).toContain('each GPU serves 400 tokens/s, less than half of 1,000');
  });

  it('is quiet up to the knee (35 gives exactly 500: not below half)', () => {
    expect(choiceWarnings(onCurve(35))).toEqual([]);
    expect(choiceWarnings(onCurve(20))).toEqual([]);
  });
});

describe('choiceWarnings: commitment mostly unused', () => {
  const s = scenario({
    horizonMonths: 2,
    apiOptions: [apiOption({ commitment: { monthlyMinimum: 1000, discountPct: 0.1 } })],
    applications: [application({ servedBy: { api: 'api' } })],
  });
  const months = (unused: (string | null)[]) => ({ months: unused.map((u) => ({ apiOptions: [{ id: 'api', cost: '1000', unusedCommitment: u }] })) });

  it('warns when more than half of Σ minimum (2 months × 1000 = 2000) is unused', () => {
    const warnings = choiceWarnings(s, months(['600', '500'])); // 1100 > 1000
    expect(warnings.map((w) => [w.code, w.path.join('.')])).toEqual([['commitment_mostly_unused', 'apiOptions.0.commitment']]);
    expect(warnings[0]?.message).toMatch(/^55 % of the committed minimum of "API"/); // 1100 / 2000
  });

  it('is quiet at exactly half, without a projection, or when the projection has no such field', () => {
    expect(choiceWarnings(s, months(['500', '500']))).toEqual([]);
    expect(choiceWarnings(s)).toEqual([]);
    expect(choiceWarnings(s, { months: [{}, {}] })).toEqual([]);
    expect(choiceWarnings(s, months([null, null]))).toEqual([]);
  });
});

describe('choiceWarnings: cached share without a cached price', () => {
  const withShare = (price?: number) =>
    scenario({
      apiOptions: [apiOption(price === undefined ? {} : { cachedInputPricePerMTokens: price })],
      applications: [application({ servedBy: [{ fromMonth: 0, target: { platform: 'p' } }, { fromMonth: 0 + 1, target: { api: 'api' } }], cachedInputShare: 0.4 })],
      horizonMonths: 3,
    });

  it('warns when an API option on the path has no cached price', () => {
    const warnings = choiceWarnings(withShare());
    expect(warnings.map((w) => [w.code, w.path.join('.')])).toEqual([['cached_share_without_cached_price', 'applications.0.cachedInputShare']]);
    expect(warnings[0]?.message).toContain('API option "API" has no cached input price');
  });

  it('is quiet with a cached price or a zero share', () => {
    expect(choiceWarnings(withShare(0.1))).toEqual([]);
    const zero = scenario({ apiOptions: [apiOption()], applications: [application({ servedBy: { api: 'api' }, cachedInputShare: 0 })] });
    expect(choiceWarnings(zero)).toEqual([]);
  });
});
