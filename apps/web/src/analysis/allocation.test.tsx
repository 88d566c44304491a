import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { sumDecimals } from '../format';
import { allocate, fiscalYearOf } from './allocationModel';
import { AllocationView } from './AllocationView';
import { PROJECTION, SCENARIO } from './testing/fixture';

afterEach(cleanup);

describe('allocation roll-ups', () => {
  it('rolls up by team with idle on its own line, exactly', () => {
    const r = allocate(PROJECTION, SCENARIO, { dimension: 'team', idle: 'separate', period: 'horizon' });
    const byKey = Object.fromEntries(r.lines.map((l) => [l.key, l.amount]));
    // Support: 90 + 60 + 120 + 60 + 100.3375 + 66.3375; Research: 40 + 30 + 35.005; idle 50 + 20 + 33.325.
    expect(byKey).toEqual({ 'team:Support': '496.675', 'team:Research': '105.005', 'idle:gpu': '103.325' });
    // Total = self-hosted 3 × 200 + API 105.005.
    expect(r.total).toBe('705.005');
  });

  it('rounds to cents by largest remainder so the cents add up', () => {
    const r = allocate(PROJECTION, SCENARIO, { dimension: 'team', idle: 'separate', period: 'horizon' });
    // Each line is x.xx5; half-up would show 496.68 + 105.01 + 103.33 = 705.02 against a 705.00 total.
    expect(r.lines.map((l) => l.cents)).toEqual([49668n, 10500n, 10332n]);
    expect(r.totalCents).toBe(70500n);
    expect(r.lines.reduce((s, l) => s + l.cents, 0n)).toBe(r.totalCents);
  });

  it('spreads idle onto the applications of its platform, keeping the total', () => {
    const r = allocate(PROJECTION, SCENARIO, { dimension: 'team', idle: 'spread', period: 'horizon' });
    const byKey = Object.fromEntries(r.lines.map((l) => [l.key, l.amount]));
    expect(byKey).toEqual({ 'team:Support': '600', 'team:Research': '105.005' });
    const apps = allocate(PROJECTION, SCENARIO, { dimension: 'application', idle: 'spread', period: 'horizon' });
    expect(sumDecimals(apps.lines.map((l) => l.amount))).toBe('705.005');
    // Nov: idle 50 split 90:60 → Chat +30; Dec: 20 split 120:60 → Chat +13.33…; Chat > 90 + 30 + 120 + 13.33 + 100.3375.
    const chat = apps.lines.find((l) => l.key === 'app:a1');
    expect(Number(chat?.amount)).toBeGreaterThan(353.67);
  });

  it('rolls up by platform (API apps under their API) and by fiscal year', () => {
    const r = allocate(PROJECTION, SCENARIO, { dimension: 'platform', idle: 'separate', period: 2028 });
    expect(r.lines.map((l) => [l.label, l.amount])).toEqual([
      ['GPU fleet', '166.675'],
      ['Vendor API (API)', '35.005'],
      ['Idle capacity — GPU fleet', '33.325'],
    ]);
    expect(r.total).toBe('235.005');
  });

  it('names fiscal years by the calendar year they end in', () => {
    expect(fiscalYearOf('2027-07', 7)).toBe(2028);
    expect(fiscalYearOf('2028-06', 7)).toBe(2028);
    expect(fiscalYearOf('2027-12', 1)).toBe(2027);
  });
});

describe('AllocationView', () => {
  it('shows lines and a total whose cents add up, and re-rolls on the toggles', () => {
    render(<AllocationView projection={PROJECTION} scenario={SCENARIO} />);
    expect(screen.getByRole('rowheader', { name: 'Support' }).closest('tr')?.textContent).toContain('$496.68');
    expect(screen.getByRole('rowheader', { name: 'Idle capacity — GPU fleet' }).closest('tr')?.textContent).toContain('$103.32');
    expect(screen.getByRole('rowheader', { name: 'Total' }).closest('tr')?.textContent).toContain('$705.00');
    fireEvent.click(screen.getByLabelText('Spread to apps'));
    expect(screen.queryByRole('rowheader', { name: 'Idle capacity — GPU fleet' })).toBeNull();
    expect(screen.getByRole('rowheader', { name: 'Support' }).closest('tr')?.textContent).toContain('$600.00');
    fireEvent.click(screen.getByLabelText('Application'));
    expect(screen.getByRole('rowheader', { name: 'Chat' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Period'), { target: { value: '2028' } });
    // 235.005 rounds half-even to $235.00, and the shown cents of the lines add up to it.
    expect(screen.getByRole('rowheader', { name: 'Total' }).closest('tr')?.textContent).toContain('$235.00');
    const cents = [...document.querySelectorAll('[data-cents]')].map((el) => BigInt(el.getAttribute('data-cents') ?? 'x'));
    expect(cents).toHaveLength(3);
    expect(cents.reduce((a, b) => a + b, 0n)).toBe(23500n);
  });
});
