// Issue 19 (misc): the software curve preview's axis, and "Add owned fleet" from the same figure
// as the H100 preset.
import { describe, expect, it } from 'vitest';
import { findPreset } from '@tokenplan/model';
import { newPlatform } from './newItems';
import { multiplierDomain, multiplierSeries } from './softwareMultiplier';

describe('software curve axis', () => {
  it('draws a flat curve from 1× to 1.5×, never below zero', () => {
    const flat = multiplierSeries({ type: 'none' }, 24).map((d) => d.m);
    expect(new Set(flat)).toEqual(new Set([1]));
    expect(multiplierDomain(flat)).toEqual([1, 1.5]);
  });
  it('reaches the highest multiplier, rounded up to the half step, and a step below 1×', () => {
    // Compound 25 %/yr capped at 2×: values 1 … 2 → [1, 2]; 2.3 → [1, 2.5]; 0.8 → [0.5, 1.5].
    expect(multiplierDomain([1, 1.25, 1.5625, 2])).toEqual([1, 2]);
    expect(multiplierDomain([1, 2.3])).toEqual([1, 2.5]);
    expect(multiplierDomain([1, 0.8])).toEqual([0.5, 1.5]);
  });
});

describe('new owned fleet', () => {
  it('serves Llama 3.3 70B at the H100 preset’s tokens/s (one source: the reference library)', () => {
    const preset = findPreset('hopper-h100') ?? findPreset('blackwell-vs-hopper');
    const platforms = (preset?.scenarios ?? []).flatMap((s) => (s as { platforms: { id: string; throughput: Record<string, unknown> }[] }).platforms);
    const h100 = platforms.find((p) => p.id === 'h100');
    expect(h100).toBeDefined();
    const added = newPlatform('fleet', false)['throughput'] as Record<string, unknown>;
    expect(added['llama-3.3-70b']).toEqual(h100?.throughput['llama-3.3-70b']);
  });
});
