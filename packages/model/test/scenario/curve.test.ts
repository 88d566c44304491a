/** curveThroughputAt and curveKnee against hand-worked numbers, and against the engine's rate figure. */
import { describe, expect, it } from 'vitest';
import { rateFigureOf } from '../../src/projection/modelGroups';
import { curveKnee, curveThroughputAt, isPastKnee } from '../../src/scenario/curve';
import { scenario, rentedPlatform, application } from '../helpers/build';

// (10, 1000) → (30, 600) → (50, 200): slope −20 tokens/s per GPU per unit of interactivity.
const points = [
  { interactivity: '10', tokensPerSecondPerGpu: '1000' },
  { interactivity: '30', tokensPerSecondPerGpu: '600' },
  { interactivity: '50', tokensPerSecondPerGpu: '200' },
];
const at = (u: number | string) => curveThroughputAt(points, u)?.toFixed() ?? null;

describe('curveThroughputAt', () => {
  it('interpolates linearly between the points around u', () => {
    expect(at(20)).toBe('800'); // 1000 + (600 − 1000)·(20 − 10)/(30 − 10) = 1000 − 200
    expect(at(40)).toBe('400'); // 600 + (200 − 600)·(40 − 30)/(50 − 30) = 600 − 200
    expect(at('12.5')).toBe('950'); // 1000 − 400·2.5/20 = 1000 − 50
  });

  it('takes a point itself, the first point below the curve, and nothing above it', () => {
    expect(at(30)).toBe('600');
    expect(at(50)).toBe('200');
    expect(at(10)).toBe('1000');
    expect(at(2)).toBe('1000'); // below the first point: the first point's throughput
    expect(at('50.01')).toBeNull(); // past the last point: validation's interactivity_unreachable
    expect(curveThroughputAt([], 5)).toBeNull();
  });

  it('gives the same throughput as the engine (a / T of the rate figure)', () => {
    const s = scenario({
      platforms: [rentedPlatform({ throughput: { m: { curve: points } } })],
      applications: [application({ servedBy: { platform: 'r' }, minInteractivity: 17 })],
    });
    const [platform, app] = [s.platforms[0], s.applications[0]];
    if (!platform || !app) throw new Error('fixture');
    const figure = rateFigureOf(platform, app);
    // Engine: a = 30 − 10 = 20, T = 1000·20 + (600 − 1000)·(17 − 10) = 17,200 → 860 tokens/s.
    expect(figure.throughput.dividedBy(figure.numerator).toFixed()).toBe('860');
    expect(at(17)).toBe('860');
  });
});

describe('curveKnee', () => {
  it('is where throughput falls to half the first point', () => {
    // Half of 1000 = 500, reached on the second segment: 30 + (600 − 500)·20/(600 − 200) = 35.
    expect(curveKnee(points)?.toFixed()).toBe('35');
    expect(isPastKnee(points, 35)).toBe(false); // exactly 500: not below half
    expect(isPastKnee(points, 36)).toBe(true); // 600 − 20·6 = 480 < 500
    expect(isPastKnee(points, 20)).toBe(false);
  });

  it('is null when the curve never falls below half', () => {
    // (10, 1000) → (80, 500): it ends exactly at half, never below.
    const shallow = [{ interactivity: '10', tokensPerSecondPerGpu: '1000' }, { interactivity: '80', tokensPerSecondPerGpu: '500' }];
    expect(curveKnee(shallow)).toBeNull();
    expect(curveThroughputAt(shallow, 80)?.toFixed()).toBe('500');
    expect(isPastKnee(shallow, 80)).toBe(false);
  });
});
