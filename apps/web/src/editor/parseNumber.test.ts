import { describe, expect, it } from 'vitest';
import { abbreviate, formatForInput, parseInteger, parseNumber, shiftDecimal } from './parseNumber';

const value = (text: string, percent = false) => {
  const result = parseNumber(text, { percent });
  return result.ok ? result.value : `error: ${result.message}`;
};

describe('parseNumber', () => {
  it('reads four trillion written four ways as the same exact decimal string', () => {
    for (const text of ['4T', '4e12', '4,000,000,000,000', '4000000000000', '4 t', '4tn', '4E+12']) {
      expect(value(text)).toBe('4000000000000');
    }
  });

  it('reads the suffixes k, M, B and T, with decimals', () => {
    expect(value('250k')).toBe('250000');
    expect(value('1.5B')).toBe('1500000000');
    expect(value('2.25M')).toBe('2250000');
    expect(value('12bn')).toBe('12000000000');
    expect(value('0.6T')).toBe('600000000000');
  });

  it('keeps every digit (no binary float in between)', () => {
    expect(value('0.1')).toBe('0.1');
    expect(value('123456789012345678901234.5')).toBe('123456789012345678901234.5');
    expect(value('1.000000000000000001T')).toBe('1000000000000.000001');
  });

  it('accepts money signs, negatives and leading dots', () => {
    expect(value('$515,000')).toBe('515000');
    expect(value('-0.5')).toBe('-0.5');
    expect(value('.25')).toBe('0.25');
    expect(value('-0')).toBe('0');
  });

  it('reads a bare number or a trailing % in a percent field as percent, and refuses % elsewhere', () => {
    // Tokens are not a percentage: "12%" of a token field must not become 0.12 tokens.
    expect(value('12%')).toBe('error: Not a percentage field: enter a plain number, e.g. 250k or 1.5B');
    expect(value('abc', true)).toBe('error: Enter a percentage, e.g. 12 or 12.5');
    expect(value('12', true)).toBe('0.12');
    expect(value('12%', true)).toBe('0.12');
    expect(value('4.5', true)).toBe('0.045');
    expect(value('100', true)).toBe('1');
  });

  it('refuses text that is not a number, with a message that shows what works', () => {
    expect(value('abc')).toMatch(/^error: Enter a number/);
    expect(value('4X')).toMatch(/^error/);
    expect(value('1,00')).toMatch(/^error/);
    expect(value('1..2')).toMatch(/^error/);
    expect(value('')).toBe('error: Required');
    expect(value('.')).toMatch(/^error/);
  });
});

describe('parseInteger', () => {
  it('accepts whole numbers in any notation and refuses fractions', () => {
    expect(parseInteger('60')).toEqual({ ok: true, value: 60 });
    expect(parseInteger('1k')).toEqual({ ok: true, value: 1000 });
    expect(parseInteger('1.5').ok).toBe(false);
  });
});

describe('shiftDecimal', () => {
  it('moves the decimal point exactly in both directions', () => {
    expect(shiftDecimal('0.3', 2)).toBe('30');
    expect(shiftDecimal('30', -2)).toBe('0.3');
    expect(shiftDecimal('1.25', -5)).toBe('0.0000125');
    expect(shiftDecimal('-0.000', 3)).toBe('0');
  });
});

describe('formatForInput and abbreviate', () => {
  it('groups thousands and shows fractions as percent', () => {
    expect(formatForInput('600000000000')).toBe('600,000,000,000');
    expect(formatForInput('0.3', { percent: true })).toBe('30');
    expect(formatForInput('1234.5678')).toBe('1,234.5678');
    expect(formatForInput(60)).toBe('60');
    expect(formatForInput('not a number')).toBe('not a number');
  });

  it('reads big numbers back in words', () => {
    expect(abbreviate('600000000000')).toBe('600 B');
    expect(abbreviate('4000000000000')).toBe('4 T');
    expect(abbreviate('1500000000')).toBe('1.5 B');
    expect(abbreviate('250000')).toBe('250 k');
    expect(abbreviate('999')).toBeNull();
  });
});
