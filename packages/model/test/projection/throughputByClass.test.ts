/**
 * §9 throughput by class and interactivity curves (docs/model.md §13): busy GPU-hours
 * `D·((1−o)·(1−c)/input + o/output)/M/3600`; a curve's throughput interpolated at minInteractivity.
 */
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/decimal';
import { project } from '../../src/projection/project';
import { runProjection } from '../../src/projection/run';
import { application, closeTo, rentedPlatform, scenario } from '../helpers/build';

const busyHours = (values: ReturnType<typeof runProjection>, p = 0, t = 0) => values.platforms[p]?.operations.months[t]?.demandedGpuHours;

describe('throughput by class', () => {
  it('docs §13.1: 1e9 tokens, o 0.2, c 0.5, input 20,000, output 2,000 → 120,000 GPU-s = 33.33 busy GPU-hours', () => {
    // 1e9 · (0.8 · 0.5 / 20000 + 0.2 / 2000) = 1e9 · (2e-5 + 1e-4) = 120,000 s; / 3600 = 33.333…
    const v = runProjection(
      scenario({
        platforms: [rentedPlatform({ id: 'p', throughput: { m: { input: 20000, output: 2000 } } })],
        applications: [application({ tokensMonth0: 1e9, outputShare: 0.2, cachedInputShare: 0.5 })],
      }),
    );
    expect(busyHours(v)?.eq(new Decimal(120000).div(3600))).toBe(true);
    expect(v.platforms[0]?.operations.months[0]?.nodes.toString()).toBe('1'); // 33.3 h < 720 h of one GPU
  });

  it('a plain figure keeps D/T (the cached share then changes API prices only)', () => {
    // 3.6e9 tokens at 2000 tokens/s: 1.8e6 s = 500 h, whatever cachedInputShare
    const v = runProjection(scenario({ platforms: [rentedPlatform({ id: 'p', throughput: { m: 2000 } })], applications: [application({ tokensMonth0: 3.6e9, outputShare: 0.2, cachedInputShare: 0.5 })] }));
    expect(busyHours(v)?.toString()).toBe('500');
  });

  it('allocates by busy hours across a plain group and a class group (spread)', () => {
    // a: model m, 1000 tokens/s plain, 3.6e8 tokens → 360,000 s = 100 h
    // b: model k by class {2000, 500}, o 0.5, c 0.5: 0.5·0.5/2000 + 0.5/500 = 0.001125 s/token; 1.6e8 → 180,000 s = 50 h
    // one node of 1 GPU, 720 h at $2: rental 1440; spread: a 1440 · 100/150 = 960, b 480
    const result = project(
      scenario({
        idlePolicy: 'spread',
        platforms: [rentedPlatform({ id: 'p', throughput: { m: 1000, k: { input: 2000, output: 500 } } })],
        applications: [
          application({ id: 'a', tokensMonth0: 3.6e8 }),
          application({ id: 'b', model: 'k', tokensMonth0: 1.6e8, outputShare: 0.5, cachedInputShare: 0.5 }),
        ],
      }),
    );
    const month = result.months[0];
    expect(month?.platforms[0]?.busyGpuHours).toBe('150');
    expect(month?.rentalCost).toBe('1440');
    expect(month?.applications.map((a) => a.allocatedCost)).toEqual(['960', '480']);
  });

  it('separates two class mixes of one model into their own rates', () => {
    // model m by class {1000, 100}: a (o 0, c 0): 1/1000 s/token; b (o 1): 1/100 s/token
    // 3.6e6 tokens each: a 3600 s = 1 h, b 36,000 s = 10 h → 11 h
    const v = runProjection(
      scenario({
        platforms: [rentedPlatform({ id: 'p', throughput: { m: { input: 1000, output: 100 } } })],
        applications: [application({ id: 'a', tokensMonth0: 3.6e6 }), application({ id: 'b', tokensMonth0: 3.6e6, outputShare: 1 })],
      }),
    );
    expect(busyHours(v)?.toString()).toBe('11');
  });
});

describe('interactivity curve', () => {
  const curve = { curve: [{ interactivity: 10, tokensPerSecondPerGpu: 5000 }, { interactivity: 50, tokensPerSecondPerGpu: 1000 }, { interactivity: 100, tokensPerSecondPerGpu: 400 }] };
  const on = (u: number, tokens: number) =>
    runProjection(scenario({ platforms: [rentedPlatform({ id: 'p', throughput: { m: curve } })], applications: [application({ tokensMonth0: tokens, minInteractivity: u })] }));

  it('interpolates between points: docs §13.1, u = 20 → 5000 + (20−10)/(50−10)·(1000−5000) = 4000 tokens/s', () => {
    // 1.44e7 tokens / 4000 = 3600 s = 1 h
    expect(busyHours(on(20, 1.44e7))?.toString()).toBe('1');
  });

  it('interpolates on the second segment: u = 75 → 1000 + (25/50)·(400 − 1000) = 700 tokens/s', () => {
    // 2.52e6 tokens / 700 = 3600 s = 1 h
    expect(busyHours(on(75, 2.52e6))?.toString()).toBe('1');
  });

  it('takes the first point below it (u = 5 → 5000) and a point exactly on it (u = 50 → 1000)', () => {
    expect(busyHours(on(5, 1.8e7))?.toString()).toBe('1'); // 1.8e7 / 5000 = 3600 s
    expect(busyHours(on(50, 3.6e6))?.toString()).toBe('1'); // 3.6e6 / 1000 = 3600 s
  });

  it('an irrational-looking rate stays exact: u = 30 → 3000 tokens/s, 1e9 tokens → 92.59… h', () => {
    // 5000 + (20/40)·(−4000) = 3000; 1e9/3000/3600 = 92.592592…
    expect(closeTo(busyHours(on(30, 1e9))?.toString(), new Decimal(1e9).div(3000).div(3600).toString(), '1e-30')).toBe(true);
  });
});
