// Issue 19: the history diff ran backwards (current → old), showed rates as fractions and the
// fiscal month as "7 → 1", and dated versions in another format than the audit log.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dateTime } from '../auth/format';
import type { ScenarioDocument } from '../scenarios/api';

const old = { name: 'Plan', start: '2027-01', discountRateAnnual: '0.08', fiscalYearStartMonth: 7, energy: { annualEscalation: '0.0425' } } as unknown as ScenarioDocument;
const current = { name: 'Plan', start: '2027-03', discountRateAnnual: '0.1', fiscalYearStartMonth: 1, energy: { annualEscalation: '0.03' } } as unknown as ScenarioDocument;

vi.mock('../scenarios/api', () => ({
  ApiError: class extends Error {},
  listRevisions: async () => [
    { version: 2, message: 'Faster', author: null, createdAt: '2026-12-03T06:17:00.000Z' },
    { version: 1, message: 'First', author: null, createdAt: '2026-11-30T09:05:00.000Z' },
  ],
  getRevision: async () => old,
}));
vi.mock('../scenarios/usePeople', () => ({ usePeople: () => ({ nameOf: (id: string) => id }) }));
const { RevisionPanel } = await import('./RevisionPanel');

afterEach(cleanup);

describe('RevisionPanel', () => {
  it('diffs forwards (saved version → editor) in words, and dates like the audit log', async () => {
    render(<RevisionPanel scenarioId="s" currentVersion={2} current={current} onRestore={() => {}} onClose={() => {}} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Compare version 1 with the editor' }));
    const text = (await screen.findByText(/Discount rate/)).closest('ul')?.textContent ?? '';
    // 0.08 → 0.1 is 8.0 % → 10.0 % a year; fiscal month 7 → 1 is July → January; 0.0425 → 0.03 is 4.25 % → 3.0 %.
    expect(text).toContain('Discount rate: 8.0%/yr → 10.0%/yr');
    expect(text).toContain('Fiscal year starts in: July → January');
    expect(text).toMatch(/price escalation: 4\.25%\/yr → 3\.0%\/yr/i);
    expect(text).toContain('Start month: Jan 2027 → Mar 2027');
    // Same formatter as the audit log (auth/format dateTime), never toLocaleString.
    expect(screen.getByText(dateTime('2026-12-03T06:17:00.000Z'))).toBeTruthy();
    expect(dateTime('2026-12-03T06:17:00.000Z')).toMatch(/^0?3 Dec 2026, \d\d:\d\d$/);
  });
});
