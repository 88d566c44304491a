import { cleanup, render, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { findPreset, findReferenceEntry, project, validateScenario, type Scenario } from '@tokenplan/model';
import { ReferenceCheck } from './ReferenceCheck';

afterEach(cleanup);

const inRouter = (ui: ReactElement) => render(<MemoryRouter>{ui}</MemoryRouter>);

function presetScenario(id: string, edit: (doc: Record<string, unknown>) => Record<string, unknown> = (d) => d): Scenario {
  const doc = findPreset(id)?.scenarios[0];
  if (!doc) throw new Error(`no preset ${id}`);
  const v = validateScenario(edit(doc));
  if (!v.ok) throw new Error(JSON.stringify(v.issues));
  return v.scenario;
}

describe('ReferenceCheck', () => {
  it('flags the unsourced $6 per M tokens of the old demo beside the library market price, with its source', () => {
    // The issue's old prices: $6 per M tokens on Llama 3.3 70B, where the library's market price is $0.88 (6.8×).
    const scenario = presetScenario('inference-service', (doc) => ({
      ...doc,
      applications: (doc['applications'] as Record<string, unknown>[]).map((a) => ({ ...a, revenuePerMTokens: '6' })),
    }));
    inRouter(<ReferenceCheck projection={project(scenario)} scenario={scenario} />);
    const panel = screen.getByRole('region', { name: 'Reference check' });
    const items = within(panel).getAllByRole('listitem').filter((li) => li.getAttribute('data-check') === 'reference_revenue_price');
    expect(items).toHaveLength(2);
    // 6 / 0.88 = 6.8× with the library's price when written; computed from the entry so a price update keeps it true
    const times = String(Number((6 / Number(findReferenceEntry('api.market.llama-3.3-70b.blended')?.value)).toFixed(1)));
    expect(items[0]?.textContent).toContain(`${times}× the market price of llama-3.3-70b`);
    const hrefs = within(items[0] as HTMLElement).getAllByRole('link').map((a) => a.getAttribute('href'));
    // the entry in the app's library, and its source one click away
    expect(hrefs).toEqual(['/reference?id=api.market.llama-3.3-70b.blended', expect.stringMatching(/^https:\/\//)]);
  });

  it('says the figures are within the library on the honest budget', () => {
    const scenario = presetScenario('blackwell-vs-hopper-budget');
    inRouter(<ReferenceCheck projection={project(scenario)} scenario={scenario} />);
    expect(screen.queryByRole('region', { name: 'Reference check' })).toBeNull();
    expect(screen.getByRole('note', { name: 'Reference check' }).textContent).toMatch(/within what the reference library supports/);
  });

  it('renders nothing for a partial scenario view (no throughput or prices to check)', () => {
    const scenario = presetScenario('blackwell-vs-hopper-budget');
    const { container } = inRouter(<ReferenceCheck projection={project(scenario)} scenario={{ name: 'x', start: '2027-01', platforms: [{ id: 'b200', name: 'B200' }], applications: [{ id: 'a', name: 'A', team: 'T', model: 'm' }] } as never} />);
    expect(container.textContent).toBe('');
  });
});
