import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AllocationView } from './AllocationView';
import { PROJECTION, SCENARIO } from './testing/fixture';

afterEach(cleanup);

// The roll-up arithmetic (showback) is the model's: packages/model/test/output/showback.test.ts.
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
