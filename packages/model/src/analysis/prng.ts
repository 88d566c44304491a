/**
 * The Monte Carlo random numbers: seeded, reproducible on every JavaScript engine.
 *
 * Generator: sfc32 (Chris Doty-Humphrey's Small Fast Chaotic generator, 128-bit state, passes
 * PractRand and BigCrush), seeded from one 32-bit seed by splitmix32 (four outputs fill the state),
 * then 15 outputs discarded to mix it. Pure 32-bit integer arithmetic (`| 0`, `>>>`, `Math.imul`),
 * so the stream is identical in Node and every browser. `next()` returns a uniform double in [0, 1)
 * with 32 bits of resolution: the 32-bit output divided by 2^32.
 */
export interface Prng {
  /** Uniform in [0, 1). */
  next(): number;
}

function splitmix32(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** sfc32 seeded by splitmix32(seed); `seed` is taken as a 32-bit unsigned integer. */
export function createPrng(seed: number): Prng {
  const init = splitmix32(seed >>> 0);
  let a = init() | 0;
  let b = init() | 0;
  let c = init() | 0;
  let d = init() | 0;
  const next32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 15; i++) next32();
  return { next: () => next32() / 4294967296 };
}

/** Triangular (low, mode, high) by inverse CDF of a uniform `u` in [0, 1); low = high gives low. */
export function triangular(u: number, low: number, mode: number, high: number): number {
  const width = high - low;
  if (width <= 0) return low;
  const c = (mode - low) / width;
  return u < c ? low + Math.sqrt(u * width * (mode - low)) : high - Math.sqrt((1 - u) * width * (high - mode));
}
