import { describe, expect, it } from 'vitest';
import {
  addMonths,
  formatCents,
  formatEnergy,
  formatJoulesPerToken,
  formatLedgerAmount,
  formatMoney,
  formatMoneyFull,
  formatMonth,
  formatMonthShort,
  formatMonths,
  formatMultiple,
  formatPercent,
  formatRate,
  formatRatio,
  formatSignedMoney,
  formatSignedPercent,
  formatTokens,
  formatTokensPerMWh,
  formatUnitPrice,
  MISSING,
} from './index';

describe('formatMoney', () => {
  it('abbreviates with one decimal below 100 of a unit and none from 100', () => {
    expect(formatMoney('1234567.89')).toBe('$1.2M');
    expect(formatMoney('845000')).toBe('$845k');
    expect(formatMoney('84500')).toBe('$84.5k');
    expect(formatMoney('12300000000')).toBe('$12.3B');
    expect(formatMoney('2500000000000')).toBe('$2.5T');
  });
  it('moves to the next unit when rounding reaches 1000', () => {
    expect(formatMoney('999960')).toBe('$1.0M');
    expect(formatMoney('999400')).toBe('$999k');
    expect(formatMoney('999.6')).toBe('$1.0k');
  });
  it('shows whole dollars below $1k and cents below $10', () => {
    expect(formatMoney('845.4')).toBe('$845');
    expect(formatMoney('9.5')).toBe('$9.50');
    expect(formatMoney('0')).toBe('$0.00');
  });
  it('puts a true minus sign before the dollar sign', () => {
    expect(formatMoney('-3400000000')).toBe('\u2212$3.4B');
    expect(formatMoney('-0.001')).toBe('$0.00');
  });
  it('shows null, undefined and garbage as an em dash', () => {
    expect(formatMoney(null)).toBe(MISSING);
    expect(formatMoney(undefined)).toBe('—');
    expect(formatMoney('abc')).toBe('—');
  });
  it('parses long decimal strings without losing the presentation digits', () => {
    expect(formatMoney('12345678.123456789012345678901234')).toBe('$12.3M');
  });
});

describe('full and ledger amounts', () => {
  it('groups whole dollars', () => {
    expect(formatMoneyFull('1234567.5')).toBe('$1,234,568');
    expect(formatMoneyFull('-12')).toBe('\u2212$12');
  });
  it('writes ledger negatives in parentheses and zero as a dash', () => {
    expect(formatLedgerAmount('-1234.4')).toBe('(1,234)');
    expect(formatLedgerAmount('1234.5')).toBe('1,235');
    expect(formatLedgerAmount('0.3')).toBe('–');
    expect(formatLedgerAmount(null)).toBe('—');
  });
  it('formats cents from the largest-remainder allocation exactly', () => {
    expect(formatCents(123456789n)).toBe('$1,234,567.89');
    expect(formatCents(5n)).toBe('$0.05');
    expect(formatCents(-150n)).toBe('\u2212$1.50');
  });
});

describe('unit prices', () => {
  it('keeps three significant digits below a dollar', () => {
    expect(formatUnitPrice('0.021345')).toBe('$0.0213');
    expect(formatUnitPrice('0.5')).toBe('$0.50');
    expect(formatUnitPrice('0.02')).toBe('$0.02');
    expect(formatUnitPrice('1.254')).toBe('$1.25');
    expect(formatUnitPrice('150')).toBe('$150');
    expect(formatUnitPrice(null)).toBe('—');
  });
});

describe('tokens, energy and ratios', () => {
  it('abbreviates tokens with their unit', () => {
    expect(formatTokens('4000000000000')).toBe('4.0T tokens');
    expect(formatTokens('850000000000')).toBe('850B tokens');
    expect(formatTokens('12500000')).toBe('12.5M tokens');
    expect(formatTokens('900')).toBe('900 tokens');
    expect(formatTokens('4000000000000', false)).toBe('4.0T');
    // 26,054,415,496,287 tokens = 26.05 × 10^12 → "26.1T".
    expect(formatTokens('26054415496287.09329')).toBe('26.1T tokens');
    // 999 × 10^12 stays in trillions; 9.9 × 10^19 would print 20 digits: capped.
    expect(formatTokens('999000000000000')).toBe('999T tokens');
    expect(formatTokens('99365865238091950000')).toBe('> 1,000T tokens');
    expect(formatMoney('-99365865238091950000')).toBe('< \u2212$1,000T');
    expect(formatMoney('99400000000000')).toBe('$99.4T');
    expect(formatMoney('-99400000000000')).toBe('\u2212$99.4T');
  });
  it('formats percentages from ratios', () => {
    expect(formatPercent('0.123')).toBe('12.3%');
    expect(formatPercent('-0.0449')).toBe('\u22124.5%');
    expect(formatPercent('1')).toBe('100.0%');
    expect(formatRate('0.184')).toBe('18.4%');
    // 36.1352 a year = 3,613.52 % → whole percents from 1,000 %; 3613.52 = 361,352 %.
    expect(formatRate('36.1352')).toBe('3,614%');
    expect(formatRate('3613.52')).toBe('361,352%');
    expect(formatRate('-12')).toBe('\u22121,200%');
    expect(formatRate('20000')).toBe('> 1,000,000%'); // 2,000,000 %: past the cap
    expect(formatRate('9.999')).toBe('999.9%');
    expect(formatRate(null)).toBe('—');
    expect(formatSignedPercent('0.25')).toBe('+25.0%');
    expect(formatSignedPercent('-0.04')).toBe('\u22124.0%');
    expect(formatSignedPercent('0.00001')).toBe('0.0%');
    expect(formatSignedMoney('1200000')).toBe('+$1.2M');
    expect(formatSignedMoney('-845000')).toBe('\u2212$845k');
  });
  it('formats payback, multiples and physical units', () => {
    expect(formatMonths('18.44')).toBe('18.4 months');
    expect(formatMonths(null)).toBe('—');
    expect(formatMultiple('15')).toBe('15.0x');
    expect(formatEnergy('12345.6')).toBe('12,346 MWh');
    expect(formatEnergy('123456')).toBe('123.5 GWh');
    expect(formatJoulesPerToken('0.042137')).toBe('0.0421 J/token');
    expect(formatTokensPerMWh('23800000000')).toBe('23.8B tokens/MWh');
    expect(formatRatio('2.4137')).toBe('2.41×');
  });
});

describe('months', () => {
  it('names a calendar month', () => {
    expect(formatMonth('2027-03')).toBe('Mar 2027');
    expect(formatMonth('2027-12')).toBe('Dec 2027');
    expect(formatMonthShort('2028-01')).toBe("Jan '28");
    expect(formatMonth(null)).toBe('—');
  });
  it('adds months across year ends', () => {
    expect(addMonths('2027-01', 14)).toBe('2028-03');
    expect(addMonths('2027-11', 2)).toBe('2028-01');
  });
});
