// Issue 19: the home card's Difference column was empty for payback and cost per M tokens.
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KPIS, PROJECTION } from '../../analysis/testing/fixture';
import type { ProjectionView } from '../../analysis/types';
import type { ScenarioSummary } from '../api';

const projections: Record<string, ProjectionView> = {
  b200: { ...PROJECTION, kpis: { ...KPIS, paybackMonths: '14.5', costPerMTokens: '0.42' } },
  h100: { ...PROJECTION, kpis: { ...KPIS, paybackMonths: '20', costPerMTokens: '1.35' } },
  never: { ...PROJECTION, kpis: { ...KPIS, paybackMonths: null, costPerMTokens: '1.35' } },
};
vi.mock('../api', () => ({ getProjection: async (id: string) => projections[id] }));
const { PairSummary } = await import('./PairSummary');

const summary = (id: string, name: string): ScenarioSummary => ({
  id, name, isDraft: false, version: 1, etag: '"x"', createdAt: '', updatedAt: '', updatedBy: null, deletedAt: null, canEdit: true, canManage: true,
});

afterEach(cleanup);

describe('PairSummary', () => {
  it('fills the Difference column for payback and cost per M tokens', async () => {
    render(
      <MemoryRouter>
        <PairSummary newer={summary('b200', 'B200 — owned')} older={summary('h100', 'H100 — owned')} />
      </MemoryRouter>,
    );
    await screen.findByRole('heading', { name: /the answer/ });
    // 14.5 − 20 = −5.5 months; 0.42 − 1.35 = −0.93 $/M.
    expect(document.querySelector('[data-difference="payback"]')?.textContent).toBe('\u22125.5 months');
    expect(document.querySelector('[data-difference="costPerMTokens"]')?.textContent).toBe('\u2212$0.93');
  });

  it('shows — when one side never pays back', async () => {
    render(
      <MemoryRouter>
        <PairSummary newer={summary('b200', 'B200 — owned')} older={summary('never', 'API — rented')} />
      </MemoryRouter>,
    );
    await screen.findByRole('heading', { name: /the answer/ });
    expect(document.querySelector('[data-difference="payback"]')?.textContent).toBe('—');
  });
});
