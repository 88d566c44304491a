// On a phone the compare page's ratios are a card per scenario (CompareRatios): every figure of the
// wide table is on a card, under the scenario's name, so nothing needs a sideways scroll.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CompareRatios } from './CompareRatios';
import { RATIO_KPIS, type CompareItem } from './compareModel';

afterEach(cleanup);

const item = (id: string, name: string, kpis: Record<string, string | null>): CompareItem => ({ id, name, projection: { kpis } as unknown as CompareItem['projection'] });

// Baseline: $2.00 per M tokens, 1,000,000 tokens per MWh, $10M capex.
const hopper = item('h', 'Hopper', { costPerMTokens: '2', tokensPerMWh: '1000000', totalCapex: '10000000' });
// 0.5 ÷ 2 = 0.25; 4,000,000 ÷ 1,000,000 = 4; 25M ÷ 10M = 2.5.
const blackwell = item('b', 'Blackwell', { costPerMTokens: '0.5', tokensPerMWh: '4000000', totalCapex: '25000000' });
// 3 ÷ 2 = 1.5; 500,000 ÷ 1,000,000 = 0.5; capex missing → "—".
const rented = item('r', 'Rented', { costPerMTokens: '3', tokensPerMWh: '500000', totalCapex: null });

describe('CompareRatios on a phone', () => {
  it('gives each other scenario a card with every ratio the table shows', () => {
    render(<CompareRatios baseline={hopper} others={[{ it: blackwell, index: 1 }, { it: rented, index: 2 }]} />);
    const cards = screen.getByRole('region', { name: 'Ratios to the baseline' });
    const card = (name: string) => within(cards).getByRole('region', { name });
    const figure = (name: string, key: string) => card(name).querySelector(`[data-ratio-row="${key}"] dd`)?.textContent;

    expect(figure('Blackwell ÷ Hopper', 'costPerMTokens')).toBe('0.250×');
    expect(figure('Blackwell ÷ Hopper', 'tokensPerMWh')).toBe('4.00×');
    expect(figure('Blackwell ÷ Hopper', 'totalCapex')).toBe('2.50×');
    expect(figure('Rented ÷ Hopper', 'costPerMTokens')).toBe('1.50×');
    expect(figure('Rented ÷ Hopper', 'tokensPerMWh')).toBe('0.500×');
    expect(figure('Rented ÷ Hopper', 'totalCapex')).toBe('—');

    // No figure lost: each card has a row per ratio, and the cards hold the same figures as the table.
    const table = screen.getByRole('table', { name: 'Ratios to the baseline' });
    for (const [column, name] of [[1, 'Blackwell ÷ Hopper'], [2, 'Rented ÷ Hopper']] as const) {
      expect(card(name).querySelectorAll('[data-ratio-row]').length).toBe(RATIO_KPIS.length);
      for (const r of RATIO_KPIS) {
        const cell = table.querySelector(`[data-ratio="${r.key}"]`)?.children[column]?.textContent;
        expect(figure(name, r.key), `${name} ${r.key}`).toBe(cell);
        expect(within(card(name)).getByText(r.label)).toBeTruthy();
      }
    }
  });
});
