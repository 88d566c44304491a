import { describe, expect, it } from 'vitest';
import { formatMoneyCents } from './money';

describe('formatMoneyCents', () => {
  it('rounds half away from zero on the third decimal, with grouping', () => {
    expect(formatMoneyCents('1234.565')).toBe('$1,234.57'); // .565 → .57 (half up)
    expect(formatMoneyCents('1234.5649999')).toBe('$1,234.56'); // third decimal 4 → down
    expect(formatMoneyCents('-1000000.005')).toBe('\u2212$1,000,000.01');
    expect(formatMoneyCents('12')).toBe('$12.00');
    expect(formatMoneyCents('0.999')).toBe('$1.00');
  });
  it('keeps precision a float would lose, and shows no negative zero', () => {
    // 2^53 + 1 dollars is not a double; the string keeps its last digit.
    expect(formatMoneyCents('9007199254740993.10')).toBe('$9,007,199,254,740,993.10');
    expect(formatMoneyCents('-0.004')).toBe('$0.00');
    expect(formatMoneyCents(null)).toBe('—');
    expect(formatMoneyCents('abc')).toBe('—');
  });
});
