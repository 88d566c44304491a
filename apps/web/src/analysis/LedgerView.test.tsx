import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LEDGER_WINDOW_THRESHOLD, LedgerView } from './LedgerView';
import { ledgerCsv, ledgerColumns, ledgerRows } from './ledgerModel';
import { longProjection, PROJECTION, SCENARIO } from './testing/fixture';

afterEach(cleanup);

function rowCells(name: RegExp): string[] {
  const header = screen.getByRole('rowheader', { name });
  const row = header.closest('tr');
  if (!row) throw new Error('no row');
  return within(row).getAllByRole('cell').map((c) => c.textContent ?? '');
}

describe('LedgerView', () => {
  it('lists months across with exact totals, costs positive and negatives in parentheses', () => {
    render(<LedgerView projection={PROJECTION} scenario={SCENARIO} />);
    const heads = screen.getAllByRole('columnheader').map((h) => h.textContent);
    expect(heads).toEqual(['Line', 'Nov 2027', 'Dec 2027', 'Jan 2028', 'Total']);
    expect(rowCells(/^RevenueUSD$/)).toEqual(['1,000', '1,100', '1,200', '3,300']);
    expect(rowCells(/^Cash flowUSD$/)).toEqual(['(220)', '890', '985', '1,655']);
    // The cumulative line's total is its closing value, not a sum.
    expect(rowCells(/^Cumulative cash flowUSD$/)).toEqual(['(220)', '670', '1,655', '1,655']);
    expect(rowCells(/^Tokens servedM tokens$/)).toEqual(['3', '4', '5', '12']); // 2.5M, 4.4M, 5.0M, 11.9M
    expect(rowCells(/^GPU fleet — nodes/)).toEqual(['2', '2', '3', '']);
  });

  it('switches to fiscal years, each partial year marked with its months', () => {
    render(<LedgerView projection={PROJECTION} scenario={SCENARIO} />);
    fireEvent.click(screen.getByLabelText('Fiscal years'));
    const heads = screen.getAllByRole('columnheader').map((h) => h.textContent);
    // Nov 2027 – Jan 2028, fiscal years = calendar years: FY2027 has Nov and Dec, FY2028 only Jan.
    expect(heads).toEqual(['Line', 'FY2027 (2 months)', 'FY2028 (1 month)', 'Total']);
    expect(rowCells(/^RevenueUSD$/)).toEqual(['2,100', '1,200', '3,300']);
    expect(rowCells(/^API costUSD$/)).toEqual(['70', '35', '105']);
    expect(screen.queryByRole('rowheader', { name: /nodes/ })).toBeNull();
  });

  it('windows the period columns of a long horizon', () => {
    const long = longProjection(120);
    render(<LedgerView projection={long} />);
    const heads = screen.getAllByRole('columnheader');
    expect(120).toBeGreaterThan(LEDGER_WINDOW_THRESHOLD);
    expect(heads.length).toBeLessThan(40);
    expect(heads[1]?.textContent).toBe('Jan 2027');
    // The total still covers all 120 months: 120 × 1,000.
    expect(rowCells(/^RevenueUSD$/).at(-1)).toBe('120,000');
  });

  it('exports exact values as CSV', () => {
    const csv = ledgerCsv(ledgerColumns(PROJECTION, 'month'), ledgerRows(PROJECTION, 'month'));
    const lines = csv.split('\n');
    expect(lines[0]).toBe('Line,Unit,2027-11,2027-12,2028-01,Total');
    expect(lines).toContain('API cost,USD,40,30,35.005,105.005');
    expect(lines).toContain('Budget incl. contingency,USD,1281,220.5,225.75525,1727.25525');
  });
});
