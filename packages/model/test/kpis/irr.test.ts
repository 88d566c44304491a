import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/decimal';
import { irrFloat } from '../../src/fast/kpisFloat';
import { irr } from '../../src/kpis/irr';
import { npv } from '../../src/kpis/npv';

const d = (values: readonly (number | string)[]): Decimal[] => values.map((v) => new Decimal(v));
const NONE = { monthly: null, annual: null, multiple: false };
const MULTIPLE = { monthly: null, annual: null, multiple: true };
/** The promised precision of the monthly rate: 1e-20 relative (plus 1e-30 absolute near 0 %). */
const within1e20 = (actual: Decimal | null, expected: Decimal | string): boolean =>
  actual !== null && actual.minus(expected).abs().lte(new Decimal(expected).abs().times('1e-20').plus('1e-30'));

/** Σ|CF_t|/(1+x)^t: the scale against which "NPV ≈ 0" is judged, at the same rate. */
const gross = (flows: readonly Decimal[], x: Decimal): Decimal =>
  npv(
    flows.map((f) => f.abs()),
    x,
  );

/** Independent float64 bisection for flows whose NPV falls from + at lo to − at hi. */
function floatBisect(flows: readonly number[], lo: number, hi: number): number {
  const f = (x: number) => flows.reduce((s, cf, t) => s + cf / Math.pow(1 + x, t), 0);
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (f(mid) > 0) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

describe('irr', () => {
  it('finds 10 % a month for −100 now and 110 next month', () => {
    const result = irr(d([-100, 110]));
    expect(result.multiple).toBe(false);
    expect(within1e20(result.monthly, '0.1')).toBe(true);
    // Annual: 1.1^12 − 1 = 3.138428376721 − 1 (1.1^12 by repeated squaring by hand: 1.21, 1.4641, 2.14358881, ×1.4641).
    // The annual rate carries the monthly error (≤ 1e-21) times 12·1.1^11 ≈ 34.
    expect(result.annual?.minus('2.138428376721').abs().lte('1e-18')).toBe(true);
  });

  it("matches Excel's documented IRR examples", () => {
    // Excel help for IRR: 8.7 % for five years of returns, −2.1 % for four.
    // References from mpmath findroot at 40 digits on Σ CF_t/(1+x)^t = 0.
    const six = irr(d([-70000, 12000, 15000, 18000, 21000, 26000])).monthly;
    expect(within1e20(six, '0.08663094803653161429309420250847771947')).toBe(true);
    const five = irr(d([-70000, 12000, 15000, 18000, 21000])).monthly;
    expect(within1e20(five, '-0.02124484827341099103105022483857289747')).toBe(true);
    // Two years only (Excel: −44.4 %): −70000 + 12000v + 15000v² = 0 is a quadratic in v = 1/(1+x),
    // v = (−12000 + √(12000² + 4·15000·70000)) / 30000.
    const v = (-12000 + Math.sqrt(12000 ** 2 + 4 * 15000 * 70000)) / 30000;
    expect(irr(d([-70000, 12000, 15000])).monthly?.toNumber()).toBeCloseTo(1 / v - 1, 14);
  });

  it('agrees with a float64 bisection on a ten-year GPU investment', () => {
    const flows = [-1_000_000, ...Array.from({ length: 119 }, () => 15_000)];
    const expected = floatBisect(flows, 0, 1);
    const monthly = irr(d(flows)).monthly;
    expect(monthly?.toNumber()).toBeCloseTo(expected, 14);
  });

  it('does not depend on the scale of the flows', () => {
    expect(within1e20(irr(d(['-1e30', '1.1e30'])).monthly, '0.1')).toBe(true);
    expect(within1e20(irr(d(['-1e-30', '1.1e-30'])).monthly, '0.1')).toBe(true);
  });

  it('returns null when the flows never change sign', () => {
    expect(irr(d([100, 50, 0]))).toEqual(NONE);
    expect(irr(d([-100, -50, 0]))).toEqual(NONE);
    expect(irr(d([0, 0, 0]))).toEqual(NONE);
    expect(irr([])).toEqual(NONE);
  });

  it('returns null and flags multiple for −100, 230, −132, whose NPV is zero at 10 % and at 20 %', () => {
    // NPV = −100 + 230v − 132v² with v = 1/(1+x); 132v² − 230v + 100 = 0 gives
    // v = (230 ± √(52900 − 52800)) / 264 = 240/264 or 220/264, i.e. x = 0.1 or x = 0.2.
    expect(irr(d([-100, 230, -132]))).toEqual(MULTIPLE);
  });

  it('tells apart two roots as close as 1 % and 1.1 % a month', () => {
    // −(1 − 1.01v)(1 − 1.011v) = −1 + 2.021v − 1.02111v²
    expect(irr(d(['-1', '2.021', '-1.02111']))).toEqual(MULTIPLE);
  });

  it('reports 0 % where NPV touches zero without crossing', () => {
    // −1 + 2v − v² = −(1 − v)², zero only at v = 1: one (double) root, 0 %.
    const result = irr(d([-1, 2, -1]));
    expect(result.multiple).toBe(false);
    expect(result.monthly?.isZero()).toBe(true);
  });

  it('finds roots near both ends of (−99 %, 1000 %)', () => {
    // −100 + 1.5v = 0 → v = 200/3 → x = −0.985; −100 + 1000v = 0 → x = 9.
    expect(within1e20(irr(d([-100, '1.5'])).monthly, '-0.985')).toBe(true);
    expect(within1e20(irr(d([-100, 1000])).monthly, '9')).toBe(true);
  });

  it('returns null when the only root is on or beyond the ends of the open interval', () => {
    expect(irr(d([-100, 1]))).toEqual(NONE); // x = −0.99 exactly
    expect(irr(d([-100, 1100]))).toEqual(NONE); // x = 10 exactly
    expect(irr(d([-100, 1200]))).toEqual(NONE); // x = 11
    expect(irr(d([-100, '0.5']))).toEqual(NONE); // x = −0.995
    // Two sign changes: (11v − 1)(1 − 0.005v) = −1 + 11.005v − 0.055v² has roots v = 1/11 (x = 10,
    // an end) and v = 200 (x = −0.995, outside), and is positive everywhere in between.
    expect(irr(d([-1, '11.005', '-0.055']))).toEqual(NONE);
  });

  const flow = fc.integer({ min: -1_000_000, max: 1_000_000 }).map((c) => new Decimal(c).div(100));

  it('has NPV ≈ 0 (1e-12 of the gross discounted flows) at the rate it returns', () => {
    fc.assert(
      fc.property(fc.array(flow, { minLength: 2, maxLength: 60 }), (flows) => {
        const { monthly, multiple } = irr(flows);
        if (monthly === null) return;
        expect(multiple).toBe(false);
        expect(monthly.gt(-0.99) && monthly.lt(10)).toBe(true);
        expect(npv(flows, monthly).abs().lte(gross(flows, monthly).times('1e-12'))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('always finds the unique positive rate of an investment repaid by later inflows', () => {
    // CF0 = −a, later flows in [0, a] summing above a: NPV(0) > 0 and
    // NPV(10) ≤ −a + a·Σ 11^−t < 0, and one sign change means exactly one root.
    const investment = fc.integer({ min: 1, max: 1_000_000 }).chain((a) =>
      fc
        .array(fc.integer({ min: 0, max: a }), { minLength: 1, maxLength: 119 })
        .filter((later) => later.reduce((s, x) => s + x, 0) > a)
        .map((later) => d([-a, ...later])),
    );
    fc.assert(
      fc.property(investment, (flows) => {
        const { monthly, multiple } = irr(flows);
        expect(multiple).toBe(false);
        expect(monthly?.isPositive()).toBe(true);
        if (monthly == null) return;
        expect(npv(flows, monthly).abs().lte(gross(flows, monthly).times('1e-12'))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe('irrFloat (the same grid and Newton in float64)', () => {
  it('finds the one root: −100 then 110 is 10 % a month, 1.1^12 − 1 a year', () => {
    expect(irrFloat([-100, 110])).toBeCloseTo(3.138428376721 - 1, 12);
  });

  it('finds a root near the top of the interval: −100 then 1000 is 900 % a month', () => {
    expect((irrFloat([-100, 1000]) ?? Number.NaN) / (10 ** 12 - 1)).toBeCloseTo(1, 12);
  });

  it('is null with two roots (−100, 230, −132: 10 % and 20 %) and without a sign change', () => {
    expect(irrFloat([-100, 230, -132])).toBeNull();
    expect(irrFloat([100, 50, 0])).toBeNull();
    expect(irrFloat([0, 0, 0])).toBeNull();
    expect(irrFloat([])).toBeNull();
  });
});
