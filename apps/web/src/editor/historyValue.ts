// A document value as the history shows it, by the field's unit in the model's labels: rates as
// percentages ("4.0%/yr", not 0.04), coded choices and fiscal months in words ("July", "Owned"),
// months as "Jan 2027"; the rest as the diff writes it.
import { inputLabel, inputPattern, inputValueLabel } from '@tokenplan/model';
import { formatMonth, formatMonthName, formatPercent } from '../format';
import { showValue } from '../scenarios/diffDocuments';

const RATE_SUFFIX: Record<string, string> = { fraction: '', fractionPerYear: '/yr', fractionPerMonth: '/mo' };

export function historyValue(path: string, value: unknown): string {
  if (value === undefined || value === null) return '—';
  const pattern = inputPattern(path);
  if (pattern === 'fiscalYearStartMonth' && (typeof value === 'number' || typeof value === 'string')) return formatMonthName(Number(value));
  const unit = inputLabel(path)?.unit;
  const numeric = typeof value === 'number' || (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)));
  if (unit !== undefined && unit in RATE_SUFFIX && numeric) {
    // One decimal of a percent, two when the value has them: 0.04 → "4.0%", 0.0425 → "4.25%".
    const tenths = Number(value) * 1000;
    const digits = Math.abs(tenths - Math.round(tenths)) < 1e-6 ? 1 : 2;
    return `${formatPercent(value as string | number, digits)}${RATE_SUFFIX[unit]}`;
  }
  if (typeof value === 'string') {
    if (/^\d{4}-\d{2}$/.test(value)) return formatMonth(value);
    const named = inputValueLabel(path, value);
    if (named !== value) return named;
  }
  return showValue(value);
}
