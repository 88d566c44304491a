import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { json, mockApi } from './testing/mockApi';
import { varianceFixture } from './testing/varianceFixture';
import { resetVersionsStore } from './useVersions';
import { VarianceView } from './VarianceView';

beforeEach(resetVersionsStore);
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const VERSION = varianceFixture().version;
const withBaseline = { 'GET /api/v1/scenarios/s1/versions': json({ versions: [VERSION], baselineVersionId: 'v1' }) };

function renderView() {
  render(
    <MemoryRouter>
      <VarianceView scenarioId="s1" />
    </MemoryRouter>,
  );
}

describe('VarianceView', () => {
  it('asks to lock a version when the scenario has no baseline', async () => {
    const calls = mockApi({ 'GET /api/v1/scenarios/s1/versions': json({ versions: [], baselineVersionId: null }) });
    renderView();
    expect((await screen.findByRole('heading', { name: 'No baseline version yet' })).closest('[data-empty]')?.textContent).toContain('Lock as version');
    expect(calls.some((c) => c.url.includes('/variance'))).toBe(false);
  });

  it('asks to import actuals when no month has any', async () => {
    const empty = varianceFixture();
    empty.months = empty.months.map((m) => ({ ...m, hasActuals: false }));
    mockApi({ ...withBaseline, 'GET /api/v1/scenarios/s1/variance': json(empty) });
    renderView();
    const link = await screen.findByRole('link', { name: 'Import actuals' });
    expect(link.getAttribute('href')).toBe('/actuals?scenario=s1');
  });

  it('shows the exhaustion callout as a warning inside the fiscal year, the months and the dimension tables', async () => {
    const calls = mockApi({ ...withBaseline, 'GET /api/v1/scenarios/s1/variance': json(varianceFixture()) });
    renderView();
    const callout = await screen.findByRole('alert', { name: 'Budget exhaustion' });
    expect(callout.getAttribute('data-within-fy')).toBe('true');
    expect(callout.className).toContain('act-callout--warn');
    expect(callout.querySelector('[data-figure="budget"]')?.textContent).toBe('$1,200.00');
    expect(callout.querySelector('[data-figure="at-burn-rate"]')?.textContent).toBe('Oct 2027');
    expect(callout.querySelector('[data-figure="at-forecast"]')?.textContent).toBe('Dec 2027');
    // Σ forecast over Jan–Dec 2027 = 120 + 130 + 140 + 9 × 100 = 1,290.
    expect(callout.querySelector('[data-figure="forecast-fy"]')?.textContent).toBe('$1,290.00');
    expect(calls.find((c) => c.url.includes('/variance'))?.url).toBe('/api/v1/scenarios/s1/variance?rescale=false&version=v1');

    // March: plan 100, actual 140 → +$40.00, +40.0 %; cumulative 300 vs 390; $/M tokens 2 vs 140/40 = 3.50.
    const march = document.querySelector('[data-month="2027-03"]') as HTMLElement;
    const cells = within(march).getAllByRole('cell').map((c) => c.textContent);
    expect(cells).toEqual(['$100.00', '$140.00', '+$40.00', '+40.0%', '$300.00', '$390.00', '$140.00', '$2.00', '$3.50']);
    // A month without actuals shows the plan forecast and dashes.
    const april = within(document.querySelector('[data-month="2027-04"]') as HTMLElement).getAllByRole('cell').map((c) => c.textContent);
    expect(april.slice(1, 4)).toEqual(['—', '—', '—']);

    // Per application: 330 over 120M tokens = $2.75 per M; plan 300 / 150M = $2.00.
    const chat = screen.getByRole('rowheader', { name: 'Support chat' }).closest('tr') as HTMLElement;
    expect(chat.textContent).toContain('+$30.00');
    expect(chat.textContent).toContain('$2.75');
    expect(document.querySelector('[data-row="unmapped"]')?.textContent).toContain('$60.00');
    fireEvent.click(screen.getByLabelText('By team'));
    expect(screen.getByRole('rowheader', { name: 'Support' })).toBeTruthy();
    fireEvent.click(screen.getByLabelText('By platform'));
    expect(screen.getByRole('rowheader', { name: 'H100 cluster' }).closest('tr')?.textContent).toContain('−$10.00');
  });

  it('asks for the rescaled forecast and shows its factor', async () => {
    const calls = mockApi({
      ...withBaseline,
      'GET /api/v1/scenarios/s1/variance?rescale=false&version=v1': json(varianceFixture(false)),
      'GET /api/v1/scenarios/s1/variance?rescale=true&version=v1': json(varianceFixture(true)),
    });
    renderView();
    await screen.findByRole('alert', { name: 'Budget exhaustion' });
    fireEvent.click(screen.getByLabelText(/Rescale the forecast/));
    await waitFor(() => expect(document.querySelector('[data-factor]')?.textContent).toBe('factor 1.30×'));
    // 390 + 9 × 130 = 1,560.
    expect(document.querySelector('[data-figure="forecast-fy"]')?.textContent).toBe('$1,560.00');
    expect(calls.filter((c) => c.url.includes('/variance')).map((c) => c.url.includes('rescale=true'))).toEqual([false, true]);
  });

  it('says the budget lasts when exhaustion falls after the fiscal year', async () => {
    const v = varianceFixture();
    v.exhaustion = { ...v.exhaustion, atBurnRate: null, atForecast: '2028-02', withinFiscalYear: false };
    mockApi({ ...withBaseline, 'GET /api/v1/scenarios/s1/variance': json(v) });
    renderView();
    const callout = await screen.findByRole('status', { name: 'Budget exhaustion' });
    expect(callout.className).not.toContain('act-callout--warn');
    expect(callout.querySelector('[data-figure="at-burn-rate"]')?.textContent).toBe('not within the plan');
  });

  it('shows a retry on a failed load', async () => {
    mockApi({ ...withBaseline, 'GET /api/v1/scenarios/s1/variance': json({ error: { code: 'internal', message: 'Database unavailable.' } }, 500) });
    renderView();
    expect((await screen.findByRole('alert')).textContent).toContain('Database unavailable.');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy();
  });
});
