// Issue 19: figures in warning messages read as a finance reader reads them.
import { describe, expect, it } from 'vitest';
import { readableQuantity, WARNING_MESSAGES } from '../../src/projection/warnings';

describe('warning figures', () => {
  it('prints 26,054,415,496,287.09 tokens as "26.05 T", not every digit', () => {
    // 26,054,415,496,287.09329 / 10^12 = 26.054… → 26.05.
    expect(readableQuantity('26054415496287.09329')).toBe('26.05 T');
    expect(readableQuantity('1500000000')).toBe('1.50 B');
    expect(readableQuantity('2500000')).toBe('2.50 M');
    expect(readableQuantity('1234.6')).toBe('1,235');
    // 3.2 × 10^15 = 3,200 T.
    expect(readableQuantity('3200000000000000')).toBe('3,200.00 T');
    const message = WARNING_MESSAGES.unmetDemand('h100', 'Mar 2027', '26054415496287.09329');
    expect(message).toContain('26.05 T tokens unmet');
    expect(message).not.toMatch(/\d{7,}/);
  });
});
