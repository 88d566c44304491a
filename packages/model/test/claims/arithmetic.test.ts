import { describe, expect, it } from 'vitest';
import {
  busyShareNeeded,
  costPerMTokensOf,
  gpuHourCostOf,
  revenuePerGpuHourOf,
  throughputFromMwRatio,
  throughputNeeded,
  tokensPerSecondPerMw,
} from '../../src/claims/arithmetic';

const n = (x: { toNumber(): number } | null) => (x === null ? null : x.toNumber());

describe('claim arithmetic', () => {
  it('turns 2 cents per million tokens at 60,000 tokens/s into $4.32 per GPU-hour at 100 % busy', () => {
    // 60,000 tok/s × 3,600 s = 216,000,000 tokens an hour = 216 M; 216 × $0.02 = $4.32
    expect(gpuHourCostOf('0.02', '60000').toString()).toBe('4.32');
  });

  it('scales the GPU-hour a claim allows by the busy share', () => {
    // at 60 % busy: 216 M × 0.6 = 129.6 M tokens an hour; × $0.02 = $2.592
    expect(gpuHourCostOf('0.02', '60000', '0.6').toString()).toBe('2.592');
  });

  it('gives the busy share a GPU-hour price needs', () => {
    // $2.60 / $4.32 = 0.60185…
    expect(n(busyShareNeeded('2.6', '0.02', '60000'))).toBeCloseTo(2.6 / 4.32, 12);
    // $6 all-in is out of reach: 6 / 4.32 = 1.3889 > 1
    expect(n(busyShareNeeded('6', '0.02', '60000'))).toBeGreaterThan(1);
    expect(busyShareNeeded('2', '0', '60000')).toBeNull();
  });

  it('gives the throughput a GPU-hour price needs for a cost per million tokens', () => {
    // $2.60 × 1e6 / (0.02 × 3,600 × 0.6) = 2.6e6 / 43.2 = 60,185.18…
    expect(n(throughputNeeded('2.6', '0.02', '0.6'))).toBeCloseTo(2.6e6 / 43.2, 9);
  });

  it('gives the cost per million tokens of a GPU-hour price', () => {
    // $2.60 / (10,000 × 3,600 × 0.5 / 1e6 = 18 M tokens) = $0.1444…
    expect(n(costPerMTokensOf('2.6', '10000', '0.5'))).toBeCloseTo(2.6 / 18, 12);
    expect(costPerMTokensOf('2.6', '10000', '0')).toBeNull();
  });

  it('turns $75M over 3 years on 72 GPUs into $39.64 of revenue per GPU-hour', () => {
    // 72 × 3 × 8,760 = 1,892,160 GPU-hours; 75,000,000 / 1,892,160 = 39.6372…
    const perHour = revenuePerGpuHourOf('75000000', '72', '3');
    expect(perHour?.toDecimalPlaces(2).toString()).toBe('39.64');
    expect(n(perHour)).toBeCloseTo(75e6 / 1_892_160, 9);
  });

  it('counts tokens per second per MW from the all-in kW per GPU', () => {
    // 1 MW / 1.37 kW = 729.9 H100s; × 1,000 tok/s = 729,927 tok/s
    expect(n(tokensPerSecondPerMw('1000', '1.37'))).toBeCloseTo(1e6 / 1.37, 6);
  });

  it('turns "10x tokens per MW" into a throughput per GPU', () => {
    // baseline 1,000 tok/s at 1.37 kW = 729,927 tok/s per MW; 10× = 7,299,270 tok/s per MW,
    // shared by 1,000 / 1.87 = 534.76 GPUs → 13,649.6 tok/s per GPU (= 10 × 1,000 × 1.87 / 1.37)
    expect(n(throughputFromMwRatio('10', '1000', '1.87', '1.37'))).toBeCloseTo(13649.635, 2);
  });
});
