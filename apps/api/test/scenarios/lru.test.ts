// The projection cache is bounded by bytes, not entries (issue 14, finding 12): 256 entries of a large
// scenario's ≈ 10 MB projection were 2.5 GB.
import { describe, expect, it } from 'vitest';
import { ByteBudgetCache, DEFAULT_PROJECTION_CACHE_BYTES } from '../../src/scenarios/lru';

/** A value whose JSON is exactly `bytes` bytes long: {"s":"…"} is 8 bytes plus the string. */
function ofBytes(bytes: number, char = 'x'): { s: string } {
  return { s: char.repeat(bytes - 8) };
}

describe('ByteBudgetCache', () => {
  it('measures entries by the bytes of their JSON (UTF-8)', () => {
    const cache = new ByteBudgetCache<{ s: string }>(1000);
    cache.set('ascii', ofBytes(40));
    expect(cache.bytes).toBe(40);
    // 'é' is 2 bytes in UTF-8: 8 + 2 × 10.
    cache.set('accents', { s: 'é'.repeat(10) });
    expect(cache.bytes).toBe(40 + 28);
  });

  it('evicts the least recently used entries until the total fits the budget', () => {
    const cache = new ByteBudgetCache<{ s: string }>(100);
    cache.set('a', ofBytes(40));
    cache.set('b', ofBytes(40));
    expect(cache.get('a')).toEqual(ofBytes(40)); // a is now more recent than b
    cache.set('c', ofBytes(40)); // 120 > 100: b goes
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toEqual(ofBytes(40));
    expect(cache.get('c')).toEqual(ofBytes(40));
    expect(cache.bytes).toBe(80);
    cache.set('d', ofBytes(90)); // needs 90: a and c (the two older) go
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('c')).toBeUndefined();
    expect(cache.bytes).toBe(90);
    // Many small entries are fine as long as their bytes fit: 10 × 10 bytes.
    for (let i = 0; i < 10; i += 1) cache.set(`small${i}`, ofBytes(10));
    expect(cache.size).toBe(10);
    expect(cache.bytes).toBe(100);
  });

  it('never keeps an entry larger than the whole budget, and keeps what it had', () => {
    const cache = new ByteBudgetCache<{ s: string }>(100);
    cache.set('a', ofBytes(60));
    cache.set('huge', ofBytes(101));
    expect(cache.get('huge')).toBeUndefined();
    expect(cache.get('a')).toEqual(ofBytes(60));
    expect(cache.bytes).toBe(60);
    // Exactly the budget fits (alone).
    cache.set('full', ofBytes(100));
    expect(cache.get('full')).toEqual(ofBytes(100));
    expect(cache.size).toBe(1);
  });

  it('defaults to 64 MiB and refuses a budget that is not a positive integer', () => {
    expect(DEFAULT_PROJECTION_CACHE_BYTES).toBe(64 * 1024 * 1024);
    expect(() => new ByteBudgetCache(0)).toThrow(/positive integer/);
    expect(() => new ByteBudgetCache(1.5)).toThrow(/positive integer/);
  });
});
