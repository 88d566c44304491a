/**
 * A bounded memo of per-month series that depend only on a few scenario inputs (an
 * application's demand, powers of a rate, price series), shared across projections: the
 * tornado, goal seek and an edited scenario re-project with most inputs unchanged, and each
 * series is a pure function of its key. Cached arrays are frozen, so no caller can alter
 * another's series. A key must name every input of its series, the horizon included (decimal
 * text: equal text, equal value).
 */
import { type Decimal, toDecimalString } from '../decimal';

/** Decimals kept in all (≈ 100 B each: ≈ 10 MB); past this the memo starts afresh. */
const MAX_VALUES = 100_000;

const cache = new Map<string, readonly Decimal[]>();
let values = 0;

export function sharedSeries(key: string, build: () => Decimal[]): readonly Decimal[] {
  let series = cache.get(key);
  if (series === undefined) {
    series = Object.freeze(build());
    if (values + series.length > MAX_VALUES) {
      cache.clear();
      values = 0;
    }
    cache.set(key, series);
    values += series.length;
  }
  return series;
}

/** Forget every shared series (the benchmark's cold projection). */
export function clearSharedSeries(): void {
  cache.clear();
  values = 0;
}

/** Decimal text of shared series (the Projection's strings of demand and software multipliers). */
const texts = new WeakMap<readonly Decimal[], readonly string[]>();

/**
 * `series.map(toDecimalString)`, kept for a shared (frozen) series as long as the series itself
 * is kept: a re-projection formats only what changed. Other series are formatted each time.
 */
export function seriesText(series: readonly Decimal[]): readonly string[] {
  const known = texts.get(series);
  if (known !== undefined) return known;
  const text = series.map((value) => toDecimalString(value));
  if (Object.isFrozen(series)) texts.set(series, text);
  return text;
}
