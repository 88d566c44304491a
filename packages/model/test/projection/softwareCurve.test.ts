import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/decimal';
import { powerSeriesMemo } from '../../src/projection/powerSeries';
import { project } from '../../src/projection/project';
import { softwareMultiplierSeries } from '../../src/projection/softwareCurve';
import { WARNING_CODES } from '../../src/projection/warnings';
import { application, closeTo, ownedPlatform, scenario } from '../helpers/build';

describe('software curve', () => {
  it('is 1 in every month for "none"', () => {
    const series = softwareMultiplierSeries({ type: 'none' }, 3);
    expect(series.map((m) => m.toFixed())).toEqual(['1', '1', '1']);
  });

  it('compounds yearly improvement monthly: (1+i)^(t/12), 21 %/yr is 1.1 after 6 months and 1.21 after 12', () => {
    const series = softwareMultiplierSeries({ type: 'compound', annualImprovement: '0.21', cap: '10' }, 25);
    expect(closeTo(series[6]?.toFixed(), '1.1', '1e-30')).toBe(true); // √1.21
    expect(series[12]?.toFixed()).toBe('1.21'); // a whole year: the exact power
    expect(series[24]?.toFixed()).toBe('1.4641'); // 1.21²
    expect(closeTo(series[1]?.toFixed(), 1.21 ** (1 / 12), '1e-14')).toBe(true); // float64 check
  });

  it('stops at the cap: min(cap, (1+i)^(t/12)) with cap 1.3 binds between months 12 and 18', () => {
    const series = softwareMultiplierSeries({ type: 'compound', annualImprovement: '0.21', cap: '1.3' }, 25);
    expect(series[12]?.toFixed()).toBe('1.21');
    expect(closeTo(series[18]?.toFixed(), 1.3, '0')).toBe(true); // 1.21^1.5 = 1.331 > 1.3
    expect(series[24]?.toFixed()).toBe('1.3');
  });

  it('multiplies the steps with month ≤ t, in any order, two in one month both applying', () => {
    const curve = {
      type: 'steps' as const,
      steps: [
        { month: 3, multiplier: '2' },
        { month: 1, multiplier: '1.5' },
        { month: 3, multiplier: '1.1' },
      ],
    };
    const series = softwareMultiplierSeries(curve, 5);
    // t0: 1; t1, t2: 1.5; t3, t4: 1.5 · 2 · 1.1 = 3.3
    expect(series.map((m) => m.toFixed())).toEqual(['1', '1.5', '1.5', '3.3', '3.3']);
  });

  it('raises served throughput: after a 2x step, the same demand needs half the busy GPU-hours', () => {
    // 1000 tokens/s/GPU, 1 GPU/node; demand 3.6e9 tokens = 1000 busy GPU-hours at day-one speed
    const result = project(
      scenario({
        horizonMonths: 2,
        platforms: [ownedPlatform({ softwareCurve: { type: 'steps', steps: [{ month: 1, multiplier: 2 }] } })],
        applications: [application({ tokensMonth0: 3.6e9 })],
      }),
    );
    expect(result.months.map((m) => m.platforms[0]?.busyGpuHours)).toEqual(['1000', '500']);
    expect(result.months.map((m) => m.platforms[0]?.softwareMultiplier)).toEqual(['1', '2']);
    // 1000 h need 2 nodes of 720 h (June); in July (744 h) 500 h need 1 — but owned nodes stay: 2
    expect(result.months.map((m) => m.platforms[0]?.nodes)).toEqual([2, 2]);
  });

  it('warns about a step at or after the horizon, which never applies', () => {
    const result = project(
      scenario({
        horizonMonths: 2,
        platforms: [ownedPlatform({ softwareCurve: { type: 'steps', steps: [{ month: 5, multiplier: 2 }] } })],
      }),
    );
    const step = result.warnings.find((w) => w.code === WARNING_CODES.stepBeyondHorizon);
    expect(step?.path).toBe('platforms[0].softwareCurve.steps[0].month');
    expect(result.months.map((m) => m.platforms[0]?.softwareMultiplier)).toEqual(['1', '1']);
  });

  it('takes one fractional power per distinct rate, shared through the memo', () => {
    const memo = powerSeriesMemo(3);
    expect(memo(new Decimal('1.21'))).toBe(memo(new Decimal('1.210')));
  });
});
