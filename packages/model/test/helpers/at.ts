/**
 * Checked indexing for tests and the reference calculator under `noUncheckedIndexedAccess`: the
 * element, or an error that says which index was missing. A non-null assertion (`xs[i]!`) would
 * instead let `undefined` flow on into the arithmetic (NaN) or fail later with an unrelated
 * TypeError. No imports: the reference calculator stays independent of the engine.
 */

/** `xs[index]`, or an error giving the index and the length when there is no element there. */
export function at<T>(xs: ArrayLike<T>, index: number): T {
  const value = xs[index];
  if (value === undefined) throw new Error(`no element at index ${index} (length ${xs.length})`);
  return value;
}

/** `xs[index] += amount`, with the same check as `at`: an accumulator cannot silently become NaN. */
export function addAt(xs: number[], index: number, amount: number): void {
  xs[index] = at(xs, index) + amount;
}
