// Issue 19: the tornado's KPI axis read "paybackMonths, months" and "costPerMTokens, USD per million
// tokens" — internal keys. It must be the human label and unit from OUTPUT_LABELS.
import { describe, expect, it } from 'vitest';
import { ANALYSIS_KPIS } from '@tokenplan/model';
import { tornadoAxisLabel } from './tornadoRows';

describe('tornadoAxisLabel', () => {
  it('names the KPI in words with its unit', () => {
    expect(tornadoAxisLabel('paybackMonths')).toBe('Payback (months)');
    expect(tornadoAxisLabel('costPerMTokens')).toBe('Cost per M tokens (USD/M tokens)');
    expect(tornadoAxisLabel('npv')).toBe('NPV (USD)');
    expect(tornadoAxisLabel('irrAnnual')).toBe('IRR (%/year)');
  });

  it('never shows an internal key for any KPI the analyses offer', () => {
    for (const kpi of ANALYSIS_KPIS) expect(tornadoAxisLabel(kpi)).not.toMatch(/[a-z][A-Z]/);
  });
});
